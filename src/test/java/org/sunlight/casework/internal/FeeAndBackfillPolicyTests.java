package org.sunlight.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sunlight.casework.CaseCommands.Backdate;
import org.sunlight.catalog.PowerItemContent.Fee;
import org.sunlight.common.InvalidInputException;

class FeeAndBackfillPolicyTests {

    private static final List<Fee> FEES = List.of(new Fee("房屋登记费", "发改价格规〔2016〕2559号", "住宅每件80元；非住宅每件550元",
            new BigDecimal("80"), new BigDecimal("550")));
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalDate START = LocalDate.of(2013, 7, 1);
    private static final Instant NOW = Instant.parse("2026-11-02T01:30:00Z");

    @Test
    void listedFeesWithinTheirStandardPass() {
        assertThat(FeePolicy.listed(FEES, "房屋登记费", new BigDecimal("80"))).isTrue();
        assertThat(FeePolicy.listed(FEES, "房屋登记费", new BigDecimal("550.00"))).isTrue();
        assertThat(FeePolicy.listed(FEES, "房屋登记费", new BigDecimal("550.01"))).isFalse();
        assertThat(FeePolicy.listed(FEES, "工本费", new BigDecimal("10"))).isFalse();
        assertThat(FeePolicy.listed(List.of(), "房屋登记费", new BigDecimal("80"))).isFalse();
    }

    @Test
    void anUnlistedFeeNeedsAnOverrideReason() {
        assertThatThrownBy(() -> FeePolicy.check(FEES, "工本费", new BigDecimal("10"), null, 10))
                .isInstanceOf(InvalidInputException.class).satisfies(Problems.hasProblem("casework.fee.not-listed"));
        assertThatThrownBy(() -> FeePolicy.check(FEES, "工本费", new BigDecimal("10"), "补证", 10)).isInstanceOf(InvalidInputException.class);
        assertThatNoException().isThrownBy(() -> FeePolicy.check(FEES, "工本费", new BigDecimal("10"), "申请人要求补发纸质证书，按物价局批复收取工本费", 10));
    }

    private static Instant at(String date) {
        return LocalDate.parse(date).atTime(10, 0).atZone(BEIJING).toInstant();
    }

    @Test
    void backfillRules() {
        assertThatNoException().isThrownBy(() -> BackfillPolicy.check(null, START, NOW, null, BEIJING));
        assertThatNoException().isThrownBy(() -> BackfillPolicy.check(new Backdate(at("2013-07-01"), "纸质办件系统上线后补录"), START, NOW, null, BEIJING));
        assertThatThrownBy(() -> BackfillPolicy.check(new Backdate(at("2013-06-30"), "纸质办件系统上线后补录"), START, NOW, null, BEIJING))
                .isInstanceOf(InvalidInputException.class).satisfies(Problems.hasProblem("before-start"));
        assertThatThrownBy(() -> BackfillPolicy.check(new Backdate(at("2014-01-01"), null), START, NOW, null, BEIJING))
                .isInstanceOf(InvalidInputException.class).satisfies(Problems.hasProblem("reason-required"));
        assertThatThrownBy(() -> BackfillPolicy.check(new Backdate(at("2014-01-01"), "  补录  "), START, NOW, null, BEIJING))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> BackfillPolicy.check(new Backdate(NOW.plusSeconds(60), "纸质办件系统上线后补录"), START, NOW, null, BEIJING))
                .isInstanceOf(InvalidInputException.class).satisfies(Problems.hasProblem("future"));
        assertThatThrownBy(() -> BackfillPolicy.check(new Backdate(at("2014-01-01"), "纸质办件系统上线后补录"), START, NOW, at("2014-02-01"), BEIJING))
                .isInstanceOf(InvalidInputException.class).satisfies(Problems.hasProblem("before-last"));
    }
}
