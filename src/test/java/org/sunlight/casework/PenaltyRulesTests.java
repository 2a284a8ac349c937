package org.sunlight.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunlight.IntegrationTest;
import org.sunlight.casework.CaseCommands.NewPenaltyCase;
import org.sunlight.casework.CaseCommands.PartyInput;
import org.sunlight.casework.CaseCommands.PenaltyAssessment;
import org.sunlight.casework.CaseCommands.StepCompletion;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.PowerItemContent.BenchmarkLevel;
import org.sunlight.catalog.PowerItemContent.Penalty;
import org.sunlight.common.ConflictException;
import org.sunlight.common.ForbiddenException;
import org.sunlight.common.InvalidInputException;

/** Penalty cases: two certified officers, the benchmark's range, and legal review before a decision outside it. */
@IntegrationTest
class PenaltyRulesTests {

    @Autowired
    CaseFixture fx;
    @Autowired
    CaseHandling cases;
    @Autowired
    CatalogQueries catalog;

    private Penalty benchmark() {
        return catalog.versionInForce(fx.faguiPenalty().id(), LocalDate.of(2026, 11, 2)).orElseThrow().content().penalty();
    }

    private NewPenaltyCase filing(List<Long> officers) {
        return new NewPenaltyCase(fx.faguiPenalty().id(), FilingSource.COMPLAINT,
                new PartyInput(PartyType.LEGAL_PERSON, "仪征市某某房地产开发有限公司", null, null, null), null,
                "群众投诉该公司在未取得相关许可的情况下擅自开展经营活动，经初步核查属实。", officers, null, List.of());
    }

    @Test
    void filingNeedsTwoCertifiedOfficers() {
        assertThatThrownBy(() -> cases.file(fx.actor("handler"), filing(List.of(fx.staffId("王晓明")))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field()).contains("officerStaffIds"));
        // 张伟's certificate expired on 2026-06-30
        assertThatThrownBy(() -> cases.file(fx.actor("handler"), filing(List.of(fx.staffId("王晓明"), fx.staffId("张伟")))))
                .isInstanceOf(InvalidInputException.class);
        CaseView c = cases.file(fx.actor("handler"), filing(List.of(fx.staffId("王晓明"), fx.staffId("刘海燕"))));
        assertThat(c.kind()).isEqualTo(CaseKind.PENALTY);
        assertThat(c.officerStaffIds()).hasSize(2);
        assertThat(c.openSteps()).extracting(CaseView.OpenStep::key).containsExactly("file");
    }

    private CaseView toReview() {
        CaseView c = fx.filePenalty();
        c = cases.complete(fx.actor("handler"), c.id(), new StepCompletion(c.version(), "file", "立案", "符合立案条件", null, null, null));
        assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        c = cases.complete(fx.actor("handler2"), c.id(), new StepCompletion(c.version(), "investigate", "调查终结", "证据确凿", null, null, null));
        return cases.complete(fx.actor("unit_head"), c.id(), new StepCompletion(c.version(), "review", "拟予处罚", "同意", null, null, null));
    }

    @Test
    void aFineInsideTheRangeGoesStraightToDecision() {
        CaseView c = toReview();
        BenchmarkLevel level = benchmark().levels().stream().filter(CaseFixture::ordinaryAmount).findFirst().orElseThrow();
        BigDecimal fine = level.min().add(level.max()).divide(BigDecimal.valueOf(2));
        assertThat(fine).isLessThan(new BigDecimal("50000"));
        c = cases.assessPenalty(fx.actor("handler"), c.id(), new PenaltyAssessment(c.version(), level.name(), List.of(), null, fine, null, null));
        assertThat(c.assessment().legalReviewRequired()).isFalse();
        assertThat(c.assessment().min()).isEqualByComparingTo(level.min());
        c = cases.complete(fx.actor("handler"), c.id(), new StepCompletion(c.version(), "notify", "继续", null, null, null, null));
        assertThat(c.openSteps()).extracting(CaseView.OpenStep::key).containsExactly("decide");
        c = cases.complete(fx.actor("leader"), c.id(), new StepCompletion(c.version(), "decide", "作出决定", "同意", null, null, null));
        assertThat(c.documentNumber()).matches("仪住建罚决字〔2026〕第\\d+号");
        assertThat(c.result()).isEqualTo("PENALIZED");
    }

    @Test
    void aFineOutsideTheRangeNeedsAReasonAndLegalReviewBeforeDecision() {
        CaseView c = toReview();
        BenchmarkLevel level = benchmark().levels().stream().filter(CaseFixture::ordinaryAmount).findFirst().orElseThrow();
        BigDecimal above = level.max().add(BigDecimal.ONE);
        long id = c.id();
        long v = c.version();
        assertThatThrownBy(() -> cases.assessPenalty(fx.actor("handler"), id, new PenaltyAssessment(v, level.name(), List.of(), null, above, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field()).containsExactly("outsideReason"));
        assertThatThrownBy(() -> cases.assessPenalty(fx.actor("handler"), id, new PenaltyAssessment(v, "不存在的档次", List.of(), null, above, null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> cases.assessPenalty(fx.actor("unit_head"), id,
                new PenaltyAssessment(v, level.name(), List.of(), null, level.min(), null, null)))
                .as("only the case's officers assess").isInstanceOf(ForbiddenException.class);
        c = cases.assessPenalty(fx.actor("handler"), id, new PenaltyAssessment(v, level.name(), List.of(), null, above,
                "当事人拒不改正且造成较大社会影响，从重处罚", null));
        assertThat(c.assessment().legalReviewRequired()).isTrue();
        assertThat(c.legalReviewRequired()).isTrue();
        c = cases.complete(fx.actor("handler"), id, new StepCompletion(c.version(), "notify", "继续", null, null, null, null));
        assertThat(c.openSteps()).as("the flowchart inserts legal review").extracting(CaseView.OpenStep::key).containsExactly("legal");
        c = cases.complete(fx.actor("legal_reviewer"), id, new StepCompletion(c.version(), "legal", "审核通过", "事实清楚，程序合法，同意", null, null, null));
        assertThat(c.legalReviewRequired()).isFalse();
        c = cases.complete(fx.actor("leader"), id, new StepCompletion(c.version(), "decide", "作出决定", null, null, null, null));
        assertThat(c.assessment().fine()).isEqualByComparingTo(above);
        assertThat(c.result()).isEqualTo("PENALIZED");
    }

    @Test
    void aDecisionCannotSkipLegalReviewEvenIfTheFlowchartWould() {
        CaseView c = toReview();
        BenchmarkLevel level = benchmark().levels().stream().filter(CaseFixture::ordinaryAmount).findFirst().orElseThrow();
        // Assessed inside the range, notified, and only then re-assessed above it: the decision step is open but review is missing.
        c = cases.assessPenalty(fx.actor("handler"), c.id(), new PenaltyAssessment(c.version(), level.name(), List.of(), null, level.min(), null, null));
        c = cases.complete(fx.actor("handler"), c.id(), new StepCompletion(c.version(), "notify", "继续", null, null, null, null));
        c = cases.assessPenalty(fx.actor("handler2"), c.id(), new PenaltyAssessment(c.version(), level.name(), List.of(), null,
                level.max().add(BigDecimal.TEN), "陈述申辩后发现新的从重情节，需提高罚款", null));
        long id = c.id();
        long v = c.version();
        assertThatThrownBy(() -> cases.complete(fx.actor("leader"), id, new StepCompletion(v, "decide", "作出决定", null, null, null, null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("legal-review-missing");
    }
}
