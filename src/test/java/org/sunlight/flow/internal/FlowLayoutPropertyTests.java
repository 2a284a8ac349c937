package org.sunlight.flow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sunlight.flow.FlowDefinition;
import org.sunlight.flow.FlowGraph;
import org.sunlight.flow.FlowStep;
import org.sunlight.flow.FlowTransition;
import org.sunlight.flow.FlowValidator;
import org.sunlight.flow.Flows;

/**
 * Properties of the drawing over many seeded-random flowcharts (chains with skips and returns, and
 * parallel sections of random width and depth): boxes never overlap, forward lines only go down, the
 * picture fits its size, and the same flowchart always gives the same SVG.
 */
class FlowLayoutPropertyTests {

    private final FlowSvg svg = new FlowSvg(FlowTestMessages.chinese());

    @Test
    void boxesNeverOverlapAndForwardLinesGoDown() {
        Random random = new Random(42);
        for (int run = 0; run < 300; run++) {
            FlowDefinition d = run % 3 == 0 ? parallel(random) : chain(random);
            String description = "run " + run + ": " + d;
            assertThat(FlowValidator.validate(d, FlowValidator.Context.lenient()).errors()).as(description).isEmpty();
            FlowLayout layout = FlowLayout.of(new FlowGraph(d), svg::size);
            List<FlowLayout.Node> boxes = layout.nodes().stream().filter(n -> n.type != FlowLayout.Type.DUMMY).toList();
            for (int i = 0; i < boxes.size(); i++) {
                FlowLayout.Node a = boxes.get(i);
                assertThat(a.x).as(description).isGreaterThanOrEqualTo(0);
                assertThat(a.right()).as(description).isLessThanOrEqualTo(layout.width());
                assertThat(a.bottom()).as(description).isLessThanOrEqualTo(layout.height());
                for (int j = i + 1; j < boxes.size(); j++) {
                    FlowLayout.Node b = boxes.get(j);
                    boolean apart = a.right() <= b.x || b.right() <= a.x || a.bottom() <= b.y || b.bottom() <= a.y;
                    assertThat(apart).as("%s: boxes %d and %d overlap", description, a.step, b.step).isTrue();
                }
            }
            for (FlowLayout.Edge e : layout.edges()) {
                if (e.returning()) {
                    continue;
                }
                assertThat(e.to().layer()).as(description).isGreaterThan(e.from().layer());
                for (int k = 1; k < e.points().size(); k++) {
                    assertThat(e.points().get(k)[1]).as("%s: a forward line goes down", description)
                            .isGreaterThanOrEqualTo(e.points().get(k - 1)[1]);
                }
            }
            assertThat(svg.render(d, FlowSvg.Options.plain())).as(description).isEqualTo(svg.render(d, FlowSvg.Options.plain()));
        }
    }

    /** s0 › s1 › … › end with random skips forward and returns backward. */
    private static FlowDefinition chain(Random random) {
        int n = 2 + random.nextInt(10);
        List<FlowStep> steps = new ArrayList<>();
        List<FlowTransition> ts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            steps.add(i == n - 1 ? Flows.end("s" + i) : Flows.step("s" + i));
        }
        for (int i = 0; i + 1 < n; i++) {
            ts.add(Flows.t("s" + i, "s" + (i + 1), "通过"));
            if (i + 2 < n && random.nextInt(3) == 0) {
                ts.add(Flows.t("s" + i, "s" + (i + 2 + random.nextInt(n - i - 2)), "跳过"));
            }
            if (i > 0 && random.nextInt(3) == 0) {
                ts.add(Flows.t("s" + i, "s" + random.nextInt(i), "退回"));
            }
        }
        return new FlowDefinition("s0", steps, ts);
    }

    /** a › split › k branches of random length › join › end. */
    private static FlowDefinition parallel(Random random) {
        List<FlowStep> steps = new ArrayList<>(List.of(Flows.step("a"), Flows.split("s")));
        List<FlowTransition> ts = new ArrayList<>(List.of(Flows.t("a", "s", "通过")));
        int k = 2 + random.nextInt(3);
        for (int b = 0; b < k; b++) {
            int len = 1 + random.nextInt(3);
            String prev = "s";
            for (int i = 0; i < len; i++) {
                String key = "b" + b + "x" + i;
                steps.add(Flows.step(key));
                ts.add(prev.equals("s") ? Flows.branch("s", key) : Flows.t(prev, key, "通过"));
                if (i > 0 && random.nextBoolean()) {
                    ts.add(Flows.t(key, prev, "退回"));
                }
                prev = key;
            }
            ts.add(Flows.t(prev, "j", "完成"));
        }
        steps.add(Flows.join("j"));
        steps.add(Flows.end("e"));
        ts.add(Flows.branch("j", "e"));
        return new FlowDefinition("a", steps, ts);
    }
}
