package org.sunlight.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunlight.IntegrationTest;
import org.sunlight.MutableClock;
import org.sunlight.casework.CaseCommands.StepCompletion;
import org.sunlight.common.ConflictException;
import org.sunlight.common.ForbiddenException;

@IntegrationTest
class CaseLifecycleTests {

    @Autowired
    CaseFixture fx;
    @Autowired
    CaseHandling cases;
    @Autowired
    CaseQueries queries;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aLicensingCaseRunsFromReceiptToClosing() {
        CaseView c = fx.receiveLicence();
        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(c.number()).startsWith("32108120261102").hasSize(6 + 8 + 4 + 5);
        assertThat(c.openSteps()).extracting(CaseView.OpenStep::key).containsExactly("accept");

        c = fx.accept(c);
        assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(c.acceptedAt()).isEqualTo(MutableClock.START);
        assertThat(c.dueAt()).isNotNull();
        assertThat(c.openSteps()).extracting(CaseView.OpenStep::key).containsExactly("review");

        clock.advance(Duration.ofDays(1));
        c = cases.complete(fx.actor("wg_reviewer"), c.id(), new StepCompletion(c.version(), "review", "审查通过", "符合三级资质条件", null, null, null));
        c = cases.complete(fx.actor("wg_head"), c.id(), new StepCompletion(c.version(), "decide", "准予许可", "同意", null, null, null));
        assertThat(c.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(c.approved()).isTrue();
        assertThat(c.documentNumber()).matches("仪住建许字〔2026〕第\\d+号");
        c = cases.complete(fx.actor("wg_handler"), c.id(), new StepCompletion(c.version(), "deliver", null, "已送达", null, null, null));
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.result()).isEqualTo("APPROVED");
        assertThat(c.openSteps()).isEmpty();

        List<CaseEvent> log = queries.events(fx.actor("wg_head"), c.id());
        assertThat(log).extracting(CaseEvent::type).containsExactly(CaseEventType.APPLIED, CaseEventType.ACCEPTED,
                CaseEventType.STEP_COMPLETED, CaseEventType.DECIDED, CaseEventType.CLOSED);
        assertThat(log).extracting(CaseEvent::seq).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aStepNeedsItsPostAndScope() {
        CaseView c = fx.acceptedLicence();
        // 王晓明 holds 审核岗? No: 受理岗 and 执法岗 in 法规科 — neither the post nor the unit.
        assertThatThrownBy(() -> cases.complete(fx.actor("handler"), c.id(),
                new StepCompletion(c.version(), "review", "审查通过", null, null, null, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> cases.complete(fx.actor("wg_reviewer"), c.id(),
                new StepCompletion(c.version(), "review", "准予许可", null, null, null, null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("casework.error.outcome-not-allowed");
    }

    @Test
    void twoHandlersCompletingOneStepOneWins() {
        CaseView c = fx.acceptedLicence();
        cases.complete(fx.actor("wg_reviewer"), c.id(), new StepCompletion(c.version(), "review", "审查通过", null, null, null, null));
        assertThatThrownBy(() -> cases.complete(fx.actor("wg_reviewer"), c.id(),
                new StepCompletion(c.version(), "review", "审查通过", null, null, null, null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("casework.error.stale");
    }
}
