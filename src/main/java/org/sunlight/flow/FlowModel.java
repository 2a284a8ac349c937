package org.sunlight.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A published flowchart, ready to run a case. Pure: no storage, no clock; the casework module keeps
 * the position and the variables, and asks here what may happen next.
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li><b>Start.</b> {@link #start()} opens the start step (a split there opens its branches).</li>
 *   <li><b>Choosing a move.</b> At an open step the handler picks an outcome. Among the step's
 *       transitions with that outcome, the first (in table order) whose condition holds is taken; if none
 *       holds, the one without a condition (the default) is taken; if there is none, the outcome is not
 *       available now. {@link #moves} lists what is available for the current variables.</li>
 *   <li><b>Parallel.</b> Entering a split opens every branch at once. A join counts arrivals and lets
 *       the flow through when one has arrived from each branch of its split.</li>
 *   <li><b>Returns.</b> A return inside a branch reopens an earlier step of that branch. A return that
 *       leaves a parallel section withdraws the section's other open steps and forgets the join's
 *       arrivals (the section will be run again if the flow comes back to its split).</li>
 *   <li><b>End.</b> An end step has no transitions; {@link #finish} closes the case there.</li>
 * </ul>
 */
public final class FlowModel {

    private final FlowDefinition definition;
    private final FlowGraph graph;
    private final Map<Integer, Condition> conditions = new HashMap<>();

    private FlowModel(FlowDefinition definition) {
        this.definition = definition;
        this.graph = new FlowGraph(definition);
        for (int t = 0; t < definition.transitions().size(); t++) {
            FlowTransition tr = definition.transitions().get(t);
            if (tr.conditional()) {
                conditions.put(t, Condition.parse(tr.condition()));
            }
        }
    }

    /**
     * The model of a definition without errors (limits and posts are not checked here; publication
     * did). Throws {@link IllegalArgumentException} listing the errors otherwise.
     */
    public static FlowModel of(FlowDefinition definition) {
        FlowValidation v = FlowValidator.validate(definition, FlowValidator.Context.lenient());
        List<FlowProblem> structural = v.errors().stream()
                .filter(p -> !p.code().equals("flow.problem.no-post") && !p.code().equals("flow.problem.no-limit")
                        && !p.code().equals("flow.problem.no-unit") && !p.code().equals("flow.problem.limit-positive"))
                .toList();
        if (!structural.isEmpty()) {
            throw new IllegalArgumentException("flowchart has errors: " + structural);
        }
        return new FlowModel(definition);
    }

    public FlowDefinition definition() {
        return definition;
    }

    public FlowGraph graph() {
        return graph;
    }

    public FlowStep step(String key) {
        return definition.step(key).orElseThrow(() -> new IllegalFlowMoveException("flow.move.unknown-step", key));
    }

    /** The work steps a new case starts at (gateways expanded). */
    public List<String> startSteps() {
        return start().activeIn(definition);
    }

    public FlowPosition start() {
        Mutable m = new Mutable(Set.of(), Map.of());
        m.enter(graph.start());
        return m.freeze(null);
    }

    /** Every variable any condition reads: what a case must know to run this flowchart. */
    public Set<String> variables() {
        Set<String> all = new TreeSet<>();
        conditions.values().forEach(c -> all.addAll(c.variables()));
        return all;
    }

    /** The moves available from {@code step} for these variables, one per outcome, in table order. */
    public List<FlowMove> moves(String step, Map<String, ?> variables) {
        int i = index(step);
        Map<String, FlowMove> byOutcome = new LinkedHashMap<>();
        for (int t : graph.outgoing(i)) {
            String outcome = outcome(t);
            if (!byOutcome.containsKey(outcome)) {
                Integer chosen = choose(i, outcome, variables);
                if (chosen != null) {
                    byOutcome.put(outcome, new FlowMove(outcome, definition.transitions().get(chosen).to(), chosen, graph.isReturn(chosen)));
                }
            }
        }
        return List.copyOf(byOutcome.values());
    }

    /**
     * The position after the open step {@code step} is completed with {@code outcome}.
     *
     * @throws IllegalFlowMoveException when the step is not open or the outcome is not available
     */
    public FlowPosition take(FlowPosition position, String step, String outcome, Map<String, ?> variables) {
        if (position.finished()) {
            throw new IllegalFlowMoveException("flow.move.finished", step);
        }
        if (!position.isActive(step)) {
            throw new IllegalFlowMoveException("flow.move.not-open", step);
        }
        int i = index(step);
        Integer t = choose(i, outcome == null ? "" : outcome.strip(), variables);
        if (t == null) {
            throw new IllegalFlowMoveException("flow.move.outcome-unavailable", step, outcome);
        }
        int target = graph.to(t);
        Mutable m = new Mutable(position.active(), position.arrivals());
        m.active.remove(i);
        if (graph.isReturn(t)) {
            for (int split : graph.sectionsContaining(i)) {
                if (!graph.section(split).contains(target)) {
                    m.withdraw(split);
                }
            }
        }
        m.enter(target);
        return m.freeze(null);
    }

    /** The position after the open end step {@code step} is completed: the case is finished. */
    public FlowPosition finish(FlowPosition position, String step) {
        int i = index(step);
        if (!position.isActive(step)) {
            throw new IllegalFlowMoveException("flow.move.not-open", step);
        }
        if (!graph.step(i).end()) {
            throw new IllegalFlowMoveException("flow.move.not-end", step);
        }
        return new FlowPosition(Set.of(), Map.of(), step);
    }

    /** How many arrivals a join waits for (the number of branches of its split). */
    public int branchCount(String join) {
        int j = index(join);
        int split = graph.splitOf(j).orElseThrow(() -> new IllegalFlowMoveException("flow.move.not-join", join));
        return graph.forwardOutgoing(split).size();
    }

    // ---- internals ------------------------------------------------------------------------------

    private int index(String key) {
        return graph.indexOf(key).orElseThrow(() -> new IllegalFlowMoveException("flow.move.unknown-step", key));
    }

    private String outcome(int t) {
        String o = definition.transitions().get(t).outcome();
        return o == null ? "" : o.strip();
    }

    /** First conditional transition of this outcome that holds, else the unconditional one, else null. */
    private Integer choose(int step, String outcome, Map<String, ?> variables) {
        Integer fallback = null;
        for (int t : graph.outgoing(step)) {
            if (!outcome(t).equals(outcome)) {
                continue;
            }
            Condition c = conditions.get(t);
            if (c == null) {
                if (fallback == null) {
                    fallback = t;
                }
            } else if (c.test(variables)) {
                return t;
            }
        }
        return fallback;
    }

    /** A position being changed: steps by index, join arrivals by index. */
    private final class Mutable {
        final Set<Integer> active = new LinkedHashSet<>();
        final Map<Integer, Integer> arrivals = new HashMap<>();

        Mutable(Set<String> active, Map<String, Integer> arrivals) {
            active.forEach(k -> this.active.add(index(k)));
            arrivals.forEach((k, v) -> this.arrivals.put(index(k), v));
        }

        void enter(int step) {
            FlowStep s = graph.step(step);
            if (s.kind() == StepKind.PARALLEL_SPLIT) {
                for (int t : graph.forwardOutgoing(step)) {
                    enter(graph.to(t));
                }
            } else if (s.kind() == StepKind.PARALLEL_JOIN) {
                int count = arrivals.merge(step, 1, Integer::sum);
                int split = graph.splitOf(step).orElseThrow();
                if (count >= graph.forwardOutgoing(split).size()) {
                    arrivals.remove(step);
                    enter(graph.to(graph.forwardOutgoing(step).get(0)));
                }
            } else {
                active.add(step);
            }
        }

        void withdraw(int split) {
            Set<Integer> section = graph.section(split);
            active.removeIf(section::contains);
            arrivals.keySet().removeIf(j -> section.contains(j) || graph.joinOf(split).orElse(-1) == j);
        }

        FlowPosition freeze(String finishedAt) {
            List<String> keys = new ArrayList<>();
            active.forEach(i -> keys.add(graph.step(i).key()));
            Map<String, Integer> counts = new HashMap<>();
            arrivals.forEach((i, c) -> counts.put(graph.step(i).key(), c));
            return new FlowPosition(new LinkedHashSet<>(keys), counts, finishedAt);
        }
    }
}
