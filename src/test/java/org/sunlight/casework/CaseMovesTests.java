package org.sunlight.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunlight.IntegrationTest;
import org.sunlight.MutableClock;
import org.sunlight.casework.CaseCommands.Collection;
import org.sunlight.casework.CaseCommands.NewApplication;
import org.sunlight.casework.CaseCommands.Note;
import org.sunlight.casework.CaseCommands.StepCompletion;
import org.sunlight.common.ConflictException;
import org.sunlight.common.ForbiddenException;
import org.sunlight.common.InvalidInputException;

/** Legal and illegal moves through real cases: the service refuses what the state table and the flowchart do not allow. */
@IntegrationTest
class CaseMovesTests {

    @Autowired
    CaseFixture fx;
    @Autowired
    CaseHandling cases;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void refusalNeedsARealReasonAndEndsTheCase() {
        CaseView c = fx.receiveLicence();
        assertThatThrownBy(() -> cases.refuse(fx.actor("wg_handler"), c.id(), new Note(c.version(), "不符合", null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field()).containsExactly("text"));
        CaseView refused = cases.refuse(fx.actor("wg_handler"), c.id(),
                new Note(c.version(), "申请人不具备物业服务企业资质核定的主体资格，依法不予受理", null));
        assertThat(refused.status()).isEqualTo(CaseStatus.REFUSED);
        assertThat(refused.result()).isEqualTo("REFUSED");
        assertThat(refused.openSteps()).isEmpty();
        assertThatThrownBy(() -> cases.complete(fx.actor("wg_handler"), c.id(),
                new StepCompletion(refused.version(), "accept", "受理", null, null, null, null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void refusingThroughTheFirstStepsNegativeOutcomeIsTheSameRefusal() {
        CaseView c = fx.receiveLicence();
        CaseView refused = cases.complete(fx.actor("wg_handler"), c.id(),
                new StepCompletion(c.version(), "accept", "不予受理", "申请事项依法不属于本机关职权范围，不予受理", null, null, null));
        assertThat(refused.status()).isEqualTo(CaseStatus.REFUSED);
    }

    @Test
    void anOutcomeTheFlowchartDoesNotOfferIsAConflictNamingTheAllowedOnes() {
        CaseView c = fx.acceptedLicence();
        assertThatThrownBy(() -> cases.complete(fx.actor("wg_reviewer"), c.id(),
                new StepCompletion(c.version(), "review", "直接办结", null, null, null, null)))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).args()).contains("审查通过、退回"));
        assertThatThrownBy(() -> cases.complete(fx.actor("wg_head"), c.id(),
                new StepCompletion(c.version(), "decide", "准予许可", null, null, null, null)))
                .as("a step that is not open").isInstanceOf(ConflictException.class)
                .hasMessageContaining("casework.error.step-not-open");
    }

    @Test
    void aReturnNeedsAReasonAndReopensTheEarlierStep() {
        CaseView c = fx.acceptedLicence();
        assertThatThrownBy(() -> cases.complete(fx.actor("wg_reviewer"), c.id(),
                new StepCompletion(c.version(), "review", "退回", "补", null, null, null)))
                .isInstanceOf(InvalidInputException.class);
        CaseView back = cases.complete(fx.actor("wg_reviewer"), c.id(),
                new StepCompletion(c.version(), "review", "退回", "营业执照复印件不清晰，退回受理岗核对原件", null, null, null));
        assertThat(back.openSteps()).extracting(CaseView.OpenStep::key).containsExactly("accept");
        assertThat(back.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void aDenialCarriesReasonsAndADocumentNumberAndTheResultIsCollected() {
        CaseView c = fx.acceptedLicence();
        c = cases.complete(fx.actor("wg_reviewer"), c.id(), new StepCompletion(c.version(), "review", "审查通过", null, null, null, null));
        long id = c.id();
        long v = c.version();
        assertThatThrownBy(() -> cases.complete(fx.actor("wg_head"), id, new StepCompletion(v, "decide", "不予许可", "不符合", null, null, null)))
                .isInstanceOf(InvalidInputException.class);
        c = cases.complete(fx.actor("wg_head"), id,
                new StepCompletion(v, "decide", "不予许可", "专职管理和技术人员不足10人，不符合三级资质条件", null, null, null));
        assertThat(c.approved()).isFalse();
        assertThat(c.result()).isEqualTo("DENIED");
        assertThat(c.documentNumber()).startsWith("仪住建许字〔2026〕第");
        c = cases.collect(fx.actor("wg_handler"), id, new Collection(c.version(), "李四", "WINDOW", null));
        assertThat(c.collected()).isTrue();
        long v2 = c.version();
        assertThatThrownBy(() -> cases.collect(fx.actor("wg_handler"), id, new Collection(v2, "李四", "WINDOW", null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void onlineApplicationsArePreAcceptedBeforeAcceptance() {
        CaseView c = cases.apply(fx.actor("citizen"), new NewApplication(fx.item(CaseFixture.LICENCE).id(), null,
                CaseFixture.company(), null, Map.of(), null, null, List.of()));
        assertThat(c.channel()).isEqualTo(Channel.ONLINE);
        assertThat(c.applicantAccountId()).isNotNull();
        assertThatThrownBy(() -> fx.accept(c)).isInstanceOf(ConflictException.class).hasMessageContaining("pre-accept-first");
        CaseView pre = cases.preAccept(fx.actor("wg_handler"), c.id(), new Note(c.version(), "材料初审通过，请携带原件到窗口", null));
        assertThat(pre.status()).isEqualTo(CaseStatus.PRE_ACCEPTED);
        assertThat(fx.accept(pre).status()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void theApplicantWithdrawsButCannotActOnSteps() {
        CaseView c = cases.apply(fx.actor("citizen"), new NewApplication(fx.item(CaseFixture.LICENCE).id(), null,
                CaseFixture.company(), null, Map.of(), null, null, List.of()));
        assertThatThrownBy(() -> cases.preAccept(fx.actor("citizen"), c.id(), new Note(c.version(), null, null)))
                .isInstanceOf(ForbiddenException.class);
        CaseView w = cases.withdraw(fx.actor("citizen"), c.id(), new Note(c.version(), "资料需重新准备", null));
        assertThat(w.status()).isEqualTo(CaseStatus.WITHDRAWN);
    }

    @Test
    void terminationIsForHeadsWithAReason() {
        CaseView c = fx.acceptedLicence();
        assertThatThrownBy(() -> cases.terminate(fx.actor("wg_handler"), c.id(), new Note(c.version(), "申请人企业已注销，无法继续办理", null)))
                .isInstanceOf(ForbiddenException.class);
        CaseView t = cases.terminate(fx.actor("wg_head"), c.id(), new Note(c.version(), "申请人企业已注销，无法继续办理", null));
        assertThat(t.status()).isEqualTo(CaseStatus.TERMINATED);
    }

    @Test
    void anotherDepartmentsHandlerCannotReceiveForThisOne() {
        CaseView ok = fx.receiveLicence();
        assertThat(ok.number()).isNotBlank();
        assertThatThrownBy(() -> cases.apply(fx.actor("catalog_clerk"), new NewApplication(fx.item(CaseFixture.LICENCE).id(),
                Channel.WINDOW, CaseFixture.company(), null, Map.of(), null, null, List.of())))
                .isInstanceOf(ForbiddenException.class);
    }
}
