package org.sunlight.flow;

import java.util.List;

import org.sunlight.identity.Role;

/**
 * One step of a flowchart.
 *
 * @param key stable identifier within the flowchart (letters, digits, '_' or '-'); cases record it
 * @param postId the organisation post (岗位) responsible, if any
 * @param role the role responsible, if any; a work step needs a post, a role or both
 * @param limit the step's time limit in {@code unit}; required for work steps
 * @param countsTowardLimit whether the step's time counts toward the case's (promised) limit; false e.g.
 *        for a hearing (听证, a special procedure that stops the clock) or for execution after the decision
 * @param end whether the case may finish at this step (办结); an end step has no outgoing transitions
 * @param documents documents required at this step (e.g. 立案审批表)
 * @param riskPoints 1-based numbers of the item version's integrity risk points (廉政风险点) at this step
 */
public record FlowStep(String key, StepKind kind, String name, Long postId, Role role, Integer limit, StepUnit unit,
        Boolean countsTowardLimit, Boolean end, List<String> documents, List<Integer> riskPoints) {

    public FlowStep {
        countsTowardLimit = countsTowardLimit == null || countsTowardLimit;
        end = end != null && end;
        documents = documents == null ? List.of() : List.copyOf(documents);
        riskPoints = riskPoints == null ? List.of() : List.copyOf(riskPoints);
    }

    public boolean gateway() {
        return kind != null && kind.gateway();
    }

    /** "审查（review）": how problems and explanations name the step. */
    public String label() {
        String n = name == null || name.isBlank() ? "?" : name.strip();
        return n + "（" + key + "）";
    }
}
