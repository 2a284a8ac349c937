package org.sunlight.flow;

/**
 * A move open from a step under the case's current variables: choosing {@code outcome} leads to
 * {@code to} through transition number {@code transition} (its row in the table). {@code returning}
 * marks a return to an earlier step (退回).
 */
public record FlowMove(String outcome, String to, int transition, boolean returning) {
}
