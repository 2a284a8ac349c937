package org.sunlight.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.sunlight.identity.Role;

/** Small builders for flowcharts in tests: a handler's 1-working-day step unless told otherwise. */
public final class Flows {

    private Flows() {
    }

    public static FlowStep step(String key, StepKind kind, String name) {
        return new FlowStep(key, kind, name, null, Role.HANDLER, 1, StepUnit.WORKING_DAYS, true, false, List.of(), List.of());
    }

    public static FlowStep step(String key) {
        return step(key, StepKind.REVIEW, "环节" + key);
    }

    public static FlowStep end(String key) {
        return new FlowStep(key, StepKind.CLOSE, "办结" + key, null, Role.HANDLER, 1, StepUnit.WORKING_DAYS, true, true, List.of(), List.of());
    }

    public static FlowStep split(String key) {
        return new FlowStep(key, StepKind.PARALLEL_SPLIT, "并联开始" + key, null, null, null, null, true, false, List.of(), List.of());
    }

    public static FlowStep join(String key) {
        return new FlowStep(key, StepKind.PARALLEL_JOIN, "并联汇合" + key, null, null, null, null, true, false, List.of(), List.of());
    }

    public static FlowStep limited(String key, int limit, StepUnit unit, boolean counts) {
        return new FlowStep(key, StepKind.REVIEW, "环节" + key, null, Role.HANDLER, limit, unit, counts, false, List.of(), List.of());
    }

    public static FlowStep withLimit(FlowStep s, Integer limit, StepUnit unit) {
        return new FlowStep(s.key(), s.kind(), s.name(), s.postId(), s.role(), limit, unit, s.countsTowardLimit(), s.end(), s.documents(),
                s.riskPoints());
    }

    public static FlowStep withoutPost(FlowStep s) {
        return new FlowStep(s.key(), s.kind(), s.name(), null, null, s.limit(), s.unit(), s.countsTowardLimit(), s.end(), s.documents(),
                s.riskPoints());
    }

    public static FlowStep asEnd(FlowStep s) {
        return new FlowStep(s.key(), s.kind(), s.name(), s.postId(), s.role(), s.limit(), s.unit(), s.countsTowardLimit(), true,
                s.documents(), s.riskPoints());
    }

    public static FlowTransition t(String from, String to, String outcome) {
        return new FlowTransition(from, to, outcome, null);
    }

    public static FlowTransition t(String from, String to, String outcome, String condition) {
        return new FlowTransition(from, to, outcome, condition);
    }

    public static FlowTransition branch(String from, String to) {
        return new FlowTransition(from, to, null, null);
    }

    public static FlowDefinition flow(String start, List<FlowStep> steps, FlowTransition... transitions) {
        return new FlowDefinition(start, steps, Arrays.asList(transitions));
    }

    public static List<FlowStep> steps(FlowStep... steps) {
        return new ArrayList<>(Arrays.asList(steps));
    }

    /** a › b › c (end), each one working day. */
    public static FlowDefinition chain() {
        return flow("a", steps(step("a", StepKind.ACCEPT, "受理"), step("b"), end("c")), t("a", "b", "受理"), t("b", "c", "通过"));
    }
}
