package org.sunlight.casework;

import java.time.Instant;

/**
 * Published after every event appended to a case's log, in the same transaction, for the modules that
 * watch cases (supervision's lights, disclosure, exchange).
 */
public record CaseEventRecorded(long caseId, String caseNumber, int seq, CaseEventType type, long departmentId,
        String regionCode, CaseStatus status, Instant occurredAt, Instant recordedAt, boolean backfill) {
}
