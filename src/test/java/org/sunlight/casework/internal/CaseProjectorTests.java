package org.sunlight.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sunlight.flow.Flows.branch;
import static org.sunlight.flow.Flows.end;
import static org.sunlight.flow.Flows.flow;
import static org.sunlight.flow.Flows.join;
import static org.sunlight.flow.Flows.split;
import static org.sunlight.flow.Flows.step;
import static org.sunlight.flow.Flows.steps;
import static org.sunlight.flow.Flows.t;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sunlight.casework.CaseEvent;
import org.sunlight.casework.CaseEventType;
import org.sunlight.casework.CaseStatus;
import org.sunlight.flow.FlowModel;
import org.sunlight.flow.FlowStep;
import org.sunlight.flow.IllegalFlowMoveException;
import org.sunlight.flow.StepKind;

/**
 * The projector on its own (no database, no Spring): a case through parallel branches (并联审批) and their
 * join, a return inside a branch and one out of the section, pauses, and the replay of the same events.
 */
class CaseProjectorTests {

    /** 受理 › split › (规划审查 › 复核 | 消防审查) › join › 决定(end); 复核 may return to 规划审查, 消防审查 back to 受理. */
    private static final FlowModel PARALLEL = FlowModel.of(flow("accept", steps(step("accept", StepKind.ACCEPT, "受理"), split("s"),
                    step("plan"), step("recheck"), step("fire"), join("j"), end("decide")),
            t("accept", "s", "受理"), branch("s", "plan"), branch("s", "fire"), t("plan", "recheck", "通过"), t("recheck", "plan", "退回"),
            t("recheck", "j", "通过"), t("fire", "j", "通过"), t("fire", "accept", "退回"), branch("j", "decide")));

    private final CaseClock clock = new CaseClock() {
        @Override
        public Instant caseDue(CaseFile f) {
            return f.acceptedAt == null ? null : f.acceptedAt.plusSeconds(86_400L * (20 + f.pauses.size()));
        }

        @Override
        public Instant stepDue(CaseFile f, FlowStep step, Instant opened) {
            return null;
        }
    };
    private final CaseProjector projector = new CaseProjector(id -> PARALLEL, clock);
    private final List<CaseEvent> log = new ArrayList<>();
    private final CaseFile file = new CaseFile();
    private Instant now = Instant.parse("2026-11-02T01:30:00Z");

    private void happen(CaseEventType type, String step, String outcome, Map<String, Object> payload) {
        now = now.plusSeconds(3600);
        CaseEvent e = new CaseEvent(7, log.size() + 1, type, now, now, 1L, 1L, "王晓明", step, step, outcome, false, payload);
        projector.apply(file, e);
        log.add(e);
    }

    private void applied() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kind", "APPLICATION");
        p.put("itemId", 1);
        p.put("itemVersionId", 1);
        p.put("itemCode", "X1");
        p.put("itemName", "建设工程联合审查");
        p.put("category", "LICENSING");
        p.put("flowVersionId", 1);
        p.put("departmentId", 3);
        p.put("regionCode", "321081");
        p.put("channel", "WINDOW");
        p.put("partyType", "LEGAL_PERSON");
        p.put("partyName", "某公司");
        p.put("limit", 20);
        p.put("limitUnit", "WORKING_DAYS");
        p.put("number", "321081202611020003" + "00001");
        p.put("queryCode", "ABCDEFGH");
        happen(CaseEventType.APPLIED, null, null, p);
    }

    @Test
    void branchesOpenTogetherAndTheJoinWaitsForBoth() {
        applied();
        assertThat(file.openSteps).containsOnlyKeys("accept");
        happen(CaseEventType.ACCEPTED, "accept", "受理", Map.of());
        assertThat(file.status).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(file.openSteps).containsOnlyKeys("plan", "fire");
        Instant fireOpened = file.openSteps.get("fire");

        happen(CaseEventType.STEP_COMPLETED, "plan", "通过", Map.of());
        assertThat(file.openSteps).containsOnlyKeys("recheck", "fire");
        assertThat(file.openSteps.get("fire")).as("a step still open keeps its opening time").isEqualTo(fireOpened);
        happen(CaseEventType.STEP_COMPLETED, "recheck", "退回", Map.of());
        assertThat(file.openSteps).as("a return inside a branch keeps the other branch").containsOnlyKeys("plan", "fire");
        happen(CaseEventType.STEP_COMPLETED, "plan", "通过", Map.of());
        happen(CaseEventType.STEP_COMPLETED, "recheck", "通过", Map.of());
        assertThat(file.openSteps).as("the join waits for the other branch").containsOnlyKeys("fire");
        assertThat(file.joinArrivals).containsEntry("j", 1);
        happen(CaseEventType.STEP_COMPLETED, "fire", "通过", Map.of());
        assertThat(file.openSteps).containsOnlyKeys("decide");
        assertThat(file.joinArrivals).isEmpty();
        happen(CaseEventType.CLOSED, "decide", null, Map.of("result", "APPROVED"));
        assertThat(file.status).isEqualTo(CaseStatus.CLOSED);
        assertThat(file.openSteps).isEmpty();

        CaseFile replayed = projector.replay(log);
        assertThat(replayed).usingRecursiveComparison().isEqualTo(file);
    }

    @Test
    void aReturnOutOfTheSectionWithdrawsTheOtherBranch() {
        applied();
        happen(CaseEventType.ACCEPTED, "accept", "受理", Map.of());
        happen(CaseEventType.STEP_COMPLETED, "plan", "通过", Map.of());
        happen(CaseEventType.STEP_COMPLETED, "fire", "退回", Map.of());
        assertThat(file.openSteps).containsOnlyKeys("accept");
        assertThat(file.joinArrivals).isEmpty();
        assertThatThrownBy(() -> happen(CaseEventType.STEP_COMPLETED, "recheck", "通过", Map.of()))
                .as("a withdrawn step is not open").isInstanceOf(IllegalFlowMoveException.class);
    }

    @Test
    void aPauseStopsTheDueDateAndItsSpanIsKept() {
        applied();
        happen(CaseEventType.ACCEPTED, "accept", "受理", Map.of());
        Instant due = file.dueAt;
        happen(CaseEventType.SUPPLEMENT_REQUESTED, null, null, Map.of("missing", List.of("规划图")));
        assertThat(file.status).isEqualTo(CaseStatus.SUPPLEMENTING);
        assertThat(file.dueAt).isNull();
        happen(CaseEventType.SUPPLEMENT_RECEIVED, null, null, Map.of());
        assertThat(file.status).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(file.pauses).hasSize(1);
        assertThat(file.dueAt).isAfter(due);
    }
}
