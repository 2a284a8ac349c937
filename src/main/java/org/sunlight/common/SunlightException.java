package org.sunlight.common;

import java.util.List;

/**
 * Base of every business refusal. Carries a message key so the answer is given in the
 * user's language, and the HTTP status it maps to.
 */
public abstract class SunlightException extends RuntimeException {

    private final String code;
    private final Object[] args;
    private final List<FieldProblem> problems;

    protected SunlightException(String code, Object[] args, List<FieldProblem> problems) {
        super(code);
        this.code = code;
        this.args = args == null ? new Object[0] : args;
        this.problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** The HTTP status this refusal is answered with. */
    public abstract int status();
}
