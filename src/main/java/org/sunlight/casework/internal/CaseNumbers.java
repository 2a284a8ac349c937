package org.sunlight.casework.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How case numbers, query codes and document numbers look.
 * <ul>
 *   <li>Case number (办件编号): digits only, so it can be typed on a phone or sent by SMS: the region code
 *       (6 or 9 digits), the date {@code yyyyMMdd}, the department id (4 digits) and the day's sequence
 *       (5 digits), e.g. {@code 321081-20261126-0001-00012} written without the dashes.</li>
 *   <li>Query code (查询密码): 8 characters from 31 letters and digits without look-alikes (0/O, 1/I/L),
 *       drawn from {@link SecureRandom}: about 2^39.6 codes, and failed lookups are slowed down.</li>
 *   <li>Document number (文号): {@code 仪住建许字〔2026〕第12号} — department abbreviation, series word, year, number.</li>
 * </ul>
 */
final class CaseNumbers {

    static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int CODE_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private CaseNumbers() {
    }

    static String caseNumber(String regionCode, LocalDate day, long departmentId, int sequence) {
        return regionCode + DAY.format(day) + String.format("%04d", departmentId % 10_000) + String.format("%05d", sequence);
    }

    static String queryCode() {
        char[] c = new char[CODE_LENGTH];
        for (int i = 0; i < c.length; i++) {
            c[i] = CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length()));
        }
        return new String(c);
    }

    /** A typed code, normalised: case and spaces do not matter. */
    static String normaliseCode(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
    }

    static String documentNumber(String abbreviation, String series, int year, int number) {
        return abbreviation + series + "字〔" + year + "〕第" + number + "号";
    }
}
