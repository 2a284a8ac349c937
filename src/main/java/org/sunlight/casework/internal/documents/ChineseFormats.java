package org.sunlight.casework.internal.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How official documents write money and dates: amounts in figures with exactly two decimals and in
 * capital numerals (大写金额, the way cheques and penalty decisions write them), dates in figures for the
 * body and in Chinese characters for the line under the seal.
 */
public final class ChineseFormats {

    private static final char[] CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
    /** Units inside a group of four digits, from the highest: thousands, hundreds, tens, ones. */
    private static final String[] IN_GROUP = {"仟", "佰", "拾", ""};
    /** Units of the groups of four digits, from the lowest. */
    private static final String[] GROUPS = {"", "万", "亿", "万亿"};
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(16);

    private static final char[] DATE_DIGITS = "〇一二三四五六七八九".toCharArray();

    private ChineseFormats() {
    }

    /**
     * The amount in yuan in figures, grouped by thousands with exactly two decimals: {@code 12,000.00}.
     *
     * @throws IllegalArgumentException for a negative amount or one with fractions of a fen
     */
    public static String amountInFigures(BigDecimal yuan) {
        BigDecimal amount = exact(yuan);
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(amount);
    }

    /**
     * The amount in yuan in capital numerals with the currency, as 《支付结算办法》 writes them:
     * {@code 人民币壹万贰仟元整}, {@code 人民币壹拾万元伍角}, {@code 人民币伍分}, {@code 人民币壹佰万元整}.
     * Zeros inside the number are read as one 零 (壹万零伍拾元整); a missing 角 before a 分 is read as 零
     * (壹元零伍分); 整 closes an amount without 角 and 分.
     *
     * @throws IllegalArgumentException for a negative amount, one with fractions of a fen, or one of
     *                                  10<sup>16</sup> yuan or more
     */
    public static String amountInCapitals(BigDecimal yuan) {
        BigDecimal amount = exact(yuan);
        if (amount.compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("amount too large for capital numerals: " + yuan);
        }
        long fen = amount.movePointRight(2).longValueExact();
        long whole = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);

        StringBuilder out = new StringBuilder("人民币");
        if (whole == 0 && fen == 0) {
            return out.append("零元整").toString();
        }
        if (whole > 0) {
            out.append(integerInCapitals(whole)).append('元');
        }
        if (jiao == 0 && cents == 0) {
            return out.append('整').toString();
        }
        if (jiao > 0) {
            out.append(CAPITAL_DIGITS[jiao]).append('角');
        } else if (whole > 0) {
            out.append('零');
        }
        if (cents > 0) {
            out.append(CAPITAL_DIGITS[cents]).append('分');
        }
        return out.toString();
    }

    /** A positive whole number in capital numerals: 10 → 壹拾, 100500 → 壹拾万零伍佰, 100000001 → 壹亿零壹. */
    private static String integerInCapitals(long number) {
        String digits = Long.toString(number);
        StringBuilder out = new StringBuilder();
        boolean zeroPending = false;
        boolean groupHasDigits = false;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(i) - '0';
            int position = digits.length() - 1 - i; // 0 = ones
            if (digit == 0) {
                zeroPending = true;
            } else {
                if (zeroPending && out.length() > 0) {
                    out.append('零');
                }
                zeroPending = false;
                groupHasDigits = true;
                out.append(CAPITAL_DIGITS[digit]).append(IN_GROUP[3 - position % 4]);
            }
            if (position % 4 == 0) {
                if (groupHasDigits) {
                    out.append(GROUPS[position / 4]);
                }
                groupHasDigits = false;
            }
        }
        return out.toString();
    }

    /** The date in figures as a document's body writes it: {@code 2026年11月26日}. */
    public static String dateInFigures(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /**
     * The date in Chinese characters as written under a seal: {@code 二〇二六年十一月二十六日}. The year is
     * read digit by digit with 〇 for zero; month and day as numbers (十, 十一, 二十, 三十一).
     */
    public static String dateInCharacters(LocalDate date) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(date.getYear()).toCharArray()) {
            out.append(DATE_DIGITS[c - '0']);
        }
        return out.append('年').append(smallNumber(date.getMonthValue())).append('月')
                .append(smallNumber(date.getDayOfMonth())).append('日').toString();
    }

    /** 1–31 in characters: 一, 十, 十一, 二十, 二十一, 三十. */
    private static String smallNumber(int n) {
        int tens = n / 10;
        int ones = n % 10;
        StringBuilder out = new StringBuilder();
        if (tens > 1) {
            out.append(DATE_DIGITS[tens]);
        }
        if (tens > 0) {
            out.append('十');
        }
        if (ones > 0) {
            out.append(DATE_DIGITS[ones]);
        }
        return out.toString();
    }

    private static BigDecimal exact(BigDecimal yuan) {
        if (yuan == null) {
            throw new IllegalArgumentException("amount is required");
        }
        if (yuan.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + yuan);
        }
        try {
            return yuan.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount has fractions of a fen: " + yuan, e);
        }
    }
}
