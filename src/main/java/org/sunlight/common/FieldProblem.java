package org.sunlight.common;

/**
 * One thing wrong with one input field. {@code code} is a message key (resolved in the user's
 * language), {@code args} its arguments; {@code defaultMessage} is used when the key is missing.
 */
public record FieldProblem(String field, String code, Object[] args, String defaultMessage) {

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, args, code);
    }
}
