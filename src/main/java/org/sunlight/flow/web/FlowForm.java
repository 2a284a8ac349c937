package org.sunlight.flow.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.sunlight.flow.FlowDefinition;
import org.sunlight.flow.FlowStep;
import org.sunlight.flow.FlowTransition;
import org.sunlight.flow.StepKind;
import org.sunlight.flow.StepUnit;
import org.sunlight.identity.Role;

/**
 * The editor's form: the steps table and the transitions table as rows of text, bound by Spring from
 * {@code steps[i].name}, {@code transitions[j].to}, ... Values that do not parse become empty, and the
 * validator then names the row (the browser's own input types prevent most of that).
 */
public class FlowForm {

    private Long version;
    private String start;
    private String effectiveFrom;
    private boolean confirmWarnings;
    private List<StepRow> steps = new ArrayList<>();
    private List<TransitionRow> transitions = new ArrayList<>();

    public static class StepRow {
        private String key;
        private String kind;
        private String name;
        private String postId;
        private String role;
        private String limit;
        private String unit;
        private boolean counts = true;
        private boolean end;
        private String documents;
        private List<Integer> riskPoints = new ArrayList<>();

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPostId() {
            return postId;
        }

        public void setPostId(String postId) {
            this.postId = postId;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getLimit() {
            return limit;
        }

        public void setLimit(String limit) {
            this.limit = limit;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public boolean isCounts() {
            return counts;
        }

        public void setCounts(boolean counts) {
            this.counts = counts;
        }

        public boolean isEnd() {
            return end;
        }

        public void setEnd(boolean end) {
            this.end = end;
        }

        public String getDocuments() {
            return documents;
        }

        public void setDocuments(String documents) {
            this.documents = documents;
        }

        public List<Integer> getRiskPoints() {
            return riskPoints;
        }

        public void setRiskPoints(List<Integer> riskPoints) {
            this.riskPoints = riskPoints == null ? new ArrayList<>() : riskPoints;
        }

        public boolean gateway() {
            return "PARALLEL_SPLIT".equals(kind) || "PARALLEL_JOIN".equals(kind);
        }
    }

    public static class TransitionRow {
        private String from;
        private String to;
        private String outcome;
        private String condition;

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to;
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public String getCondition() {
            return condition;
        }

        public void setCondition(String condition) {
            this.condition = condition;
        }
    }

    // ---- conversion -----------------------------------------------------------------------------

    public static FlowForm of(FlowDefinition d, long version) {
        FlowForm f = new FlowForm();
        f.version = version;
        f.start = d.start();
        for (FlowStep s : d.steps()) {
            StepRow r = new StepRow();
            r.key = s.key();
            r.kind = s.kind() == null ? null : s.kind().name();
            r.name = s.name();
            r.postId = s.postId() == null ? null : s.postId().toString();
            r.role = s.role() == null ? null : s.role().name();
            r.limit = s.limit() == null ? null : s.limit().toString();
            r.unit = s.unit() == null ? null : s.unit().name();
            r.counts = s.countsTowardLimit();
            r.end = s.end();
            r.documents = String.join("；", s.documents());
            r.riskPoints = new ArrayList<>(s.riskPoints());
            f.steps.add(r);
        }
        for (FlowTransition t : d.transitions()) {
            TransitionRow r = new TransitionRow();
            r.from = t.from();
            r.to = t.to();
            r.outcome = t.outcome();
            r.condition = t.condition();
            f.transitions.add(r);
        }
        return f;
    }

    public FlowDefinition toDefinition() {
        List<FlowStep> ss = new ArrayList<>();
        for (StepRow r : steps) {
            List<String> docs = r.documents == null ? List.of()
                    : Arrays.stream(r.documents.split("[；;，,、\\n]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
            ss.add(new FlowStep(blankToNull(r.key), parse(StepKind.class, r.kind), blankToNull(r.name), parseLong(r.postId),
                    parse(Role.class, r.role), parseInt(r.limit), parse(StepUnit.class, r.unit), r.counts, r.end, docs,
                    r.riskPoints.stream().filter(x -> x != null).toList()));
        }
        List<FlowTransition> ts = new ArrayList<>();
        for (TransitionRow r : transitions) {
            ts.add(new FlowTransition(blankToNull(r.from), blankToNull(r.to), blankToNull(r.outcome), blankToNull(r.condition)));
        }
        return new FlowDefinition(blankToNull(start), ss, ts);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer parseInt(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long parseLong(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- row operations (the htmx add/remove buttons) ---------------------------------------------

    void addStep() {
        StepRow r = new StepRow();
        int n = steps.size() + 1;
        String key = "step" + n;
        while (keyTaken(key)) {
            key = "step" + (++n);
        }
        r.key = key;
        r.kind = StepKind.REVIEW.name();
        r.unit = StepUnit.WORKING_DAYS.name();
        steps.add(r);
    }

    private boolean keyTaken(String key) {
        return steps.stream().anyMatch(s -> key.equals(s.key));
    }

    /** Removes a step and the transitions that touch it. */
    void removeStep(int index) {
        if (index < 0 || index >= steps.size()) {
            return;
        }
        String key = steps.remove(index).key;
        if (key != null) {
            transitions.removeIf(t -> key.equals(t.from) || key.equals(t.to));
        }
    }

    void addTransition() {
        TransitionRow r = new TransitionRow();
        if (!steps.isEmpty()) {
            r.from = steps.get(Math.max(0, steps.size() - 2)).key;
            r.to = steps.get(steps.size() - 1).key;
        }
        transitions.add(r);
    }

    void removeTransition(int index) {
        if (index >= 0 && index < transitions.size()) {
            transitions.remove(index);
        }
    }

    // ---- bean properties ------------------------------------------------------------------------

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(String effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public boolean isConfirmWarnings() {
        return confirmWarnings;
    }

    public void setConfirmWarnings(boolean confirmWarnings) {
        this.confirmWarnings = confirmWarnings;
    }

    public List<StepRow> getSteps() {
        return steps;
    }

    public void setSteps(List<StepRow> steps) {
        this.steps = steps == null ? new ArrayList<>() : steps;
    }

    public List<TransitionRow> getTransitions() {
        return transitions;
    }

    public void setTransitions(List<TransitionRow> transitions) {
        this.transitions = transitions == null ? new ArrayList<>() : transitions;
    }
}
