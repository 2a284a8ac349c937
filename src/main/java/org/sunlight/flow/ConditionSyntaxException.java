package org.sunlight.flow;

/**
 * A condition that cannot be parsed. {@code code} is a message key whose arguments are, in order, the
 * 1-based character position and the offending text.
 */
public class ConditionSyntaxException extends RuntimeException {

    private final String code;
    private final int position;
    private final String near;

    ConditionSyntaxException(String code, int position, String near) {
        super(code + " at " + position + (near == null ? "" : " near '" + near + "'"));
        this.code = code;
        this.position = position;
        this.near = near == null ? "" : near;
    }

    public String code() {
        return code;
    }

    /** 1-based position of the problem in the condition text. */
    public int position() {
        return position;
    }

    public String near() {
        return near;
    }
}
