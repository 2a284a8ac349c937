package org.sunlight.flow;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a case stands in its flowchart: the steps open now (several inside a parallel section), the
 * arrivals each join has counted so far, and whether the case has finished (at which end step).
 * Immutable; {@link FlowModel} computes the next position. A case can store it or rebuild it from its
 * event log by replaying {@link FlowModel#take} and {@link FlowModel#finish}.
 */
public record FlowPosition(Set<String> active, Map<String, Integer> arrivals, String finishedAt) {

    public FlowPosition {
        active = Set.copyOf(active);
        arrivals = Map.copyOf(arrivals);
    }

    public boolean finished() {
        return finishedAt != null;
    }

    public boolean isActive(String step) {
        return active.contains(step);
    }

    /** The open steps in the flowchart's table order. */
    public List<String> activeIn(FlowDefinition definition) {
        return definition.steps().stream().map(FlowStep::key).filter(active::contains).toList();
    }
}
