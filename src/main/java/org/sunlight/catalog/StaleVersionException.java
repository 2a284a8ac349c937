package org.sunlight.catalog;

import org.sunlight.common.ConflictException;

/**
 * 409: someone else saved the draft since the asker loaded it. Carries the version as it stands now,
 * so the asker can compare and re-apply their change: nothing of theirs nor of the other's is lost.
 */
public class StaleVersionException extends ConflictException {

    private final transient PowerItemVersionView current;

    public StaleVersionException(PowerItemVersionView current) {
        super("catalog.version.stale", current.versionNo());
        this.current = current;
    }

    public PowerItemVersionView current() {
        return current;
    }
}
