package org.sunlight.common;

/** 403: the asker is known but may not do this here; the reason is part of the answer. */
public class ForbiddenException extends SunlightException {

    public ForbiddenException(String code, Object... args) {
        super(code, args, null);
    }

    @Override
    public int status() {
        return 403;
    }
}
