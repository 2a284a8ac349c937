package org.sunlight.flow.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.sunlight.flow.FlowGraph;
import org.sunlight.flow.FlowStep;

/**
 * A deterministic layered drawing of a flowchart, top to bottom (Sugiyama style):
 * <ol>
 *   <li>layers by longest path over the forward graph (returns left out), with a start marker above
 *       and an end marker below the end steps;</li>
 *   <li>edges spanning several layers get a bend point (dummy node) in each layer they cross;</li>
 *   <li>order within layers by repeated barycentre sweeps, keeping the order with fewest crossings
 *       (ties broken by table order, so the same flowchart always gives the same picture);</li>
 *   <li>horizontal positions: each node pulled toward its neighbours' average, the layer's order and
 *       spacing kept exactly by isotonic regression (pool adjacent violators) — parallel branches end up
 *       side by side and a straight chain stays straight;</li>
 *   <li>returns are routed along lanes on the right.</li>
 * </ol>
 * No randomness and no hash order: equal input gives byte-equal output.
 */
public final class FlowLayout {

    public enum Type { START, END, STEP, DUMMY }

    public static final int MARGIN = 24;
    static final int GAP = 32;
    static final int DUMMY_GAP = 12;
    static final int LAYER_GAP = 64;
    static final int MARKER = 34;
    static final int LANE = 16;

    /** A placed node: a step (its index), the start or end marker, or a bend point. */
    public static final class Node {
        public final Type type;
        public final int step;
        public final int w;
        public final int h;
        int layer;
        double key;
        double cx;
        public int x;
        public int y;

        Node(Type type, int step, int w, int h) {
            this.type = type;
            this.step = step;
            this.w = w;
            this.h = h;
        }

        public int cx() {
            return x + w / 2;
        }

        public int bottom() {
            return y + h;
        }

        public int right() {
            return x + w;
        }

        public int layer() {
            return layer;
        }
    }

    /**
     * A drawn edge: its transitions (several when they join the same two steps), a polyline and
     * where its label goes. {@code transitions} is empty for the start and end connectors.
     */
    public record Edge(Node from, Node to, List<Integer> transitions, boolean returning, List<int[]> points, int labelX, int labelY,
            boolean labelLeft) {
    }

    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private final Node[] stepNodes;
    private Node start;
    private Node end;
    private int width;
    private int height;

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    public Node stepNode(int step) {
        return stepNodes[step];
    }

    public Node start() {
        return start;
    }

    public Node end() {
        return end;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    private FlowLayout(int steps) {
        stepNodes = new Node[steps];
    }

    /** Lays out {@code graph}; {@code size} gives each step's box as {width, height}. */
    public static FlowLayout of(FlowGraph graph, Function<FlowStep, int[]> size) {
        FlowLayout layout = new FlowLayout(graph.size());
        layout.build(graph, size);
        return layout;
    }

    // ---- construction ---------------------------------------------------------------------------

    /** A forward connection before bend points are added: from, to, the transitions it draws. */
    private record Link(Node from, Node to, List<Integer> transitions) {
    }

    private void build(FlowGraph graph, Function<FlowStep, int[]> size) {
        int n = graph.size();
        int[] layers = graph.layers();
        for (int i = 0; i < n; i++) {
            int[] wh = size.apply(graph.step(i));
            Node node = new Node(Type.STEP, i, wh[0], wh[1]);
            node.layer = layers[i] + 1;
            node.key = i;
            stepNodes[i] = node;
            nodes.add(node);
        }
        start = new Node(Type.START, -1, MARKER, MARKER);
        start.layer = 0;
        start.key = -1;
        nodes.add(0, start);
        int maxEndLayer = -1;
        for (int i = 0; i < n; i++) {
            if (graph.step(i).end() && !graph.step(i).gateway()) {
                maxEndLayer = Math.max(maxEndLayer, stepNodes[i].layer);
            }
        }
        if (maxEndLayer >= 0) {
            end = new Node(Type.END, -1, MARKER, MARKER);
            end.layer = maxEndLayer + 1;
            end.key = n;
            nodes.add(end);
        }

        // Forward links, parallel transitions between the same two steps drawn as one.
        Map<Long, Link> links = new LinkedHashMap<>();
        List<Integer> returns = new ArrayList<>();
        if (graph.start() >= 0) {
            links.put(-1L, new Link(start, stepNodes[graph.start()], new ArrayList<>()));
        }
        for (int t = 0; t < graph.definition().transitions().size(); t++) {
            int f = graph.from(t);
            int g = graph.to(t);
            if (f < 0 || g < 0 || f == g) {
                continue;
            }
            if (graph.isReturn(t)) {
                returns.add(t);
                continue;
            }
            long key = (long) f * 100_000 + g;
            links.computeIfAbsent(key, k -> new Link(stepNodes[f], stepNodes[g], new ArrayList<>())).transitions.add(t);
        }
        if (end != null) {
            for (int i = 0; i < n; i++) {
                if (graph.step(i).end() && !graph.step(i).gateway()) {
                    links.put(-2L - i, new Link(stepNodes[i], end, new ArrayList<>()));
                }
            }
        }

        // Bend points for long links.
        int maxLayer = nodes.stream().mapToInt(x -> x.layer).max().orElse(0);
        List<List<Node>> chains = new ArrayList<>();
        for (Link link : links.values()) {
            List<Node> chain = new ArrayList<>();
            chain.add(link.from);
            for (int l = link.from.layer + 1; l < link.to.layer; l++) {
                Node d = new Node(Type.DUMMY, -1, 4, 1);
                d.layer = l;
                d.key = link.from.key + 0.5;
                nodes.add(d);
                chain.add(d);
            }
            chain.add(link.to);
            chains.add(chain);
        }

        List<List<Node>> byLayer = new ArrayList<>();
        for (int l = 0; l <= maxLayer; l++) {
            byLayer.add(new ArrayList<>());
        }
        for (Node x : nodes) {
            byLayer.get(x.layer).add(x);
        }
        Map<Node, List<Node>> up = new LinkedHashMap<>();
        Map<Node, List<Node>> down = new LinkedHashMap<>();
        for (Node x : nodes) {
            up.put(x, new ArrayList<>());
            down.put(x, new ArrayList<>());
        }
        for (List<Node> chain : chains) {
            for (int k = 0; k + 1 < chain.size(); k++) {
                down.get(chain.get(k)).add(chain.get(k + 1));
                up.get(chain.get(k + 1)).add(chain.get(k));
            }
        }

        order(byLayer, up, down);
        placeX(byLayer, up, down);
        placeY(byLayer);

        int right = nodes.stream().mapToInt(Node::right).max().orElse(MARGIN);
        List<Link> linkList = new ArrayList<>(links.values());
        for (int c = 0; c < chains.size(); c++) {
            edges.add(forwardEdge(chains.get(c), linkList.get(c).transitions, down));
        }
        int lane = 0;
        for (int t : returns) {
            edges.add(returnEdge(stepNodes[graph.from(t)], stepNodes[graph.to(t)], t, right + 20 + lane * LANE, lane));
            lane++;
        }
        width = right + MARGIN + (returns.isEmpty() ? 0 : 20 + returns.size() * LANE + 60);
        height = nodes.stream().mapToInt(Node::bottom).max().orElse(MARGIN) + MARGIN;
    }

    private static void order(List<List<Node>> byLayer, Map<Node, List<Node>> up, Map<Node, List<Node>> down) {
        for (List<Node> layer : byLayer) {
            layer.sort(Comparator.comparingDouble(x -> x.key));
        }
        List<List<Node>> best = copy(byLayer);
        int bestCrossings = crossings(byLayer, down);
        for (int round = 0; round < 8 && bestCrossings > 0; round++) {
            boolean downward = round % 2 == 0;
            if (downward) {
                for (int l = 1; l < byLayer.size(); l++) {
                    sortByBarycentre(byLayer.get(l), byLayer.get(l - 1), up);
                }
            } else {
                for (int l = byLayer.size() - 2; l >= 0; l--) {
                    sortByBarycentre(byLayer.get(l), byLayer.get(l + 1), down);
                }
            }
            int c = crossings(byLayer, down);
            if (c < bestCrossings) {
                bestCrossings = c;
                best = copy(byLayer);
            }
        }
        for (int l = 0; l < byLayer.size(); l++) {
            byLayer.set(l, best.get(l));
        }
    }

    private static void sortByBarycentre(List<Node> layer, List<Node> fixed, Map<Node, List<Node>> neighbours) {
        Map<Node, Integer> pos = new LinkedHashMap<>();
        for (int i = 0; i < fixed.size(); i++) {
            pos.put(fixed.get(i), i);
        }
        Map<Node, Double> key = new LinkedHashMap<>();
        for (int i = 0; i < layer.size(); i++) {
            Node x = layer.get(i);
            List<Node> ns = neighbours.get(x).stream().filter(pos::containsKey).toList();
            key.put(x, ns.isEmpty() ? i : ns.stream().mapToInt(pos::get).average().orElse(i));
        }
        List<Node> current = new ArrayList<>(layer);
        layer.sort(Comparator.comparingDouble((Node x) -> key.get(x)).thenComparingInt(current::indexOf));
    }

    private static int crossings(List<List<Node>> byLayer, Map<Node, List<Node>> down) {
        int total = 0;
        for (int l = 0; l + 1 < byLayer.size(); l++) {
            List<Node> upper = byLayer.get(l);
            List<Node> lower = byLayer.get(l + 1);
            List<int[]> segs = new ArrayList<>();
            for (int i = 0; i < upper.size(); i++) {
                for (Node d : down.get(upper.get(i))) {
                    int j = lower.indexOf(d);
                    if (j >= 0) {
                        segs.add(new int[] {i, j});
                    }
                }
            }
            for (int a = 0; a < segs.size(); a++) {
                for (int b = a + 1; b < segs.size(); b++) {
                    int[] s = segs.get(a);
                    int[] t = segs.get(b);
                    if ((s[0] - t[0]) * (s[1] - t[1]) < 0) {
                        total++;
                    }
                }
            }
        }
        return total;
    }

    private static List<List<Node>> copy(List<List<Node>> layers) {
        List<List<Node>> c = new ArrayList<>();
        layers.forEach(l -> c.add(new ArrayList<>(l)));
        return c;
    }

    private static double separation(Node a, Node b) {
        boolean thin = a.type == Type.DUMMY || b.type == Type.DUMMY;
        return (a.w + b.w) / 2.0 + (thin ? DUMMY_GAP : GAP);
    }

    private static void placeX(List<List<Node>> byLayer, Map<Node, List<Node>> up, Map<Node, List<Node>> down) {
        for (List<Node> layer : byLayer) {
            double x = 0;
            for (int i = 0; i < layer.size(); i++) {
                x += i == 0 ? 0 : separation(layer.get(i - 1), layer.get(i));
                layer.get(i).cx = x;
            }
        }
        for (int round = 0; round < 12; round++) {
            boolean downward = round % 2 == 0;
            if (downward) {
                for (int l = 1; l < byLayer.size(); l++) {
                    pull(byLayer.get(l), up, down);
                }
            } else {
                for (int l = byLayer.size() - 2; l >= 0; l--) {
                    pull(byLayer.get(l), down, up);
                }
            }
        }
        double min = byLayer.stream().flatMap(List::stream).mapToDouble(x -> x.cx - x.w / 2.0).min().orElse(0);
        for (List<Node> layer : byLayer) {
            for (Node x : layer) {
                x.x = (int) Math.round(x.cx - x.w / 2.0 - min) + MARGIN;
            }
        }
    }

    /**
     * Moves a layer's nodes as close as possible (least squares) to the average x of their neighbours
     * in the adjacent layer, keeping their order and spacing: with y_i = x_i − offset_i the spacing
     * constraints become y non-decreasing, solved exactly by pooling adjacent violators.
     */
    private static void pull(List<Node> layer, Map<Node, List<Node>> primary, Map<Node, List<Node>> secondary) {
        int k = layer.size();
        if (k == 0) {
            return;
        }
        double[] offset = new double[k];
        double[] target = new double[k];
        double[] weight = new double[k];
        for (int i = 0; i < k; i++) {
            Node x = layer.get(i);
            offset[i] = i == 0 ? 0 : offset[i - 1] + separation(layer.get(i - 1), x);
            List<Node> ns = primary.get(x).isEmpty() ? secondary.get(x) : primary.get(x);
            double desired = ns.isEmpty() ? x.cx : ns.stream().mapToDouble(m -> m.cx).average().orElse(x.cx);
            target[i] = desired - offset[i];
            // Bend points follow their line more strictly than boxes do, which keeps long edges straight.
            weight[i] = x.type == Type.DUMMY ? 2 : 1;
        }
        double[] y = isotonic(target, weight);
        for (int i = 0; i < k; i++) {
            layer.get(i).cx = y[i] + offset[i];
        }
    }

    /** Weighted least-squares non-decreasing fit (pool adjacent violators). */
    static double[] isotonic(double[] value, double[] weight) {
        int k = value.length;
        double[] mean = new double[k];
        double[] w = new double[k];
        int[] count = new int[k];
        int blocks = 0;
        for (int i = 0; i < k; i++) {
            mean[blocks] = value[i];
            w[blocks] = weight[i];
            count[blocks] = 1;
            blocks++;
            while (blocks > 1 && mean[blocks - 2] > mean[blocks - 1]) {
                double ww = w[blocks - 2] + w[blocks - 1];
                mean[blocks - 2] = (mean[blocks - 2] * w[blocks - 2] + mean[blocks - 1] * w[blocks - 1]) / ww;
                w[blocks - 2] = ww;
                count[blocks - 2] += count[blocks - 1];
                blocks--;
            }
        }
        double[] out = new double[k];
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            Arrays.fill(out, i, i + count[b], mean[b]);
            i += count[b];
        }
        return out;
    }

    private void placeY(List<List<Node>> byLayer) {
        int top = MARGIN;
        for (List<Node> layer : byLayer) {
            int h = layer.stream().filter(x -> x.type != Type.DUMMY).mapToInt(x -> x.h).max().orElse(0);
            for (Node x : layer) {
                x.y = x.type == Type.DUMMY ? top : top + (h - x.h) / 2;
            }
            // A bend point spans its whole layer, so the line passes the layer without touching a box.
            for (Node x : layer) {
                if (x.type == Type.DUMMY) {
                    x.y = top;
                }
            }
            layerHeights.add(h);
            top += h + LAYER_GAP;
        }
    }

    private final List<Integer> layerHeights = new ArrayList<>();

    private int layerTop(int layer) {
        int top = MARGIN;
        for (int l = 0; l < layer; l++) {
            top += layerHeights.get(l) + LAYER_GAP;
        }
        return top;
    }

    private Edge forwardEdge(List<Node> chain, List<Integer> transitions, Map<Node, List<Node>> down) {
        List<int[]> points = new ArrayList<>();
        Node first = chain.get(0);
        points.add(new int[] {first.cx(), first.bottom()});
        for (int k = 1; k < chain.size(); k++) {
            Node prev = chain.get(k - 1);
            Node next = chain.get(k);
            int[] last = points.get(points.size() - 1);
            int topY = next.type == Type.DUMMY ? layerTop(next.layer) : next.y;
            int midY = last[1] + (topY - last[1]) / 2;
            if (k == 1 && prev.type == Type.STEP) {
                midY = Math.max(midY, last[1] + 34); // room for the label under the source
                midY = Math.min(midY, topY - 6);
            }
            if (last[0] != next.cx()) {
                points.add(new int[] {last[0], midY});
                points.add(new int[] {next.cx(), midY});
            }
            points.add(new int[] {next.cx(), topY});
            if (next.type == Type.DUMMY) {
                points.add(new int[] {next.cx(), layerTop(next.layer) + layerHeights.get(next.layer)});
            }
        }
        // Label: under the source when it has one way out, else where this edge turns toward its target.
        boolean single = down.get(first).size() == 1;
        int lx;
        int ly;
        if (single || points.size() < 3) {
            lx = first.cx() + 6;
            ly = first.bottom() + 15;
        } else {
            int[] turn = points.get(2);
            lx = turn[0] + 6;
            ly = turn[1] + 15;
        }
        return new Edge(first, chain.get(chain.size() - 1), List.copyOf(transitions), false, points, lx, ly, false);
    }

    /**
     * A return runs along its own lane right of the drawing. It leaves from the source's right side when
     * no box stands to its right in that layer (else from its lower right corner, through the gap below),
     * and enters the target the same way.
     */
    private Edge returnEdge(Node from, Node to, int transition, int laneX, int lane) {
        int drop = 10 + 5 * (lane % 4);
        List<int[]> points = new ArrayList<>();
        if (rightmost(from)) {
            int y = from.y + from.h / 2 + 6;
            points.add(new int[] {from.right(), y});
            points.add(new int[] {laneX, y});
        } else {
            int sx = from.right() - 12;
            points.add(new int[] {sx, from.bottom()});
            points.add(new int[] {sx, from.bottom() + drop});
            points.add(new int[] {laneX, from.bottom() + drop});
        }
        if (rightmost(to)) {
            int y = to.y + to.h / 2 - 6;
            points.add(new int[] {laneX, y});
            points.add(new int[] {to.right(), y});
        } else {
            int tx = to.right() - 12;
            points.add(new int[] {laneX, to.y - drop});
            points.add(new int[] {tx, to.y - drop});
            points.add(new int[] {tx, to.y});
        }
        return new Edge(from, to, List.of(transition), true, points, laneX + 4, (from.y + from.h / 2 + to.y + to.h / 2) / 2, false);
    }

    private boolean rightmost(Node n) {
        return nodes.stream().noneMatch(o -> o != n && o.type != Type.DUMMY && o.layer == n.layer && o.x > n.x);
    }
}
