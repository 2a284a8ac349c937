package org.sunlight.organization.internal;

import java.util.Collection;
import java.util.StringJoiner;

/**
 * The before/after texts handed to the audit trail: a compact JSON object with keys in a fixed order,
 * so the same state always yields the same text (the trail hashes it).
 */
final class AuditText {

    private AuditText() {
    }

    /** {@code of("code", "320000", "name", "江苏省")} → {@code {"code":"320000","name":"江苏省"}} */
    static String of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must pair up");
        }
        StringJoiner json = new StringJoiner(",", "{", "}");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            json.add(quote(String.valueOf(keysAndValues[i])) + ":" + value(keysAndValues[i + 1]));
        }
        return json.toString();
    }

    private static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof Collection<?> c) {
            StringJoiner array = new StringJoiner(",", "[", "]");
            c.forEach(e -> array.add(value(e)));
            return array.toString();
        }
        if (v instanceof Enum<?> e) {
            return quote(e.name());
        }
        return quote(v.toString());
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
