package org.sunlight.identity.internal;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** Sign-in refused because of too many failures; carries when the lock ends so the page can say so. */
public class AccountLockedException extends LockedException {

    private final transient Instant unlockAt;

    public AccountLockedException(Instant unlockAt) {
        super("locked until " + unlockAt);
        this.unlockAt = unlockAt;
    }

    public Instant unlockAt() {
        return unlockAt;
    }
}
