package org.sunlight.common;

import java.util.List;

/** 400: the input breaks a rule; every problem is named with its field. */
public class InvalidInputException extends SunlightException {

    public InvalidInputException(List<FieldProblem> problems) {
        super("error.invalid-input", null, problems);
    }

    public InvalidInputException(String field, String code, Object... args) {
        this(List.of(FieldProblem.of(field, code, args)));
    }

    @Override
    public int status() {
        return 400;
    }
}
