package org.sunlight.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects field problems so that a command reports all of them at once, then throws
 * {@link InvalidInputException} before anything is written.
 */
public final class Checks {

    private final List<FieldProblem> problems = new ArrayList<>();

    public static Checks start() {
        return new Checks();
    }

    public Checks require(boolean ok, String field, String code, Object... args) {
        if (!ok) {
            problems.add(FieldProblem.of(field, code, args));
        }
        return this;
    }

    /** Required text: present, not blank, at most {@code max} characters. */
    public Checks text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "error.required"));
        } else if (value.length() > max) {
            problems.add(FieldProblem.of(field, "error.too-long", max));
        }
        return this;
    }

    /** Optional text: absent or at most {@code max} characters. */
    public Checks optionalText(String value, String field, int max) {
        if (value != null && value.length() > max) {
            problems.add(FieldProblem.of(field, "error.too-long", max));
        }
        return this;
    }

    public Checks add(FieldProblem problem) {
        problems.add(problem);
        return this;
    }

    public Checks addAll(java.util.Collection<FieldProblem> more) {
        problems.addAll(more);
        return this;
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
