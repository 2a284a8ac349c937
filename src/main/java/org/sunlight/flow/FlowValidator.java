package org.sunlight.flow;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

import org.sunlight.catalog.LimitUnit;
import org.sunlight.catalog.TimeLimit;
import org.sunlight.identity.Role;

/**
 * The rules a flowchart must meet to be published, as a pure function: every problem is reported at
 * once, each naming the step or transition it concerns. Errors block publication; the one warning —
 * the longest path's limits exceed the item's promised limit — needs the clerk's confirmation.
 */
public final class FlowValidator {

    public static final int MAX_STEPS = 100;
    public static final int MAX_TRANSITIONS = 300;
    public static final int MAX_NAME = 60;
    public static final int MAX_OUTCOME = 30;
    public static final int MAX_DOCUMENTS = 30;
    public static final int MAX_DOCUMENT = 100;
    /** Ten years: a day limit above this is a typing error. */
    public static final int MAX_DAYS = 3650;
    public static final int MAX_HOURS = 8760;
    public static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");
    /** The roles that work cases, and so may be responsible for a step. */
    public static final Set<Role> STEP_ROLES = EnumSet.of(Role.HANDLER, Role.UNIT_HEAD, Role.LEADER, Role.LEGAL_REVIEWER);

    /**
     * What the rules need to know beyond the flowchart: the item version's promised limit (null: not
     * checked), how many risk points it lists, and whether a post id names an active post.
     */
    public record Context(TimeLimit promisedLimit, int riskPointCount, LongPredicate postExists) {

        public static Context of(TimeLimit promisedLimit, int riskPointCount, LongPredicate postExists) {
            return new Context(promisedLimit, riskPointCount, postExists);
        }

        /** No promised limit, any risk point and every post accepted: the structure alone is checked. */
        public static Context lenient() {
            return new Context(null, Integer.MAX_VALUE, id -> true);
        }
    }

    private FlowValidator() {
    }

    public static FlowValidation validate(FlowDefinition def, Context context) {
        List<FlowProblem> problems = new ArrayList<>();
        if (def.steps().size() > MAX_STEPS) {
            problems.add(FlowProblem.flow("steps", "flow.problem.too-many-steps", MAX_STEPS));
        }
        if (def.transitions().size() > MAX_TRANSITIONS) {
            problems.add(FlowProblem.flow("transitions", "flow.problem.too-many-transitions", MAX_TRANSITIONS));
        }
        if (!problems.isEmpty()) {
            return new FlowValidation(problems);
        }
        if (def.steps().isEmpty()) {
            problems.add(FlowProblem.flow("steps", "flow.problem.no-steps"));
            return new FlowValidation(problems);
        }
        checkSteps(def, context, problems);
        FlowGraph graph = new FlowGraph(def);
        checkStart(def, graph, problems);
        checkTransitions(def, graph, problems);
        checkStructure(graph, problems);
        problems.addAll(graph.structureProblems());
        checkTiming(graph, context, problems);
        return new FlowValidation(problems);
    }

    /** The time along the longest path from the start to an end step (empty path when none). */
    public static FlowTiming timing(FlowDefinition def) {
        return timing(new FlowGraph(def));
    }

    static FlowTiming timing(FlowGraph graph) {
        List<Integer> path = graph.heaviestPathToEnd(FlowTiming::weight);
        int wd = 0;
        int nd = 0;
        int h = 0;
        List<String> keys = new ArrayList<>();
        for (int i : path) {
            FlowStep s = graph.step(i);
            keys.add(s.key());
            if (FlowTiming.weight(s) == 0) {
                continue;
            }
            switch (s.unit()) {
                case WORKING_DAYS -> wd += s.limit();
                case NATURAL_DAYS -> nd += s.limit();
                case HOURS -> h += s.limit();
            }
        }
        return new FlowTiming(keys, wd, nd, h);
    }

    private static void checkSteps(FlowDefinition def, Context context, List<FlowProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < def.steps().size(); i++) {
            FlowStep s = def.steps().get(i);
            if (s.key() == null || s.key().isBlank()) {
                problems.add(FlowProblem.step(i, s, "key", "flow.problem.key-required"));
            } else if (!KEY.matcher(s.key()).matches()) {
                problems.add(FlowProblem.step(i, s, "key", "flow.problem.key-format"));
            } else if (!seen.add(s.key())) {
                problems.add(FlowProblem.step(i, s, "key", "flow.problem.key-duplicate"));
            }
            if (s.kind() == null) {
                problems.add(FlowProblem.step(i, s, "kind", "flow.problem.kind-required"));
            }
            if (s.name() == null || s.name().isBlank()) {
                problems.add(FlowProblem.step(i, s, "name", "flow.problem.name-required"));
            } else if (s.name().length() > MAX_NAME) {
                problems.add(FlowProblem.step(i, s, "name", "flow.problem.too-long", MAX_NAME));
            }
            if (s.gateway()) {
                if (s.end()) {
                    problems.add(FlowProblem.step(i, s, "end", "flow.problem.gateway-end"));
                }
            } else {
                checkWork(i, s, context, problems);
            }
            if (s.documents().size() > MAX_DOCUMENTS) {
                problems.add(FlowProblem.step(i, s, "documents", "flow.problem.too-many-documents", MAX_DOCUMENTS));
            }
            for (String d : s.documents()) {
                if (d == null || d.isBlank() || d.length() > MAX_DOCUMENT) {
                    problems.add(FlowProblem.step(i, s, "documents", "flow.problem.document", MAX_DOCUMENT));
                    break;
                }
            }
            for (Integer r : s.riskPoints()) {
                if (r == null || r < 1 || r > context.riskPointCount()) {
                    problems.add(FlowProblem.step(i, s, "riskPoints", "flow.problem.unknown-risk-point", r, context.riskPointCount()));
                }
            }
        }
    }

    private static void checkWork(int i, FlowStep s, Context context, List<FlowProblem> problems) {
        if (s.postId() == null && s.role() == null) {
            problems.add(FlowProblem.step(i, s, "post", "flow.problem.no-post"));
        }
        if (s.postId() != null && !context.postExists().test(s.postId())) {
            problems.add(FlowProblem.step(i, s, "post", "flow.problem.unknown-post", s.postId()));
        }
        if (s.role() != null && !STEP_ROLES.contains(s.role())) {
            problems.add(FlowProblem.step(i, s, "role", "flow.problem.role-not-step-role"));
        }
        if (s.limit() == null) {
            problems.add(FlowProblem.step(i, s, "limit", "flow.problem.no-limit"));
        } else if (s.limit() <= 0) {
            problems.add(FlowProblem.step(i, s, "limit", "flow.problem.limit-positive", s.limit()));
        } else if (s.limit() > (s.unit() == StepUnit.HOURS ? MAX_HOURS : MAX_DAYS)) {
            problems.add(FlowProblem.step(i, s, "limit", "flow.problem.limit-too-large", s.unit() == StepUnit.HOURS ? MAX_HOURS : MAX_DAYS));
        }
        if (s.unit() == null) {
            problems.add(FlowProblem.step(i, s, "unit", "flow.problem.no-unit"));
        }
    }

    private static void checkStart(FlowDefinition def, FlowGraph graph, List<FlowProblem> problems) {
        if (def.start() == null || def.start().isBlank()) {
            problems.add(FlowProblem.flow("start", "flow.problem.no-start"));
        } else if (graph.start() < 0) {
            problems.add(FlowProblem.flow("start", "flow.problem.unknown-start", def.start()));
        } else if (graph.step(graph.start()).kind() == StepKind.PARALLEL_JOIN) {
            problems.add(FlowProblem.step(graph.start(), graph.step(graph.start()), "kind", "flow.problem.start-is-join"));
        }
    }

    private static void checkTransitions(FlowDefinition def, FlowGraph graph, List<FlowProblem> problems) {
        Map<String, Integer> unconditional = new HashMap<>();
        Set<String> identical = new HashSet<>();
        for (int t = 0; t < def.transitions().size(); t++) {
            FlowTransition tr = def.transitions().get(t);
            String label = graph.transitionLabel(t);
            int from = graph.from(t);
            int to = graph.to(t);
            if (from < 0) {
                problems.add(FlowProblem.transition(t, label, "from", "flow.problem.unknown-step", String.valueOf(tr.from())));
            }
            if (to < 0) {
                problems.add(FlowProblem.transition(t, label, "to", "flow.problem.unknown-step", String.valueOf(tr.to())));
            }
            if (from >= 0 && from == to) {
                problems.add(FlowProblem.transition(t, label, "to", "flow.problem.self-loop"));
            }
            boolean fromGateway = from >= 0 && graph.step(from).gateway();
            if (!fromGateway && (tr.outcome() == null || tr.outcome().isBlank())) {
                problems.add(FlowProblem.transition(t, label, "outcome", "flow.problem.outcome-required"));
            } else if (tr.outcome() != null && tr.outcome().length() > MAX_OUTCOME) {
                problems.add(FlowProblem.transition(t, label, "outcome", "flow.problem.too-long", MAX_OUTCOME));
            }
            if (tr.conditional()) {
                try {
                    Condition.parse(tr.condition());
                } catch (ConditionSyntaxException e) {
                    problems.add(FlowProblem.transition(t, label, "condition", e.code(), e.position(), e.near()));
                }
            }
            if (from >= 0 && graph.step(from).end()) {
                problems.add(FlowProblem.transition(t, label, "from", "flow.problem.end-has-outgoing"));
            }
            if (from >= 0 && !fromGateway) {
                String outcome = tr.outcome() == null ? "" : tr.outcome().strip();
                String sameMove = tr.from() + "\u0000" + outcome + "\u0000" + (tr.conditional() ? tr.condition().strip() : "");
                if (!identical.add(sameMove)
                        || (!tr.conditional() && unconditional.putIfAbsent(tr.from() + "\u0000" + outcome, t) != null)) {
                    problems.add(FlowProblem.transition(t, label, "outcome", "flow.problem.duplicate-outcome"));
                }
            }
        }
    }

    private static void checkStructure(FlowGraph graph, List<FlowProblem> problems) {
        boolean anyEnd = false;
        for (int i = 0; i < graph.size(); i++) {
            anyEnd |= graph.step(i).end() && !graph.step(i).gateway();
        }
        if (!anyEnd) {
            problems.add(FlowProblem.flow("steps", "flow.problem.no-end"));
        }
        boolean[] toEnd = graph.canReachEnd();
        int start = graph.start();
        if (start >= 0 && anyEnd && !toEnd[start]) {
            problems.add(FlowProblem.flow("start", "flow.problem.start-reaches-no-end", graph.step(start).label()));
        }
        for (int i = 0; i < graph.size(); i++) {
            FlowStep s = graph.step(i);
            if (s.key() != null && graph.indexOf(s.key()).orElse(i) != i) {
                continue; // a repeated key: reported as such; transitions cannot reach this row
            }
            boolean deadEnd = !s.end() && graph.outgoing(i).isEmpty();
            if (start >= 0 && !graph.reachable(i)) {
                problems.add(FlowProblem.step(i, s, "", "flow.problem.unreachable"));
            }
            if (deadEnd) {
                problems.add(FlowProblem.step(i, s, "", "flow.problem.dead-end"));
            } else if (anyEnd && !toEnd[i] && i != start && (start < 0 || graph.reachable(i))) {
                problems.add(FlowProblem.step(i, s, "", "flow.problem.no-way-to-end"));
            }
        }
    }

    private static void checkTiming(FlowGraph graph, Context context, List<FlowProblem> problems) {
        TimeLimit promise = context.promisedLimit();
        if (promise == null || promise.days() == null || promise.unit() == null || graph.start() < 0) {
            return;
        }
        FlowTiming timing = timing(graph);
        if (timing.path().isEmpty() || !timing.exceeds(promise.days(), promise.unit())) {
            return;
        }
        String path = String.join(" › ", timing.path().stream()
                .map(k -> graph.step(graph.indexOf(k).getAsInt()))
                .filter(s -> !s.gateway())
                .map(s -> s.name() == null ? s.key() : s.name().strip()).toList());
        LimitUnit unit = promise.unit();
        FlowProblem p = timing.onlyIn(unit)
                ? FlowProblem.flow("limit", "flow.warning.over-limit.same." + unit.name(), path,
                        unit == LimitUnit.WORKING_DAYS ? timing.workingDays() : timing.naturalDays(), promise.days())
                : FlowProblem.flow("limit", "flow.warning.over-limit.mixed." + unit.name(), path, timing.workingDays(),
                        timing.naturalDays(), timing.hours(), timing.in(unit).toPlainString(), promise.days());
        problems.add(p.asWarning());
    }
}
