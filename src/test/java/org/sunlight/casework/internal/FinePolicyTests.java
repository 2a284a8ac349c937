package org.sunlight.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sunlight.catalog.PowerItemContent.BenchmarkLevel;
import org.sunlight.catalog.PowerItemContent.FineKind;
import org.sunlight.catalog.PowerItemContent.Penalty;
import org.sunlight.common.InvalidInputException;

class FinePolicyTests {

    private static final BigDecimal MAJOR = new BigDecimal("50000");
    private static final Penalty PENALTY = new Penalty("未取得资质证书从事物业管理", "第六十条", List.of(
            new BenchmarkLevel("轻微", "首次违法且及时改正", FineKind.AMOUNT, new BigDecimal("50000"), new BigDecimal("80000"), null),
            new BenchmarkLevel("一般", "", FineKind.AMOUNT, new BigDecimal("10000"), new BigDecimal("30000"), null),
            new BenchmarkLevel("严重", "", FineKind.MULTIPLE_OF_GAINS, new BigDecimal("1"), new BigDecimal("2"), null)),
            List.of("主动消除危害后果"), List.of("拒不改正"));

    @Test
    void theLevelGivesTheRangeAndFactorsPointIntoIt() {
        var p = FinePolicy.propose(PENALTY, "一般", List.of(), null);
        assertThat(p.min()).isEqualByComparingTo("10000");
        assertThat(p.max()).isEqualByComparingTo("30000");
        var mitigated = FinePolicy.propose(PENALTY, "一般", List.of("主动消除危害后果"), null);
        assertThat(mitigated.suggestedMin()).isEqualByComparingTo("10000");
        assertThat(mitigated.suggestedMax()).isEqualByComparingTo("20000");
        var aggravated = FinePolicy.propose(PENALTY, "一般", List.of("拒不改正"), null);
        assertThat(aggravated.suggestedMin()).isEqualByComparingTo("20000");
        assertThat(aggravated.suggestedMax()).isEqualByComparingTo("30000");
    }

    @Test
    void multiplesAreTakenOfTheBaseExactly() {
        var p = FinePolicy.propose(PENALTY, "严重", List.of(), new BigDecimal("12345.67"));
        assertThat(p.min()).isEqualByComparingTo("12345.67");
        assertThat(p.max()).isEqualByComparingTo("24691.34");
        assertThatThrownBy(() -> FinePolicy.propose(PENALTY, "严重", List.of(), null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void unknownLevelsAndFactorsAreRefused() {
        assertThatThrownBy(() -> FinePolicy.propose(PENALTY, "特别严重", List.of(), null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> FinePolicy.propose(PENALTY, "一般", List.of("态度良好"), null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void outsideTheRangeNeedsAReasonAndReview() {
        var p = FinePolicy.propose(PENALTY, "一般", List.of(), null);
        assertThat(FinePolicy.judge(p, new BigDecimal("30000"), null, MAJOR, 10).legalReviewRequired()).isFalse();
        assertThatThrownBy(() -> FinePolicy.judge(p, new BigDecimal("30000.01"), null, MAJOR, 10)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> FinePolicy.judge(p, new BigDecimal("9999.99"), "太短", MAJOR, 10)).isInstanceOf(InvalidInputException.class);
        var v = FinePolicy.judge(p, new BigDecimal("9999.99"), "当事人主动消除违法后果且系初次违法，减轻处罚", MAJOR, 10);
        assertThat(v.outside()).isTrue();
        assertThat(v.legalReviewRequired()).isTrue();
    }

    @Test
    void atTheMajorThresholdReviewIsRequiredInsideTheRange() {
        var p = FinePolicy.propose(PENALTY, "轻微", List.of(), null);
        var v = FinePolicy.judge(p, new BigDecimal("50000"), null, MAJOR, 10);
        assertThat(v.outside()).isFalse();
        assertThat(v.major()).isTrue();
        assertThat(v.legalReviewRequired()).isTrue();
        assertThat(FinePolicy.judge(p, new BigDecimal("49999.99"), "x".repeat(10), MAJOR, 10).major()).isFalse();
    }

    @Test
    void moneyIsExact() {
        var p = FinePolicy.propose(PENALTY, "一般", List.of(), null);
        assertThatThrownBy(() -> FinePolicy.judge(p, new BigDecimal("10000.001"), null, MAJOR, 10)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> FinePolicy.judge(p, new BigDecimal("-1"), null, MAJOR, 10)).isInstanceOf(InvalidInputException.class);
        assertThat(FinePolicy.judge(p, new BigDecimal("10000.1"), null, MAJOR, 10).fine().toPlainString()).isEqualTo("10000.10");
    }
}
