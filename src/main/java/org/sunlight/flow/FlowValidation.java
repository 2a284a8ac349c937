package org.sunlight.flow;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Everything the validator found: errors block publication, warnings need the clerk's confirmation. */
public record FlowValidation(List<FlowProblem> problems) {

    public FlowValidation {
        problems = List.copyOf(problems);
    }

    public List<FlowProblem> errors() {
        return problems.stream().filter(FlowProblem::error).toList();
    }

    public List<FlowProblem> warnings() {
        return problems.stream().filter(p -> !p.error()).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(FlowProblem::error);
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    /** Keys of the steps any problem concerns (to highlight them). */
    public Set<String> stepKeys() {
        return problems.stream().map(FlowProblem::stepKey).filter(k -> k != null).collect(Collectors.toSet());
    }

    public List<FlowProblem> ofField(String prefix) {
        return problems.stream().filter(p -> p.field() != null && (p.field().equals(prefix) || p.field().startsWith(prefix + ".")))
                .toList();
    }
}
