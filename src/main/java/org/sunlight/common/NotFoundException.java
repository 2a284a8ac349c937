package org.sunlight.common;

/** 404: the thing asked for does not exist (or is not visible to the asker). */
public class NotFoundException extends SunlightException {

    public NotFoundException(String code, Object... args) {
        super(code, args, null);
    }

    @Override
    public int status() {
        return 404;
    }
}
