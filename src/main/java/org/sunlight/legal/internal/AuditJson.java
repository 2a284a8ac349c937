package org.sunlight.legal.internal;

import java.util.Map;
import java.util.StringJoiner;

import org.sunlight.legal.CertificateView;
import org.sunlight.legal.EnforcementBodyView;

/**
 * The before/after texts of the register's audit entries: flat JSON with the keys in a fixed order, so
 * one state always gives one text (the audit trail hashes it).
 */
final class AuditJson {

    private AuditJson() {
    }

    static String of(EnforcementBodyView b) {
        if (b == null) {
            return null;
        }
        return object(new Object[][] {{"id", b.id()}, {"departmentId", b.departmentId()}, {"legalBasis", b.legalBasis()},
                {"scope", b.scope()}, {"active", b.active()}});
    }

    static String of(CertificateView c) {
        if (c == null) {
            return null;
        }
        return object(new Object[][] {{"id", c.id()}, {"staffId", c.staffId()}, {"number", c.number()},
                {"issuingAuthority", c.issuingAuthority()}, {"field", c.field().name()}, {"bodyId", c.bodyId()},
                {"departmentId", c.departmentId()}, {"validFrom", c.validFrom().toString()}, {"validUntil", c.validUntil().toString()},
                {"status", c.status().name()}, {"statusReason", c.statusReason()}});
    }

    private static String object(Object[][] pairs) {
        StringJoiner out = new StringJoiner(",", "{", "}");
        for (Object[] pair : pairs) {
            out.add(string((String) pair[0]) + ":" + value(pair[1]));
        }
        return out.toString();
    }

    private static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return String.valueOf(v);
        }
        return string(v.toString());
    }

    private static final Map<Character, String> ESCAPES = Map.of('"', "\\\"", '\\', "\\\\", '\n', "\\n", '\r', "\\r", '\t', "\\t");

    private static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escaped = ESCAPES.get(c);
            if (escaped != null) {
                b.append(escaped);
            } else if (c < 0x20) {
                b.append("\\u").append(String.format("%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
