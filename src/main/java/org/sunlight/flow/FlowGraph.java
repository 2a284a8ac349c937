package org.sunlight.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * The structure of a flowchart as a graph: which transitions are returns, what is reachable, the
 * forward order, and the parallel sections (each split with its matching join and branches).
 * <p>
 * <b>Returns.</b> A depth-first walk from the start step, following transitions in table order, marks
 * every transition that leads back to a step on the current walk as a return (退回). What remains is
 * acyclic: the forward graph, on which limits add up, layers are drawn and splits find their joins.
 * <p>
 * <b>Parallel sections.</b> A split's branches are followed forward; a nested split opens a level and
 * a join closes one, so the first join met at the split's own level closes the section. Every branch
 * must reach the same join, branches may not merge before it, no transition may jump into a branch
 * from outside, and a return may leave a section (the other branches are withdrawn) but not enter one
 * or cross from one branch to another. Violations are reported as {@link FlowProblem}s.
 * <p>
 * Transitions naming unknown steps are left out of the graph (the validator reports them).
 */
public final class FlowGraph {

    private final FlowDefinition definition;
    private final List<FlowStep> steps;
    private final Map<String, Integer> index = new HashMap<>();
    private final int[] from;
    private final int[] to;
    private final List<List<Integer>> out = new ArrayList<>();
    private final List<List<Integer>> in = new ArrayList<>();
    private final boolean[] back;
    private final boolean[] reachable;
    private final int start;
    private final List<Integer> order;
    private final Map<Integer, Integer> joinOfSplit = new LinkedHashMap<>();
    private final Map<Integer, Integer> splitOfJoin = new LinkedHashMap<>();
    /** split → (step in its section → branch number) */
    private final Map<Integer, Map<Integer, Integer>> branches = new LinkedHashMap<>();
    private final List<FlowProblem> problems = new ArrayList<>();

    public FlowGraph(FlowDefinition definition) {
        this.definition = definition;
        this.steps = definition.steps();
        int n = steps.size();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
            String key = steps.get(i).key();
            if (key != null) {
                index.putIfAbsent(key, i);
            }
        }
        List<FlowTransition> ts = definition.transitions();
        from = new int[ts.size()];
        to = new int[ts.size()];
        for (int t = 0; t < ts.size(); t++) {
            from[t] = index.getOrDefault(ts.get(t).from(), -1);
            to[t] = index.getOrDefault(ts.get(t).to(), -1);
            if (from[t] >= 0 && to[t] >= 0) {
                out.get(from[t]).add(t);
                in.get(to[t]).add(t);
            }
        }
        start = definition.start() == null ? -1 : index.getOrDefault(definition.start(), -1);
        back = new boolean[ts.size()];
        classifyReturns();
        reachable = new boolean[n];
        if (start >= 0) {
            markReachable();
        }
        order = topologicalOrder();
        analyseParallelSections();
    }

    // ---- queries --------------------------------------------------------------------------------

    public FlowDefinition definition() {
        return definition;
    }

    public int size() {
        return steps.size();
    }

    public FlowStep step(int i) {
        return steps.get(i);
    }

    public OptionalInt indexOf(String key) {
        Integer i = key == null ? null : index.get(key);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** Index of the start step, or -1 when it is missing or unknown. */
    public int start() {
        return start;
    }

    /** Source step of transition {@code t}, or -1 when it names an unknown step. */
    public int from(int t) {
        return from[t];
    }

    public int to(int t) {
        return to[t];
    }

    /** Whether transition {@code t} goes back to an earlier step (a return, 退回). */
    public boolean isReturn(int t) {
        return back[t];
    }

    /** Transitions leaving step {@code i} (returns included), in table order. */
    public List<Integer> outgoing(int i) {
        return out.get(i);
    }

    public List<Integer> incoming(int i) {
        return in.get(i);
    }

    public List<Integer> forwardOutgoing(int i) {
        return out.get(i).stream().filter(t -> !back[t]).toList();
    }

    public List<Integer> forwardIncoming(int i) {
        return in.get(i).stream().filter(t -> !back[t]).toList();
    }

    public boolean reachable(int i) {
        return reachable[i];
    }

    /** All steps in forward order (a topological order of the forward graph; table order breaks ties). */
    public List<Integer> forwardOrder() {
        return order;
    }

    /** The join closing the section a split opens, when the split is well formed. */
    public OptionalInt joinOf(int split) {
        Integer j = joinOfSplit.get(split);
        return j == null ? OptionalInt.empty() : OptionalInt.of(j);
    }

    public OptionalInt splitOf(int join) {
        Integer s = splitOfJoin.get(join);
        return s == null ? OptionalInt.empty() : OptionalInt.of(s);
    }

    /** Steps strictly inside the section a split opens (not the split, not its join). */
    public Set<Integer> section(int split) {
        Map<Integer, Integer> b = branches.get(split);
        return b == null ? Set.of() : b.keySet();
    }

    /** The branch (0-based, by the split's transition order) a step of a section lies on. */
    public Optional<Integer> branchOf(int split, int step) {
        Map<Integer, Integer> b = branches.get(split);
        return b == null ? Optional.empty() : Optional.ofNullable(b.get(step));
    }

    /** Splits whose section contains step {@code i}, outermost first. */
    public List<Integer> sectionsContaining(int i) {
        List<Integer> result = new ArrayList<>();
        for (Integer s : order) {
            if (branches.containsKey(s) && branches.get(s).containsKey(i)) {
                result.add(s);
            }
        }
        return result;
    }

    /** Problems of the parallel structure (the validator adds them to its own). */
    List<FlowProblem> structureProblems() {
        return problems;
    }

    /**
     * The heaviest forward path from the start step to an end step, as step indexes; empty when no end
     * is reachable. Weights are per step (e.g. its limit in a common unit); parallel branches run at
     * the same time, and the heaviest path through a section is its longest branch, as it should be.
     */
    public List<Integer> heaviestPathToEnd(ToIntFunction<FlowStep> weight) {
        if (start < 0) {
            return List.of();
        }
        long[] best = new long[size()];
        int[] prev = new int[size()];
        java.util.Arrays.fill(best, Long.MIN_VALUE);
        java.util.Arrays.fill(prev, -1);
        best[start] = weight.applyAsInt(steps.get(start));
        for (int u : order) {
            if (best[u] == Long.MIN_VALUE) {
                continue;
            }
            for (int t : forwardOutgoing(u)) {
                int v = to[t];
                long w = best[u] + weight.applyAsInt(steps.get(v));
                if (w > best[v]) {
                    best[v] = w;
                    prev[v] = u;
                }
            }
        }
        int endAt = -1;
        for (int i : order) {
            if (steps.get(i).end() && best[i] != Long.MIN_VALUE && (endAt < 0 || best[i] > best[endAt])) {
                endAt = i;
            }
        }
        if (endAt < 0) {
            return List.of();
        }
        Deque<Integer> path = new ArrayDeque<>();
        for (int v = endAt; v >= 0; v = prev[v]) {
            path.addFirst(v);
        }
        return List.copyOf(path);
    }

    /** Longest-path layering of the forward graph: a step's layer is one below its deepest predecessor. */
    public int[] layers() {
        int[] layer = new int[size()];
        for (int u : order) {
            for (int t : forwardOutgoing(u)) {
                layer[to[t]] = Math.max(layer[to[t]], layer[u] + 1);
            }
        }
        return layer;
    }

    /** Steps from which an end step can be reached (over all transitions, returns included). */
    public boolean[] canReachEnd() {
        boolean[] ok = new boolean[size()];
        Deque<Integer> todo = new ArrayDeque<>();
        for (int i = 0; i < size(); i++) {
            if (steps.get(i).end() && !steps.get(i).gateway()) {
                ok[i] = true;
                todo.add(i);
            }
        }
        while (!todo.isEmpty()) {
            int v = todo.poll();
            for (int t : in.get(v)) {
                if (!ok[from[t]]) {
                    ok[from[t]] = true;
                    todo.add(from[t]);
                }
            }
        }
        return ok;
    }

    String stepName(int i) {
        FlowStep s = steps.get(i);
        return s.name() == null || s.name().isBlank() ? String.valueOf(s.key()) : s.name().strip();
    }

    /** "审查 → 决定「通过」" */
    public String transitionLabel(int t) {
        FlowTransition tr = definition.transitions().get(t);
        String f = from[t] >= 0 ? stepName(from[t]) : String.valueOf(tr.from());
        String g = to[t] >= 0 ? stepName(to[t]) : String.valueOf(tr.to());
        return tr.label(f, g);
    }

    // ---- construction ---------------------------------------------------------------------------

    private void classifyReturns() {
        int n = size();
        int[] state = new int[n]; // 0 new, 1 on the walk, 2 done
        List<Integer> roots = new ArrayList<>();
        if (start >= 0) {
            roots.add(start);
        }
        for (int i = 0; i < n; i++) {
            roots.add(i);
        }
        for (int root : roots) {
            if (state[root] != 0) {
                continue;
            }
            Deque<int[]> stack = new ArrayDeque<>();
            stack.push(new int[] {root, 0});
            state[root] = 1;
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                List<Integer> ts = out.get(top[0]);
                if (top[1] < ts.size()) {
                    int t = ts.get(top[1]++);
                    int v = to[t];
                    if (state[v] == 1) {
                        back[t] = true;
                    } else if (state[v] == 0) {
                        state[v] = 1;
                        stack.push(new int[] {v, 0});
                    }
                } else {
                    state[top[0]] = 2;
                    stack.pop();
                }
            }
        }
    }

    private void markReachable() {
        Deque<Integer> todo = new ArrayDeque<>();
        reachable[start] = true;
        todo.add(start);
        while (!todo.isEmpty()) {
            int u = todo.poll();
            for (int t : out.get(u)) {
                if (!reachable[to[t]]) {
                    reachable[to[t]] = true;
                    todo.add(to[t]);
                }
            }
        }
    }

    private List<Integer> topologicalOrder() {
        int n = size();
        int[] indegree = new int[n];
        for (int t = 0; t < from.length; t++) {
            if (from[t] >= 0 && to[t] >= 0 && !back[t]) {
                indegree[to[t]]++;
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                ready.add(i);
            }
        }
        List<Integer> result = new ArrayList<>(n);
        while (!ready.isEmpty()) {
            int u = ready.poll();
            result.add(u);
            for (int t : forwardOutgoing(u)) {
                if (--indegree[to[t]] == 0) {
                    ready.add(to[t]);
                }
            }
        }
        return List.copyOf(result);
    }

    private boolean kind(int i, StepKind k) {
        return steps.get(i).kind() == k;
    }

    /** What one branch of a split meets: the joins at the split's level, whether it escapes, its steps. */
    private record BranchWalk(Set<Integer> joins, boolean escapes, Set<Integer> steps) {
    }

    private BranchWalk walkBranch(int head) {
        Set<Integer> joins = new TreeSet<>();
        Set<Integer> visited = new LinkedHashSet<>();
        Set<Long> seen = new HashSet<>();
        boolean escapes = false;
        Deque<int[]> todo = new ArrayDeque<>();
        todo.push(new int[] {head, 0});
        while (!todo.isEmpty()) {
            int[] s = todo.pop();
            int node = s[0];
            int depth = s[1];
            if (!seen.add(((long) node << 32) | depth)) {
                continue;
            }
            int next = depth;
            if (kind(node, StepKind.PARALLEL_JOIN)) {
                if (depth == 0) {
                    joins.add(node);
                    continue;
                }
                next = depth - 1;
            } else if (kind(node, StepKind.PARALLEL_SPLIT)) {
                next = depth + 1;
            }
            visited.add(node);
            List<Integer> fwd = forwardOutgoing(node);
            if (fwd.isEmpty()) {
                escapes = true;
            }
            for (int t : fwd) {
                todo.push(new int[] {to[t], next});
            }
        }
        return new BranchWalk(joins, escapes, visited);
    }

    private void analyseParallelSections() {
        Map<Integer, List<Integer>> splitsOfJoin = new LinkedHashMap<>();
        for (int s : order) {
            if (!kind(s, StepKind.PARALLEL_SPLIT)) {
                continue;
            }
            FlowStep split = steps.get(s);
            List<Integer> heads = forwardOutgoing(s);
            for (int t : out.get(s)) {
                if (definition.transitions().get(t).conditional()) {
                    problems.add(FlowProblem.transition(t, transitionLabel(t), "condition", "flow.problem.split-condition"));
                }
            }
            if (heads.size() < 2) {
                problems.add(FlowProblem.step(s, split, "kind", "flow.problem.split-branches"));
                continue;
            }
            Set<Integer> joins = new TreeSet<>();
            Map<Integer, Integer> branchOfStep = new LinkedHashMap<>();
            boolean ok = true;
            for (int b = 0; b < heads.size(); b++) {
                int head = to[heads.get(b)];
                BranchWalk walk = walkBranch(head);
                if (walk.escapes) {
                    problems.add(FlowProblem.step(s, split, "", "flow.problem.split-without-join", stepName(head)));
                    ok = false;
                }
                joins.addAll(walk.joins);
                for (int step : walk.steps) {
                    Integer other = branchOfStep.putIfAbsent(step, b);
                    if (other != null && other != b) {
                        problems.add(FlowProblem.step(step, steps.get(step), "", "flow.problem.branches-merge", stepName(s)));
                        ok = false;
                    }
                }
            }
            if (joins.size() > 1) {
                problems.add(FlowProblem.step(s, split, "", "flow.problem.split-different-joins",
                        String.join("、", joins.stream().map(this::stepName).toList())));
                ok = false;
            }
            if (joins.size() == 1) {
                // The join is this split's even when the section is broken, so it is not reported as unmatched too.
                int j = joins.iterator().next();
                splitsOfJoin.computeIfAbsent(j, k -> new ArrayList<>()).add(s);
                if (ok) {
                    joinOfSplit.put(s, j);
                    branches.put(s, branchOfStep);
                }
            }
        }
        for (int j : order) {
            if (!kind(j, StepKind.PARALLEL_JOIN)) {
                continue;
            }
            FlowStep join = steps.get(j);
            List<Integer> splits = splitsOfJoin.getOrDefault(j, List.of());
            if (forwardOutgoing(j).size() != 1) {
                problems.add(FlowProblem.step(j, join, "", "flow.problem.join-outgoing"));
            }
            if (splits.isEmpty()) {
                problems.add(FlowProblem.step(j, join, "kind", "flow.problem.join-without-split"));
            } else if (splits.size() > 1) {
                problems.add(FlowProblem.step(j, join, "kind", "flow.problem.join-shared",
                        String.join("、", splits.stream().map(this::stepName).toList())));
            } else if (joinOfSplit.containsKey(splits.get(0))) {
                splitOfJoin.put(j, splits.get(0));
            }
        }
        // Nothing may enter a section except through its split; returns may leave, not enter or cross.
        for (Map.Entry<Integer, Integer> e : new ArrayList<>(joinOfSplit.entrySet())) {
            int s = e.getKey();
            int j = e.getValue();
            if (!splitOfJoin.containsKey(j)) {
                continue;
            }
            Map<Integer, Integer> section = branches.get(s);
            Set<Integer> inside = new HashSet<>(section.keySet());
            inside.add(s);
            for (int step : section.keySet()) {
                for (int t : forwardIncoming(step)) {
                    if (!inside.contains(from[t])) {
                        problems.add(FlowProblem.transition(t, transitionLabel(t), "to", "flow.problem.branch-entered-from-outside",
                                stepName(s)));
                    }
                }
            }
            for (int t : forwardIncoming(j)) {
                if (!inside.contains(from[t])) {
                    problems.add(FlowProblem.transition(t, transitionLabel(t), "to", "flow.problem.join-entered-from-outside",
                            stepName(s)));
                }
            }
            for (int t = 0; t < back.length; t++) {
                if (!back[t]) {
                    continue;
                }
                Integer bu = section.get(from[t]);
                Integer bv = section.get(to[t]);
                if (bu == null && bv != null) {
                    problems.add(FlowProblem.transition(t, transitionLabel(t), "to", "flow.problem.return-into-branch", stepName(s)));
                } else if (bu != null && bv != null && !bu.equals(bv)) {
                    problems.add(FlowProblem.transition(t, transitionLabel(t), "to", "flow.problem.return-across-branches", stepName(s)));
                }
            }
        }
        for (int t = 0; t < back.length; t++) {
            if (back[t] && from[t] >= 0 && steps.get(from[t]).gateway()) {
                problems.add(FlowProblem.transition(t, transitionLabel(t), "from", "flow.problem.gateway-return"));
            }
        }
        // A section whose structure is broken is not one: forget it so that nothing relies on it.
        joinOfSplit.keySet().removeIf(s -> !splitOfJoin.containsKey(joinOfSplit.get(s)));
        branches.keySet().removeIf(s -> !joinOfSplit.containsKey(s));
    }
}
