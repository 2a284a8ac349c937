package org.sunlight.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent.RiskPoint;
import org.sunlight.identity.Role;

/**
 * A standard flowchart for a category (licensing, penalty general and simple procedure, compulsion,
 * inspection), kept as data under {@code classpath:flow/templates/}. Its steps name posts by their
 * usual names (受理岗, 审核岗, 科长岗, 执法岗); instantiating it for an item version resolves them to the
 * department's posts and links the item's risk points to the steps they name.
 *
 * @param code e.g. {@code penalty-general}; its display name is the message {@code flow.template.<code>}
 * @param categories the categories it is recommended for
 * @param basis the legal basis its steps and limits follow, shown to the clerk
 */
public record FlowTemplate(String code, int order, Set<PowerCategory> categories, String basis, String start, List<Step> steps,
        List<FlowTransition> transitions) {

    public FlowTemplate {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        steps = List.copyOf(steps);
        transitions = List.copyOf(transitions);
    }

    /** A template step; {@code post} is a post name to look up, not an id. */
    public record Step(String key, StepKind kind, String name, String post, Role role, Integer limit, StepUnit unit, Boolean counts,
            Boolean end, List<String> documents) {

        public Step {
            end = end != null && end;
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
    }

    public boolean recommendedFor(PowerCategory category) {
        return category != null && categories.contains(category);
    }

    /**
     * The template as a definition for one item version.
     *
     * @param postByName finds the id of the item's post with that name (empty: leave the role alone)
     * @param riskPoints the item version's risk points, linked to the steps their {@code step} text names:
     *        steps with exactly that name; else steps of the kind that word means (决定 → decide steps);
     *        else steps whose name contains the text or is contained in it
     */
    public FlowDefinition instantiate(Function<String, Optional<Long>> postByName, List<RiskPoint> riskPoints) {
        List<List<Integer>> risks = new ArrayList<>();
        steps.forEach(s -> risks.add(new ArrayList<>()));
        List<RiskPoint> points = riskPoints == null ? List.of() : riskPoints;
        for (int r = 0; r < points.size(); r++) {
            for (int i : stepsNamedBy(points.get(r).step())) {
                risks.get(i).add(r + 1);
            }
        }
        List<FlowStep> result = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            Long postId = s.post() == null ? null : postByName.apply(s.post()).orElse(null);
            result.add(new FlowStep(s.key(), s.kind(), s.name(), postId, s.role(), s.limit(), s.unit(), s.counts(), s.end(),
                    s.documents(), risks.get(i)));
        }
        return new FlowDefinition(start, result, transitions);
    }

    /** Words risk-point lists use for steps, and the kind each means. */
    private static final Map<String, StepKind> KIND_WORDS = Map.ofEntries(Map.entry("受理", StepKind.ACCEPT), Map.entry("立案", StepKind.FILE),
            Map.entry("审查", StepKind.REVIEW), Map.entry("审核", StepKind.REVIEW), Map.entry("讨论", StepKind.DISCUSS),
            Map.entry("集体讨论", StepKind.DISCUSS), Map.entry("决定", StepKind.DECIDE), Map.entry("告知", StepKind.NOTIFY),
            Map.entry("听证", StepKind.HEARING), Map.entry("法制审核", StepKind.LEGAL_REVIEW), Map.entry("送达", StepKind.DELIVER),
            Map.entry("执行", StepKind.EXECUTE), Map.entry("办结", StepKind.CLOSE), Map.entry("结案", StepKind.CLOSE));

    private List<Integer> stepsNamedBy(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String t = text.strip();
        List<Integer> exact = matching(s -> s.name().strip().equals(t));
        if (!exact.isEmpty()) {
            return exact;
        }
        StepKind kind = KIND_WORDS.get(t);
        List<Integer> byKind = kind == null ? List.of() : matching(s -> s.kind() == kind);
        if (!byKind.isEmpty()) {
            return byKind;
        }
        return matching(s -> s.name().contains(t) || t.contains(s.name().strip()));
    }

    private List<Integer> matching(java.util.function.Predicate<Step> test) {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (!s.kind().gateway() && s.name() != null && test.test(s)) {
                result.add(i);
            }
        }
        return result;
    }
}
