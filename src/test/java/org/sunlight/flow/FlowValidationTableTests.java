package org.sunlight.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.flow.Flows.asEnd;
import static org.sunlight.flow.Flows.branch;
import static org.sunlight.flow.Flows.end;
import static org.sunlight.flow.Flows.flow;
import static org.sunlight.flow.Flows.join;
import static org.sunlight.flow.Flows.limited;
import static org.sunlight.flow.Flows.split;
import static org.sunlight.flow.Flows.step;
import static org.sunlight.flow.Flows.steps;
import static org.sunlight.flow.Flows.t;
import static org.sunlight.flow.Flows.withLimit;
import static org.sunlight.flow.Flows.withoutPost;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sunlight.catalog.LimitUnit;
import org.sunlight.catalog.TimeLimit;

/**
 * The publication rules as one table: each row a flowchart, the context it is checked in, and exactly
 * the problems expected — code and the field (row) each names. "valid" rows expect nothing at all.
 */
class FlowValidationTableTests {

    private static final FlowValidator.Context NO_PROMISE = FlowValidator.Context.lenient();

    private static FlowValidator.Context promise(int days, LimitUnit unit) {
        return FlowValidator.Context.of(new TimeLimit(days, unit), 2, id -> id == 7L);
    }

    /** An expected problem: message code and the field it names. */
    record P(String code, String field) {
        @Override
        public String toString() {
            return code + "@" + field;
        }
    }

    static P p(String code, String field) {
        return new P(code, field);
    }

    static Stream<Arguments> table() {
        return Stream.of(
                row("valid: a straight chain", Flows.chain(), NO_PROMISE, List.of(), List.of()),
                row("valid: parallel split and join, a return inside a branch and one leaving the section",
                        flow("a", steps(step("a"), split("s"), step("b1"), step("b2"), step("c1"), join("j"), end("e")),
                                t("a", "s", "通过"), branch("s", "b1"), branch("s", "c1"), t("b1", "b2", "通过"), t("b2", "b1", "退回"),
                                t("b2", "j", "完成"), t("c1", "j", "完成"), t("c1", "a", "退回"), branch("j", "e")),
                        NO_PROMISE, List.of(), List.of()),
                row("valid: nested parallel sections",
                        flow("a", steps(step("a"), split("s"), split("s2"), step("x"), step("y"), join("j2"), step("z"), join("j"), end("e")),
                                t("a", "s", "通过"), branch("s", "s2"), branch("s", "z"), branch("s2", "x"), branch("s2", "y"),
                                t("x", "j2", "完成"), t("y", "j2", "完成"), branch("j2", "j"), t("z", "j", "完成"), branch("j", "e")),
                        NO_PROMISE, List.of(), List.of()),
                row("valid: limits fit the promise exactly (3 working days)", Flows.chain(), promise(3, LimitUnit.WORKING_DAYS),
                        List.of(), List.of()),
                row("dead end", flow("a", steps(step("a"), step("b"), end("c")), t("a", "b", "通过"), t("a", "c", "办结")),
                        NO_PROMISE, List.of(p("flow.problem.dead-end", "steps[1]")), List.of()),
                row("unreachable step", flow("a", steps(step("a"), step("lost"), end("c")), t("a", "c", "通过"), t("lost", "c", "通过")),
                        NO_PROMISE, List.of(p("flow.problem.unreachable", "steps[1]")), List.of()),
                row("no end step at all", flow("a", steps(step("a"), step("b")), t("a", "b", "通过"), t("b", "a", "退回")),
                        NO_PROMISE, List.of(p("flow.problem.no-end", "steps")), List.of()),
                row("a loop without exit", flow("a", steps(step("a"), step("b"), step("c"), end("e")),
                                t("a", "e", "办结"), t("a", "b", "转"), t("b", "c", "转"), t("c", "b", "退回")),
                        NO_PROMISE, List.of(p("flow.problem.no-way-to-end", "steps[1]"), p("flow.problem.no-way-to-end", "steps[2]")), List.of()),
                row("start reaches no end", flow("a", steps(step("a"), step("b"), end("e")), t("a", "b", "转"), t("b", "a", "退回")),
                        NO_PROMISE, List.of(p("flow.problem.start-reaches-no-end", "start"), p("flow.problem.no-way-to-end", "steps[1]"),
                                p("flow.problem.unreachable", "steps[2]")), List.of()),
                row("unmatched join", flow("a", steps(step("a"), join("j"), end("e")), t("a", "j", "通过"), branch("j", "e")),
                        NO_PROMISE, List.of(p("flow.problem.join-without-split", "steps[1].kind")), List.of()),
                row("split without join", flow("a", steps(step("a"), split("s"), end("b1"), end("c1")),
                                t("a", "s", "通过"), branch("s", "b1"), branch("s", "c1")),
                        NO_PROMISE, List.of(p("flow.problem.split-without-join", "steps[1]"), p("flow.problem.split-without-join", "steps[1]")),
                        List.of()),
                row("split with one branch", flow("a", steps(step("a"), split("s"), step("b"), join("j"), end("e")),
                                t("a", "s", "通过"), branch("s", "b"), t("b", "j", "完成"), branch("j", "e")),
                        NO_PROMISE, List.of(p("flow.problem.split-branches", "steps[1].kind"), p("flow.problem.join-without-split", "steps[3].kind")),
                        List.of()),
                row("branches reach different joins", flow("a", steps(step("a"), split("s"), step("b"), step("c"), join("j1"), join("j2"), end("e")),
                                t("a", "s", "通过"), branch("s", "b"), branch("s", "c"), t("b", "j1", "完成"), t("c", "j2", "完成"),
                                branch("j1", "e"), branch("j2", "e")),
                        NO_PROMISE, List.of(p("flow.problem.split-different-joins", "steps[1]"), p("flow.problem.join-without-split", "steps[4].kind"),
                                p("flow.problem.join-without-split", "steps[5].kind")), List.of()),
                row("a jump into a branch from outside", flow("a", steps(step("a"), split("s"), step("b"), step("c"), join("j"), end("e")),
                                t("a", "s", "通过"), t("a", "c", "跳过"), branch("s", "b"), branch("s", "c"), t("b", "j", "完成"),
                                t("c", "j", "完成"), branch("j", "e")),
                        NO_PROMISE, List.of(p("flow.problem.branch-entered-from-outside", "transitions[1].to")), List.of()),
                row("branches merge before their join", flow("a", steps(step("a"), split("s"), step("b"), step("c"), step("c2"), join("j"), end("e")),
                                t("a", "s", "通过"), branch("s", "b"), branch("s", "c"), t("c", "c2", "通过"), t("b", "j", "完成"),
                                t("c2", "j", "完成"), t("c2", "b", "转"), branch("j", "e")),
                        NO_PROMISE, List.of(p("flow.problem.branches-merge", "steps[2]")), List.of()),
                row("a return into a branch from after the join", flow("a", steps(step("a"), split("s"), step("b"), step("c"), join("j"),
                                step("d"), end("e")), t("a", "s", "通过"), branch("s", "b"), branch("s", "c"), t("b", "j", "完成"),
                                t("c", "j", "完成"), branch("j", "d"), t("d", "b", "退回"), t("d", "e", "通过")),
                        NO_PROMISE, List.of(p("flow.problem.return-into-branch", "transitions[6].to")), List.of()),
                row("condition on a split branch", flow("a", steps(step("a"), split("s"), step("b"), step("c"), join("j"), end("e")),
                                t("a", "s", "通过"), branch("s", "b"), new FlowTransition("s", "c", null, "x == 1"), t("b", "j", "完成"),
                                t("c", "j", "完成"), branch("j", "e")),
                        NO_PROMISE, List.of(p("flow.problem.split-condition", "transitions[2].condition")), List.of()),
                row("step without post or role, and without limit",
                        flow("a", steps(withoutPost(step("a")), withLimit(step("b"), null, StepUnit.WORKING_DAYS), end("c")),
                                t("a", "b", "通过"), t("b", "c", "通过")),
                        NO_PROMISE, List.of(p("flow.problem.no-post", "steps[0].post"), p("flow.problem.no-limit", "steps[1].limit")), List.of()),
                row("limits must be positive, units given", flow("a", steps(withLimit(step("a"), 0, StepUnit.WORKING_DAYS),
                                withLimit(step("b"), -3, StepUnit.HOURS), withLimit(end("c"), 2, null)), t("a", "b", "通过"), t("b", "c", "通过")),
                        NO_PROMISE, List.of(p("flow.problem.limit-positive", "steps[0].limit"), p("flow.problem.limit-positive", "steps[1].limit"),
                                p("flow.problem.no-unit", "steps[2].unit")), List.of()),
                row("unknown step keys and start", flow("x", steps(step("a"), end("c")), t("a", "c", "通过"), t("a", "nowhere", "转"),
                                t("ghost", "c", "转")),
                        NO_PROMISE, List.of(p("flow.problem.unknown-start", "start"), p("flow.problem.unknown-step", "transitions[1].to"),
                                p("flow.problem.unknown-step", "transitions[2].from")), List.of()),
                row("duplicate and malformed keys", flow("a", steps(step("a"), step("a"), step("9x"), end("c")), t("a", "c", "通过")),
                        NO_PROMISE, List.of(p("flow.problem.key-duplicate", "steps[1].key"), p("flow.problem.key-format", "steps[2].key"),
                                p("flow.problem.unreachable", "steps[2]"), p("flow.problem.dead-end", "steps[2]")), List.of()),
                row("bad condition", flow("a", steps(step("a"), step("b"), end("c")), t("a", "b", "通过", "fine >= "),
                                t("a", "c", "通过", "fine = 5"), t("b", "c", "通过"), t("a", "c", "通过")),
                        NO_PROMISE, List.of(p("flow.condition.incomplete", "transitions[0].condition"),
                                p("flow.condition.single-equals", "transitions[1].condition")), List.of()),
                row("two default moves for one outcome", flow("a", steps(step("a"), step("b"), end("c")), t("a", "b", "通过"), t("a", "c", "通过"),
                                t("b", "c", "通过")),
                        NO_PROMISE, List.of(p("flow.problem.duplicate-outcome", "transitions[1].outcome")), List.of()),
                row("missing outcome, self loop, end with a way out", flow("a", steps(step("a"), end("c")), t("a", "c", null), t("a", "a", "再来"),
                                t("c", "a", "重办")),
                        NO_PROMISE, List.of(p("flow.problem.outcome-required", "transitions[0].outcome"), p("flow.problem.self-loop", "transitions[1].to"),
                                p("flow.problem.end-has-outgoing", "transitions[2].from")), List.of()),
                row("unknown post and risk point", flow("a", steps(new FlowStep("a", StepKind.ACCEPT, "受理", 99L, null, 1, StepUnit.WORKING_DAYS,
                                true, false, List.of(), List.of(3)), end("c")), t("a", "c", "通过")),
                        promise(30, LimitUnit.WORKING_DAYS), List.of(p("flow.problem.unknown-post", "steps[0].post"),
                                p("flow.problem.unknown-risk-point", "steps[0].riskPoints")), List.of()),
                row("longest path over the promised limit (same unit) → warning",
                        flow("a", steps(limited("a", 5, StepUnit.WORKING_DAYS, true), limited("b", 10, StepUnit.WORKING_DAYS, true),
                                limited("quick", 1, StepUnit.WORKING_DAYS, true), asEnd(limited("c", 8, StepUnit.WORKING_DAYS, true))),
                                t("a", "b", "详审"), t("a", "quick", "简易"), t("b", "c", "通过"), t("quick", "c", "通过")),
                        promise(20, LimitUnit.WORKING_DAYS), List.of(), List.of(p("flow.warning.over-limit.same.WORKING_DAYS", "limit"))),
                row("steps that do not count are left out of the sum",
                        flow("a", steps(limited("a", 5, StepUnit.WORKING_DAYS, true), limited("hearing", 30, StepUnit.NATURAL_DAYS, false),
                                asEnd(limited("c", 5, StepUnit.WORKING_DAYS, true))), t("a", "hearing", "听证"), t("hearing", "c", "通过")),
                        promise(10, LimitUnit.WORKING_DAYS), List.of(), List.of()),
                row("mixed units over the limit → warning explaining the conversion",
                        flow("a", steps(limited("a", 10, StepUnit.WORKING_DAYS, true), limited("b", 10, StepUnit.NATURAL_DAYS, true),
                                asEnd(limited("c", 48, StepUnit.HOURS, true))), t("a", "b", "通过"), t("b", "c", "通过")),
                        promise(15, LimitUnit.WORKING_DAYS), List.of(), List.of(p("flow.warning.over-limit.mixed.WORKING_DAYS", "limit"))),
                row("parallel branches run at once: the longest branch counts, not the sum",
                        flow("a", steps(limited("a", 2, StepUnit.WORKING_DAYS, true), split("s"), limited("x", 10, StepUnit.WORKING_DAYS, true),
                                limited("y", 8, StepUnit.WORKING_DAYS, true), join("j"), asEnd(limited("e", 3, StepUnit.WORKING_DAYS, true))),
                                t("a", "s", "通过"), branch("s", "x"), branch("s", "y"), t("x", "j", "完成"), t("y", "j", "完成"), branch("j", "e")),
                        promise(15, LimitUnit.WORKING_DAYS), List.of(), List.of()));
    }

    private static Arguments row(String name, FlowDefinition d, FlowValidator.Context c, List<P> errors, List<P> warnings) {
        return Arguments.of(name, d, c, errors, warnings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void validation(String name, FlowDefinition definition, FlowValidator.Context context, List<P> errors, List<P> warnings) {
        FlowValidation v = FlowValidator.validate(definition, context);
        assertThat(v.errors().stream().map(p -> new P(p.code(), p.field())).toList()).as("errors of: %s (%s)", name, v.errors())
                .containsExactlyInAnyOrderElementsOf(errors);
        assertThat(v.warnings().stream().map(p -> new P(p.code(), p.field())).toList()).as("warnings of: %s", name)
                .containsExactlyInAnyOrderElementsOf(warnings);
        // every problem names the step or transition it concerns in its first argument, or a flow-wide field
        for (FlowProblem p : v.problems()) {
            if (p.field().startsWith("steps[") && p.field().length() > 6) {
                assertThat(p.stepKey()).as("step problem %s highlights its step", p).isNotNull();
            }
            if (p.field().startsWith("transitions[")) {
                assertThat(p.transitionIndex()).as("transition problem %s names its row", p).isNotNull();
                assertThat(p.args()[0].toString()).as("transition problem %s names the move", p).contains("→");
            }
        }
    }
}
