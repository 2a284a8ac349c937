package org.sunlight.flow;

import java.util.List;
import java.util.Optional;

/**
 * The content of one flowchart version: the start step, the steps (in the clerk's table order, which
 * is also the tie-break wherever an order is needed) and the transitions. Stored as one document.
 */
public record FlowDefinition(String start, List<FlowStep> steps, List<FlowTransition> transitions) {

    public FlowDefinition {
        steps = steps == null ? List.of() : List.copyOf(steps);
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
    }

    public Optional<FlowStep> step(String key) {
        return steps.stream().filter(s -> s.key() != null && s.key().equals(key)).findFirst();
    }
}
