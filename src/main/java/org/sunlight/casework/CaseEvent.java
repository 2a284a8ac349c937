package org.sunlight.casework;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a case's event log: what happened ({@link #type}), when it happened ({@link #occurredAt})
 * and when it was written down ({@link #recordedAt}; later for a backfill), who did it, at which step of
 * the flowchart with which outcome, and the details in {@link #payload} (opinion, reasons, document
 * number, attachments, fine …). Never changed once written.
 */
public record CaseEvent(long caseId, int seq, CaseEventType type, Instant occurredAt, Instant recordedAt,
        Long actorAccountId, Long actorStaffId, String actorName, String stepKey, String stepName, String outcome,
        boolean backfill, Map<String, Object> payload) {

    public CaseEvent {
        payload = payload == null ? Map.of() : payload;
    }

    public String text(String key) {
        Object v = payload.get(key);
        return v == null ? null : String.valueOf(v);
    }
}
