package org.sunlight.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What one audit entry says, exactly as stored and hashed. The instant is kept at microsecond
 * precision because that is what both H2 and PostgreSQL store: an entry read back must hash the
 * same as when it was written.
 */
public record EntryContent(Instant occurredAt, String actor, String role, String action, String objectType,
        String objectId, String before, String after, String clientAddress, boolean success) {

    public EntryContent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
