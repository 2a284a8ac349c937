package org.sunlight.legal.internal;

import java.util.regex.Pattern;

/**
 * Certificate numbers (执法证号). Provinces print them differently — 苏执法证字第32108100101号, a bare
 * national number such as 32108100101, or a letter prefix such as 苏A0012345 — so the register accepts
 * one pattern that covers them and stores every number in one normal form, which is what uniqueness is
 * judged on:
 * <ul>
 * <li>normal form: white space (including the ideographic space) removed, full-width letters, digits
 * and hyphens made half-width, Latin letters upper case;</li>
 * <li>pattern: up to eight Chinese characters (the issuing province and words such as 执法证字第), then
 * a body of 6–26 letters, digits and inner hyphens holding at least four digits, then optionally 号;
 * at most 40 characters in all.</li>
 * </ul>
 */
final class CertificateNumbers {

    static final int MAX = 40;
    private static final Pattern FORMAT = Pattern.compile("\\p{IsHan}{0,8}[A-Z0-9][A-Z0-9-]{4,24}[A-Z0-9]号?");
    private static final Pattern DIGIT = Pattern.compile("[0-9]");

    private CertificateNumbers() {
    }

    /** The normal form; null and blank stay null. */
    static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return;
            }
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c -= 0xFEE0; // full-width ASCII → half-width
            }
            b.appendCodePoint(c >= 'a' && c <= 'z' ? c - 32 : c);
        });
        return b.isEmpty() ? null : b.toString();
    }

    /** Whether a normalised number has the accepted form. */
    static boolean valid(String normalised) {
        return normalised != null && normalised.length() <= MAX && FORMAT.matcher(normalised).matches()
                && DIGIT.matcher(normalised).results().count() >= 4;
    }
}
