package org.sunlight.catalog.demo;

/** Chinese numerals as articles are numbered: 第五十六条, 第一百零五条. */
final class Chinese {

    private static final String DIGITS = "零一二三四五六七八九";

    private Chinese() {
    }

    /** 1–999 in Chinese numerals. */
    static String number(int n) {
        if (n <= 0 || n >= 1000) {
            throw new IllegalArgumentException("1–999 only: " + n);
        }
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int ones = n % 10;
        StringBuilder s = new StringBuilder();
        if (hundreds > 0) {
            s.append(DIGITS.charAt(hundreds)).append('百');
            if (tens == 0 && ones > 0) {
                s.append('零');
            }
        }
        if (tens > 0) {
            if (tens > 1 || hundreds > 0) {
                s.append(DIGITS.charAt(tens));
            }
            s.append('十');
        }
        if (ones > 0) {
            s.append(DIGITS.charAt(ones));
        }
        return s.toString();
    }
}
