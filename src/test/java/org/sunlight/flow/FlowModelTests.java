package org.sunlight.flow;

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

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How a case runs through a flowchart: start, moves by outcome and condition, parallel join, returns, end. */
class FlowModelTests {

    /** 受理 › 审查 › [听证 if requested] › [法制审核 if major] › 决定 › 办结, with a return from 决定 to 审查. */
    private final FlowModel penalty = FlowModel.of(flow("file", steps(step("file", StepKind.FILE, "立案"), step("review"),
                    step("hearing", StepKind.HEARING, "听证"), step("legal", StepKind.LEGAL_REVIEW, "法制审核"), step("decide", StepKind.DECIDE, "决定"),
                    end("close")),
            t("file", "review", "立案"), t("review", "hearing", "继续", "hearingRequested == true"), t("review", "legal", "继续", "major"),
            t("review", "decide", "继续"), t("hearing", "legal", "听证结束", "major"), t("hearing", "decide", "听证结束"),
            t("legal", "decide", "通过"), t("decide", "close", "作出决定"), t("decide", "review", "退回")));

    /** a › split › (x1 › x2 | y) › join › e, x2 may return to x1, y may return to a. */
    private final FlowModel parallel = FlowModel.of(flow("a", steps(step("a"), split("s"), step("x1"), step("x2"), step("y"), join("j"), end("e")),
            t("a", "s", "通过"), branch("s", "x1"), branch("s", "y"), t("x1", "x2", "通过"), t("x2", "x1", "退回"), t("x2", "j", "完成"),
            t("y", "j", "完成"), t("y", "a", "退回"), branch("j", "e")));

    @Test
    void startsAtTheStartStep() {
        assertThat(penalty.startSteps()).containsExactly("file");
        assertThat(penalty.variables()).containsExactly("hearingRequested", "major");
    }

    @Test
    void conditionsChooseTheTransitionOfAnOutcome() {
        FlowPosition p = penalty.take(penalty.start(), "file", "立案", Map.of());
        assertThat(p.active()).containsExactly("review");
        assertThat(penalty.take(p, "review", "继续", Map.of("hearingRequested", true)).active()).containsExactly("hearing");
        assertThat(penalty.take(p, "review", "继续", Map.of("major", true)).active()).containsExactly("legal");
        assertThat(penalty.take(p, "review", "继续", Map.of()).active()).as("the default when no condition holds").containsExactly("decide");
        // the first condition in table order wins
        assertThat(penalty.take(p, "review", "继续", Map.of("hearingRequested", true, "major", true)).active()).containsExactly("hearing");
    }

    @Test
    void movesListOneChoicePerOutcome() {
        List<FlowMove> moves = penalty.moves("decide", Map.of());
        assertThat(moves).extracting(FlowMove::outcome).containsExactly("作出决定", "退回");
        assertThat(moves).filteredOn(FlowMove::returning).extracting(FlowMove::to).containsExactly("review");
        assertThat(penalty.moves("review", Map.of("major", true))).extracting(FlowMove::to).containsExactly("legal");
        assertThat(penalty.moves("close", Map.of())).isEmpty();
    }

    @Test
    void refusesMovesThatAreNotOpen() {
        FlowPosition start = penalty.start();
        assertThatThrownBy(() -> penalty.take(start, "review", "继续", Map.of())).isInstanceOf(IllegalFlowMoveException.class)
                .hasMessage("flow.move.not-open");
        assertThatThrownBy(() -> penalty.take(start, "file", "作出决定", Map.of())).isInstanceOf(IllegalFlowMoveException.class)
                .hasMessage("flow.move.outcome-unavailable");
        assertThatThrownBy(() -> penalty.finish(start, "file")).isInstanceOf(IllegalFlowMoveException.class);
    }

    @Test
    void runsToTheEnd() {
        FlowPosition p = penalty.start();
        p = penalty.take(p, "file", "立案", Map.of());
        p = penalty.take(p, "review", "继续", Map.of());
        p = penalty.take(p, "decide", "退回", Map.of());
        assertThat(p.active()).containsExactly("review");
        p = penalty.take(p, "review", "继续", Map.of());
        p = penalty.take(p, "decide", "作出决定", Map.of());
        assertThat(p.active()).containsExactly("close");
        p = penalty.finish(p, "close");
        assertThat(p.finished()).isTrue();
        assertThat(p.finishedAt()).isEqualTo("close");
        FlowPosition done = p;
        assertThatThrownBy(() -> penalty.take(done, "close", "x", Map.of())).hasMessage("flow.move.finished");
    }

    @Test
    void aJoinWaitsForEveryBranch() {
        FlowPosition p = parallel.take(parallel.start(), "a", "通过", Map.of());
        assertThat(p.activeIn(parallel.definition())).containsExactly("x1", "y");
        p = parallel.take(p, "y", "完成", Map.of());
        assertThat(p.active()).containsExactly("x1");
        assertThat(p.arrivals()).containsEntry("j", 1);
        p = parallel.take(p, "x1", "通过", Map.of());
        p = parallel.take(p, "x2", "退回", Map.of());
        assertThat(p.active()).as("a return inside a branch keeps the other branch's arrival").containsExactly("x1");
        assertThat(p.arrivals()).containsEntry("j", 1);
        p = parallel.take(p, "x1", "通过", Map.of());
        p = parallel.take(p, "x2", "完成", Map.of());
        assertThat(p.active()).containsExactly("e");
        assertThat(p.arrivals()).isEmpty();
        assertThat(parallel.branchCount("j")).isEqualTo(2);
    }

    @Test
    void aReturnLeavingASectionWithdrawsTheOtherBranches() {
        FlowPosition p = parallel.take(parallel.start(), "a", "通过", Map.of());
        p = parallel.take(p, "x1", "通过", Map.of());
        p = parallel.take(p, "x2", "完成", Map.of());
        assertThat(p.arrivals()).containsEntry("j", 1);
        p = parallel.take(p, "y", "退回", Map.of());
        assertThat(p.active()).containsExactly("a");
        assertThat(p.arrivals()).as("the join forgets the withdrawn section").isEmpty();
        p = parallel.take(p, "a", "通过", Map.of());
        assertThat(p.activeIn(parallel.definition())).containsExactly("x1", "y");
    }

    @Test
    void onlySoundFlowchartsRun() {
        assertThatThrownBy(() -> FlowModel.of(flow("a", steps(step("a"), step("b")), t("a", "b", "通过"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("flow.problem");
    }
}
