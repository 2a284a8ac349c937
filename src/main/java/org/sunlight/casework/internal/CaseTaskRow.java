package org.sunlight.casework.internal;

import java.time.Instant;

/** One open step of one case: a row of the work queues. */
record CaseTaskRow(long caseId, String stepKey, String stepName, Long postId, String role, Long unitId, long departmentId,
        Instant openedAt, Instant dueAt) {
}
