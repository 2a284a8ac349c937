package org.sunlight.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.sunlight.audit.AuditEntry;

/**
 * Turns what a module reports into storable content before it is hashed, so that what is stored is
 * exactly what was hashed and an entry can never fail to insert (which would fail the caller's
 * business transaction): texts are cut to their column sizes, long before/after texts keep their
 * start plus the SM3 digest and length of the whole, and characters PostgreSQL cannot store in a
 * text (NUL, unpaired surrogates) become U+FFFD.
 */
public final class EntryNormalizer {

    public static final int ACTOR_MAX = 200;
    public static final int ROLE_MAX = 200;
    public static final int ACTION_MAX = 100;
    public static final int OBJECT_TYPE_MAX = 100;
    public static final int OBJECT_ID_MAX = 200;
    public static final int CLIENT_ADDRESS_MAX = 64;
    /** Longer before/after texts are cut to this many characters plus a digest of the whole. */
    public static final int TEXT_MAX = 16_000;

    private EntryNormalizer() {
    }

    public static EntryContent normalize(AuditEntry entry, Instant at, String actor, String role, String clientAddress) {
        if (entry.action() == null || entry.action().isBlank()) {
            throw new IllegalArgumentException("an audit entry needs an action");
        }
        return new EntryContent(at,
                cut(actor, ACTOR_MAX),
                cut(role, ROLE_MAX),
                cut(entry.action(), ACTION_MAX),
                cut(entry.objectType(), OBJECT_TYPE_MAX),
                cut(entry.objectId(), OBJECT_ID_MAX),
                longText(entry.before()),
                longText(entry.after()),
                cut(clientAddress, CLIENT_ADDRESS_MAX),
                entry.success());
    }

    /** At most {@code max} chars, never splitting a surrogate pair; unstorable characters replaced. */
    static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = storable(text);
        if (clean.length() <= max) {
            return clean;
        }
        int end = Character.isHighSurrogate(clean.charAt(max - 1)) ? max - 1 : max;
        return clean.substring(0, end);
    }

    static String longText(String text) {
        if (text == null) {
            return null;
        }
        String clean = storable(text);
        if (clean.length() <= TEXT_MAX) {
            return clean;
        }
        String marker = "…[sm3:" + Sm3.hex(clean.getBytes(StandardCharsets.UTF_8)) + ", " + clean.length() + " chars]";
        return cut(clean, TEXT_MAX - marker.length()) + marker;
    }

    static String storable(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean pair = Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean bad = ch == '\0' || (!pair && Character.isSurrogate(ch));
            if (bad && sb == null) {
                sb = new StringBuilder(text.length());
                sb.append(text, 0, i);
            }
            if (sb != null) {
                sb.append(bad ? '\uFFFD' : ch);
                if (pair) {
                    sb.append(text.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return sb == null ? text : sb.toString();
    }
}
