package org.sunlight.flow;

import java.util.Arrays;

import org.sunlight.common.FieldProblem;

/**
 * One thing wrong with a flowchart. {@code code} is a message key and {@code args} its arguments (the
 * first argument names the step or transition concerned). {@code field} points at the editor cell
 * ({@code steps[2].limit}, {@code transitions[0].condition}, {@code start}); {@code stepKey} and
 * {@code transitionIndex} say which row to highlight.
 */
public record FlowProblem(Severity severity, String code, Object[] args, String field, String stepKey, Integer transitionIndex) {

    public enum Severity {
        /** blocks publication */
        ERROR,
        /** publication needs the clerk's explicit confirmation */
        WARNING
    }

    public static FlowProblem step(int index, FlowStep step, String field, String code, Object... args) {
        return new FlowProblem(Severity.ERROR, code, prepend(step.label(), args), "steps[" + index + "]" + suffix(field),
                step.key(), null);
    }

    public static FlowProblem transition(int index, String label, String field, String code, Object... args) {
        return new FlowProblem(Severity.ERROR, code, prepend(label, args), "transitions[" + index + "]" + suffix(field), null, index);
    }

    public static FlowProblem flow(String field, String code, Object... args) {
        return new FlowProblem(Severity.ERROR, code, args, field, null, null);
    }

    public FlowProblem asWarning() {
        return new FlowProblem(Severity.WARNING, code, args, field, stepKey, transitionIndex);
    }

    public boolean error() {
        return severity == Severity.ERROR;
    }

    public FieldProblem toFieldProblem() {
        return FieldProblem.of(field, code, args);
    }

    private static String suffix(String field) {
        return field == null || field.isEmpty() ? "" : "." + field;
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlowProblem p && severity == p.severity && code.equals(p.code) && Arrays.equals(args, p.args)
                && java.util.Objects.equals(field, p.field);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(severity, code, field, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return severity + " " + code + " " + field + " " + Arrays.toString(args);
    }
}
