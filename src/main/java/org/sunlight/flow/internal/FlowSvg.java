package org.sunlight.flow.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sunlight.flow.FlowDefinition;
import org.sunlight.flow.FlowGraph;
import org.sunlight.flow.FlowStep;
import org.sunlight.flow.FlowTransition;
import org.sunlight.flow.StepKind;

/**
 * Draws a flowchart as a standalone SVG document: boxes coloured by step kind with the name, the
 * responsible post or role and the limit; diamonds for parallel gateways; labelled arrows; returns as
 * dashed red lanes. Text is Chinese-first with a CJK font stack. Output is deterministic.
 */
public final class FlowSvg {

    public static final String FONTS = "'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei','Microsoft YaHei',"
            + "'PingFang SC','Hiragino Sans GB','SimHei',sans-serif";
    static final int NAME_SIZE = 14;
    static final int SMALL = 12;
    static final int MIN_W = 136;
    static final int MAX_W = 224;
    static final int GATEWAY = 46;
    static final int HEADER = 52;
    static final int FOOTER = 34;

    /** Stroke and fill per kind. */
    private static final Map<StepKind, String[]> COLOURS = new EnumMap<>(StepKind.class);

    static {
        COLOURS.put(StepKind.ACCEPT, new String[] {"#1565c0", "#e3f2fd"});
        COLOURS.put(StepKind.FILE, new String[] {"#1565c0", "#e3f2fd"});
        COLOURS.put(StepKind.REVIEW, new String[] {"#2e7d32", "#e8f5e9"});
        COLOURS.put(StepKind.DISCUSS, new String[] {"#6a1b9a", "#f3e5f5"});
        COLOURS.put(StepKind.DECIDE, new String[] {"#b3261e", "#fdecea"});
        COLOURS.put(StepKind.NOTIFY, new String[] {"#e65100", "#fff3e0"});
        COLOURS.put(StepKind.HEARING, new String[] {"#ad1457", "#fce4ec"});
        COLOURS.put(StepKind.LEGAL_REVIEW, new String[] {"#4527a0", "#ede7f6"});
        COLOURS.put(StepKind.DELIVER, new String[] {"#00838f", "#e0f7fa"});
        COLOURS.put(StepKind.EXECUTE, new String[] {"#6d4c41", "#efebe9"});
        COLOURS.put(StepKind.CLOSE, new String[] {"#37474f", "#eceff1"});
        COLOURS.put(StepKind.CUSTOM, new String[] {"#455a64", "#fafafa"});
        COLOURS.put(StepKind.PARALLEL_SPLIT, new String[] {"#f9a825", "#fffde7"});
        COLOURS.put(StepKind.PARALLEL_JOIN, new String[] {"#f9a825", "#fffde7"});
    }

    /** What to draw besides the chart itself. */
    public record Options(String heading, String subheading, Set<String> highlight, boolean legend, String idPrefix) {

        public static Options plain() {
            return new Options(null, null, Set.of(), true, "sf");
        }
    }

    private final FlowLabels labels;

    public FlowSvg(FlowLabels labels) {
        this.labels = labels;
    }

    public String render(FlowDefinition definition, Options options) {
        FlowGraph graph = new FlowGraph(definition);
        FlowLayout layout = FlowLayout.of(graph, this::size);
        int top = options.heading() == null ? 0 : HEADER;
        int bottom = options.legend() ? FOOTER : 0;
        int width = Math.max(layout.width(), options.heading() == null ? 0 : textWidth(options.heading(), 16) + 2 * FlowLayout.MARGIN);
        if (options.legend()) {
            width = Math.max(width, textWidth(labels.message("flow.svg.legend"), SMALL) + 2 * FlowLayout.MARGIN);
        }
        int height = layout.height() + top + bottom;
        String p = options.idPrefix();
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"")
                .append(p).append("-title\" font-family=\"").append(esc(FONTS)).append("\" class=\"").append(p).append("-flow\">\n");
        String title = options.heading() == null ? labels.message("flow.svg.title") : options.heading();
        svg.append("<title id=\"").append(p).append("-title\">").append(esc(title)).append("</title>\n");
        svg.append("<desc>").append(esc(describe(definition))).append("</desc>\n");
        defs(svg, p);
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        if (options.heading() != null) {
            svg.append("<text x=\"").append(FlowLayout.MARGIN).append("\" y=\"26\" font-size=\"16\" font-weight=\"bold\" fill=\"#7a1712\">")
                    .append(esc(options.heading())).append("</text>\n");
            if (options.subheading() != null) {
                svg.append("<text x=\"").append(FlowLayout.MARGIN).append("\" y=\"44\" font-size=\"12\" fill=\"#546e7a\">")
                        .append(esc(options.subheading())).append("</text>\n");
            }
        }
        svg.append("<g transform=\"translate(0,").append(top).append(")\">\n");
        svg.append("<g class=\"").append(p).append("-edges\">\n");
        for (FlowLayout.Edge e : layout.edges()) {
            edge(svg, e, definition, p);
        }
        svg.append("</g>\n<g class=\"").append(p).append("-nodes\">\n");
        for (FlowLayout.Node n : layout.nodes()) {
            switch (n.type) {
                case START -> marker(svg, n, labels.message("flow.svg.start"), "#2e7d32", false);
                case END -> marker(svg, n, labels.message("flow.svg.end"), "#37474f", true);
                case STEP -> step(svg, n, definition.steps().get(n.step), options.highlight(), p);
                case DUMMY -> {
                }
            }
        }
        svg.append("</g>\n</g>\n");
        if (options.legend()) {
            svg.append("<text x=\"").append(FlowLayout.MARGIN).append("\" y=\"").append(height - 12)
                    .append("\" font-size=\"12\" fill=\"#607d8b\">").append(esc(labels.message("flow.svg.legend"))).append("</text>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** A small SVG saying there is nothing to show (for 404 answers an &lt;object&gt; still displays). */
    public String message(String text) {
        int w = Math.max(320, textWidth(text, 14) + 48);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + w + "\" height=\"80\" viewBox=\"0 0 " + w
                + " 80\" role=\"img\" aria-label=\"" + esc(text) + "\" font-family=\"" + esc(FONTS) + "\">\n"
                + "<rect x=\"1\" y=\"1\" width=\"" + (w - 2) + "\" height=\"78\" rx=\"8\" fill=\"#fafafa\" stroke=\"#b0bec5\" stroke-dasharray=\"6 4\"/>\n"
                + "<text x=\"" + (w / 2) + "\" y=\"45\" font-size=\"14\" fill=\"#546e7a\" text-anchor=\"middle\">" + esc(text) + "</text>\n"
                + "</svg>\n";
    }

    // ---- sizes ----------------------------------------------------------------------------------

    int[] size(FlowStep s) {
        if (s.gateway()) {
            return new int[] {GATEWAY, GATEWAY};
        }
        List<String> name = wrap(s.name() == null || s.name().isBlank() ? s.key() : s.name().strip(), NAME_SIZE, MAX_W - 24, 2);
        int w = MIN_W;
        for (String line : name) {
            w = Math.max(w, textWidth(line, NAME_SIZE) + 24);
        }
        w = Math.max(w, textWidth(who(s), SMALL) + 24);
        w = Math.max(w, textWidth(limitLine(s), SMALL) + 24);
        return new int[] {Math.min(MAX_W, w), 26 + name.size() * 18 + 34};
    }

    // ---- pieces ---------------------------------------------------------------------------------

    private void defs(StringBuilder svg, String p) {
        svg.append("<defs>\n")
                .append("<marker id=\"").append(p).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#546e7a\"/></marker>\n")
                .append("<marker id=\"").append(p).append("-arrow-return\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#c62828\"/></marker>\n")
                .append("</defs>\n");
    }

    private void marker(StringBuilder svg, FlowLayout.Node n, String text, String colour, boolean end) {
        int r = n.w / 2;
        svg.append("<g class=\"marker\"><circle cx=\"").append(n.cx()).append("\" cy=\"").append(n.y + r).append("\" r=\"").append(r)
                .append("\" fill=\"#ffffff\" stroke=\"").append(colour).append("\" stroke-width=\"").append(end ? 4 : 2).append("\"/>");
        svg.append("<text x=\"").append(n.cx()).append("\" y=\"").append(n.y + r + 4).append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"")
                .append(colour).append("\">").append(esc(text)).append("</text></g>\n");
    }

    private void step(StringBuilder svg, FlowLayout.Node n, FlowStep s, Set<String> highlight, String p) {
        String[] colour = COLOURS.getOrDefault(s.kind(), COLOURS.get(StepKind.CUSTOM));
        boolean problem = s.key() != null && highlight.contains(s.key());
        svg.append("<g class=\"").append(p).append("-step").append(problem ? " " + p + "-problem" : "").append("\" data-step=\"")
                .append(esc(String.valueOf(s.key()))).append("\" data-kind=\"").append(s.kind() == null ? "" : s.kind().name()).append("\">");
        svg.append("<title>").append(esc(tooltip(s))).append("</title>");
        if (problem) {
            svg.append("<rect x=\"").append(n.x - 5).append("\" y=\"").append(n.y - 5).append("\" width=\"").append(n.w + 10)
                    .append("\" height=\"").append(n.h + 10).append("\" rx=\"10\" fill=\"none\" stroke=\"#d32f2f\" stroke-width=\"3\" stroke-dasharray=\"6 3\"/>");
        }
        if (s.gateway()) {
            int cx = n.cx();
            int cy = n.y + n.h / 2;
            int r = n.w / 2;
            svg.append("<path d=\"M").append(cx).append(',').append(cy - r).append(" L").append(cx + r).append(',').append(cy)
                    .append(" L").append(cx).append(',').append(cy + r).append(" L").append(cx - r).append(',').append(cy)
                    .append(" Z\" fill=\"").append(colour[1]).append("\" stroke=\"").append(colour[0]).append("\" stroke-width=\"2\"/>");
            svg.append("<path d=\"M").append(cx - 10).append(',').append(cy).append(" H").append(cx + 10).append(" M").append(cx).append(',')
                    .append(cy - 10).append(" V").append(cy + 10).append("\" stroke=\"").append(colour[0]).append("\" stroke-width=\"3\"/>");
            svg.append("<text x=\"").append(n.right() + 6).append("\" y=\"").append(cy + 4).append("\" font-size=\"12\" fill=\"#795548\">")
                    .append(esc(s.name() == null || s.name().isBlank() ? labels.kind(s.kind()) : s.name().strip())).append("</text>");
            svg.append("</g>\n");
            return;
        }
        svg.append("<rect x=\"").append(n.x).append("\" y=\"").append(n.y).append("\" width=\"").append(n.w).append("\" height=\"").append(n.h)
                .append("\" rx=\"8\" fill=\"").append(colour[1]).append("\" stroke=\"").append(colour[0]).append("\" stroke-width=\"")
                .append(s.end() ? 3 : 1.5).append("\"/>");
        svg.append("<rect x=\"").append(n.x).append("\" y=\"").append(n.y).append("\" width=\"6\" height=\"").append(n.h)
                .append("\" rx=\"3\" fill=\"").append(colour[0]).append("\"/>");
        int cx = n.cx() + 3;
        svg.append("<text x=\"").append(cx).append("\" y=\"").append(n.y + 15).append("\" font-size=\"10\" text-anchor=\"middle\" fill=\"")
                .append(colour[0]).append("\">").append(esc(labels.kind(s.kind()))).append("</text>");
        List<String> name = wrap(s.name() == null || s.name().isBlank() ? String.valueOf(s.key()) : s.name().strip(), NAME_SIZE, MAX_W - 24, 2);
        int y = n.y + 33;
        for (String line : name) {
            svg.append("<text x=\"").append(cx).append("\" y=\"").append(y).append("\" font-size=\"").append(NAME_SIZE)
                    .append("\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#212121\">").append(esc(line)).append("</text>");
            y += 18;
        }
        svg.append("<text x=\"").append(cx).append("\" y=\"").append(y).append("\" font-size=\"").append(SMALL)
                .append("\" text-anchor=\"middle\" fill=\"#455a64\">").append(esc(fit(who(s), SMALL, n.w - 14))).append("</text>");
        y += 16;
        svg.append("<text x=\"").append(cx).append("\" y=\"").append(y).append("\" font-size=\"").append(SMALL)
                .append("\" text-anchor=\"middle\" fill=\"").append(s.countsTowardLimit() ? "#263238" : "#8d6e63").append("\">")
                .append(esc(fit(limitLine(s), SMALL, n.w - 14))).append("</text>");
        svg.append("</g>\n");
    }

    private void edge(StringBuilder svg, FlowLayout.Edge e, FlowDefinition d, String p) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < e.points().size(); i++) {
            int[] pt = e.points().get(i);
            path.append(i == 0 ? "M" : " L").append(pt[0]).append(',').append(pt[1]);
        }
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(e.returning() ? "#c62828" : "#546e7a")
                .append("\" stroke-width=\"1.5\"").append(e.returning() ? " stroke-dasharray=\"5 4\"" : "")
                .append(" marker-end=\"url(#").append(p).append(e.returning() ? "-arrow-return" : "-arrow").append(")\"/>\n");
        List<String> lines = edgeLabel(e, d);
        int y = e.labelY();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int size = i == 0 ? SMALL : 11;
            int w = textWidth(line, size);
            svg.append("<rect x=\"").append(e.labelX() - 2).append("\" y=\"").append(y - size).append("\" width=\"").append(w + 4)
                    .append("\" height=\"").append(size + 4).append("\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>");
            svg.append("<text x=\"").append(e.labelX()).append("\" y=\"").append(y).append("\" font-size=\"").append(size).append("\" fill=\"")
                    .append(e.returning() ? "#c62828" : (i == 0 ? "#37474f" : "#6d4c41")).append("\">").append(esc(line)).append("</text>\n");
            y += size + 3;
        }
    }

    private static List<String> edgeLabel(FlowLayout.Edge e, FlowDefinition d) {
        List<String> outcomes = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        for (int t : e.transitions()) {
            FlowTransition tr = d.transitions().get(t);
            if (tr.outcome() != null && !tr.outcome().isBlank() && !outcomes.contains(tr.outcome().strip())) {
                outcomes.add(tr.outcome().strip());
            }
            if (tr.conditional()) {
                conditions.add("[" + tr.condition().strip() + "]");
            }
        }
        List<String> lines = new ArrayList<>();
        if (!outcomes.isEmpty()) {
            lines.add(String.join(" / ", outcomes));
        }
        lines.addAll(conditions);
        return lines;
    }

    private String who(FlowStep s) {
        String post = labels.post(s.postId());
        String role = labels.role(s.role());
        if (post != null && role != null) {
            return post + " · " + role;
        }
        if (post != null) {
            return post;
        }
        return role == null ? labels.message("flow.svg.no-post") : role;
    }

    private String limitLine(FlowStep s) {
        String line = labels.amount(s.limit(), s.unit());
        if (!s.countsTowardLimit()) {
            line += labels.message("flow.svg.not-counted");
        }
        if (!s.riskPoints().isEmpty()) {
            line += "  " + labels.riskPoints(s.riskPoints());
        }
        return line;
    }

    private String tooltip(FlowStep s) {
        StringBuilder t = new StringBuilder();
        t.append(labels.kind(s.kind())).append(" · ").append(s.name() == null ? s.key() : s.name());
        if (!s.gateway()) {
            t.append("\n").append(who(s)).append("\n").append(limitLine(s));
            if (!s.documents().isEmpty()) {
                t.append("\n").append(labels.message("flow.svg.documents", String.join("、", s.documents())));
            }
        }
        return t.toString();
    }

    private String describe(FlowDefinition d) {
        List<String> names = d.steps().stream().filter(s -> !s.gateway()).map(s -> s.name() == null ? s.key() : s.name()).toList();
        return labels.message("flow.svg.desc", String.join("、", names));
    }

    // ---- text -----------------------------------------------------------------------------------

    /** Width estimate: CJK and full-width characters are one em, others about 0.6 em. */
    static int textWidth(String s, int size) {
        if (s == null) {
            return 0;
        }
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x2E80 || (cp >= 0xFF00 && cp <= 0xFFEF)) {
                w += size;
            } else if (cp == ' ') {
                w += size * 0.3;
            } else {
                w += size * 0.62;
            }
        }
        return (int) Math.ceil(w);
    }

    /** Breaks text into at most {@code maxLines} lines of at most {@code width}; the last is shortened with "…". */
    static List<String> wrap(String text, int size, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            i += Character.charCount(cp);
            if (textWidth(line + ch, size) > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(ch);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, fit(kept.get(maxLines - 1) + "…", size, width));
            return kept;
        }
        return lines;
    }

    static String fit(String text, int size, int width) {
        if (textWidth(text, size) <= width) {
            return text;
        }
        String t = text;
        while (!t.isEmpty() && textWidth(t + "…", size) > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // XML 1.0 forbids most control characters; drop them rather than emit broken XML.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
