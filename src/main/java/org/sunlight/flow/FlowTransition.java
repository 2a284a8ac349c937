package org.sunlight.flow;

/**
 * A move from one step to another, named by its outcome (通过, 退回, 申请听证, ...). A condition, when
 * given, is an expression over case variables in the small language of {@link Condition}; a move to
 * an earlier step (a return, 退回) is allowed and recognised as such by {@link FlowGraph}.
 */
public record FlowTransition(String from, String to, String outcome, String condition) {

    public boolean conditional() {
        return condition != null && !condition.isBlank();
    }

    /** "审查 → 决定「通过」" given step labels. */
    public String label(String fromName, String toName) {
        String o = outcome == null || outcome.isBlank() ? "" : "「" + outcome.strip() + "」";
        return fromName + " → " + toName + o;
    }
}
