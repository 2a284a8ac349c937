package org.sunlight.common;

import java.util.List;

/** 409: the request collides with the current state (a duplicate, a stale version, an illegal move). */
public class ConflictException extends SunlightException {

    public ConflictException(String code, Object... args) {
        super(code, args, null);
    }

    public ConflictException(String field, String code, Object... args) {
        super(code, args, List.of(FieldProblem.of(field, code, args)));
    }

    @Override
    public int status() {
        return 409;
    }
}
