package org.sunlight.identity;

import java.time.Instant;
import java.util.List;

/** An account as the administration pages and API show it (never the password hash). */
public record AccountView(long id, String username, AccountKind kind, Long staffId, String displayName,
        boolean enabled, boolean mustChangePassword, int failedAttempts, Instant lockedUntil,
        Instant createdAt, long version, List<Grant> grants) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
