package org.sunlight.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The canonical text of an entry, the bytes that are hashed. Version 1 is exactly:
 *
 * <pre>
 * sunlight-audit-v1\n
 * occurred_at=2026-11-02T01:30:00.000000Z\n
 * actor="alice"\n
 * role="system_admin"\n
 * action="region.create"\n
 * object_type="region"\n
 * object_id="320000"\n
 * before=null\n
 * after="{\"name\":\"江苏省\"}"\n
 * client_address="127.0.0.1"\n
 * success=true\n
 * </pre>
 *
 * <ul>
 * <li>Fields always appear, in this order, one per line, each line ending in LF (also the last).</li>
 * <li>The instant is UTC, ISO-8601, with exactly six fractional digits (microseconds, the precision
 *     both H2 and PostgreSQL store) and a literal {@code Z}.</li>
 * <li>A missing text is the bare word {@code null}; a present text (even empty, even the word "null")
 *     is quoted, so the two never collide.</li>
 * <li>Quoted texts use JSON string escaping: {@code \" \\ \b \f \n \r \t}; other control characters
 *     (U+0000–U+001F, U+007F), U+2028, U+2029 and unpaired surrogates as {@code \}{@code uXXXX} with
 *     lower-case hex; every other character as itself. Because LF is always escaped inside a text,
 *     each field is exactly one line.</li>
 * <li>{@code success} is {@code true} or {@code false}.</li>
 * <li>The sequence number is not part of the form: the order of entries is fixed by each entry
 *     naming its predecessor's hash, and the sequence number only locates entries (gaps and
 *     renumbering are found by the verifier). Keeping it out lets the verifier tell an inserted
 *     entry from an altered one.</li>
 * </ul>
 *
 * The hash of an entry is SM3 over the UTF-8 bytes of {@code prevHash + canonicalForm}, where
 * {@code prevHash} is the previous entry's hash as 64 lower-case hex characters (for entry 1 the
 * genesis value, 64 zeros), written as 64 lower-case hex characters. So an auditor can recompute
 * one entry with nothing but a shell: {@code printf '%s%s' "$PREV" "$CANONICAL" | gmssl sm3}.
 */
public final class AuditCanonicalForm {

    public static final String VERSION = "sunlight-audit-v1";

    /** The "previous hash" of entry 1. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter INSTANT = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditCanonicalForm() {
    }

    public static String of(EntryContent c) {
        StringBuilder sb = new StringBuilder(256);
        sb.append(VERSION).append('\n');
        sb.append("occurred_at=").append(instant(c.occurredAt())).append('\n');
        field(sb, "actor", c.actor());
        field(sb, "role", c.role());
        field(sb, "action", c.action());
        field(sb, "object_type", c.objectType());
        field(sb, "object_id", c.objectId());
        field(sb, "before", c.before());
        field(sb, "after", c.after());
        field(sb, "client_address", c.clientAddress());
        sb.append("success=").append(c.success()).append('\n');
        return sb.toString();
    }

    /** SM3(prevHash ‖ canonical form), lower-case hex. */
    public static String hash(String prevHash, EntryContent content) {
        return Sm3.hex((prevHash + of(content)).getBytes(StandardCharsets.UTF_8));
    }

    public static String instant(Instant instant) {
        return INSTANT.format(instant);
    }

    /** A text as a JSON string literal, by the rules above; {@code null} for null. */
    public static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(text.length() + 2);
        sb.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        sb.append(ch).append(text.charAt(++i));
                    } else if (ch < 0x20 || ch == 0x7f || ch == '\u2028' || ch == '\u2029' || Character.isSurrogate(ch)) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append(name).append('=').append(quote(value)).append('\n');
    }
}
