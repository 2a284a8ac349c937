package org.sunlight.flow;

import org.sunlight.common.ConflictException;

/** A move the flowchart does not allow from where the case stands (a step not open, an unknown outcome, ...). */
public class IllegalFlowMoveException extends ConflictException {

    public IllegalFlowMoveException(String code, Object... args) {
        super(code, args);
    }
}
