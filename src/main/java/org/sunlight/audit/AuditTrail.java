package org.sunlight.audit;

/**
 * Appends entries to the tamper-evident audit trail. Call it inside the transaction of the change
 * it records: if the change rolls back, so does its entry, and no change commits unrecorded.
 * Entries recorded outside a transaction (e.g. a failed login) are committed on their own.
 */
public interface AuditTrail {

    void record(AuditEntry entry);
}
