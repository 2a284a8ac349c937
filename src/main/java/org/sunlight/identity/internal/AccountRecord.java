package org.sunlight.identity.internal;

import java.time.Instant;

import org.sunlight.identity.AccountKind;

/** One row of the account table. */
public record AccountRecord(long id, String username, String passwordHash, AccountKind kind, Long staffId,
        String displayName, String phone, boolean enabled, boolean mustChangePassword, int failedAttempts,
        Instant lockedUntil, Instant passwordChangedAt, Instant createdAt, long version) {
}
