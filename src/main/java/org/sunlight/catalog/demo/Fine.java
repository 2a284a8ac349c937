package org.sunlight.catalog.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.sunlight.catalog.PowerItemContent.FineKind;

/**
 * The fine a penalty article sets: an amount range in yuan, or a multiple range of some base (illegal
 * gains, goods value, contract price, the sum misused), or none (warning only). {@code sanctions} are
 * the other measures of the article (责令改正, 警告, 没收违法所得 …), written as the article writes them.
 */
record Fine(FineKind kind, String base, BigDecimal min, BigDecimal max, String sanctions) {

    static Fine amount(long min, long max) {
        return new Fine(FineKind.AMOUNT, null, BigDecimal.valueOf(min), BigDecimal.valueOf(max), "责令限期改正");
    }

    /** '处 max 元以下的罚款'. */
    static Fine upTo(long max) {
        return amount(0, max);
    }

    static Fine fixed(long amount) {
        return amount(amount, amount);
    }

    /** A multiple of {@code base} (货值金额, 工程合同价款, 委托合同价款 …), e.g. 0.02–0.04 = 2%–4%. */
    static Fine value(String base, String min, String max) {
        return new Fine(FineKind.MULTIPLE_OF_VALUE, base, new BigDecimal(min), new BigDecimal(max), "责令改正");
    }

    static Fine gains(String min, String max) {
        return new Fine(FineKind.MULTIPLE_OF_GAINS, "违法所得", new BigDecimal(min), new BigDecimal(max), "责令改正，没收违法所得");
    }

    static Fine warning() {
        return new Fine(FineKind.NONE, null, null, null, "责令限期改正，给予警告");
    }

    Fine with(String otherSanctions) {
        return new Fine(kind, base, min, max, otherSanctions);
    }

    boolean range() {
        return kind != FineKind.NONE && min.compareTo(max) < 0;
    }

    /** The article's words for the fine: '处1万元以上10万元以下的罚款', '处工程合同价款2%以上4%以下的罚款'. */
    String text() {
        if (kind == FineKind.NONE) {
            return "";
        }
        if (min.compareTo(max) == 0) {
            return "处" + say(max) + "的罚款";
        }
        if (min.signum() == 0) {
            return "处" + say(max) + "以下的罚款";
        }
        return "处" + say(min) + "以上" + say(max) + "以下的罚款";
    }

    private String say(BigDecimal n) {
        if (kind == FineKind.AMOUNT) {
            return yuan(n);
        }
        String prefix = base == null ? "" : base;
        if (n.compareTo(BigDecimal.ONE) < 0) {
            return prefix + n.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
        return prefix + n.stripTrailingZeros().toPlainString() + "倍";
    }

    static String yuan(BigDecimal n) {
        if (n.compareTo(BigDecimal.valueOf(10_000)) >= 0 && n.remainder(BigDecimal.valueOf(10_000)).signum() == 0) {
            return n.divide(BigDecimal.valueOf(10_000)).toPlainString() + "万元";
        }
        return n.stripTrailingZeros().toPlainString() + "元";
    }

    /** A point {@code share} of the way from min to max, rounded to a figure people write in benchmarks. */
    BigDecimal at(double share) {
        BigDecimal exact = min.add(max.subtract(min).multiply(BigDecimal.valueOf(share)));
        BigDecimal rounded;
        if (kind == FineKind.AMOUNT) {
            int digits = max.precision() - max.scale();
            BigDecimal step = BigDecimal.TEN.pow(Math.max(0, digits - 2));
            rounded = exact.divide(step, 0, RoundingMode.HALF_UP).multiply(step);
        } else {
            rounded = exact.compareTo(BigDecimal.ONE) >= 0 ? exact.setScale(1, RoundingMode.HALF_UP) : exact.setScale(4, RoundingMode.HALF_UP);
        }
        return rounded.max(min).min(max);
    }
}
