package org.sunlight.audit.internal;

import java.time.Instant;

/** One entry as the audit administrator reads it (API and page). */
public record AuditEntryView(long seq, Instant occurredAt, String actor, String role, String action, String objectType,
        String objectId, String before, String after, String clientAddress, boolean success, String prevHash, String hash) {

    static AuditEntryView of(ChainedEntry e) {
        EntryContent c = e.content();
        return new AuditEntryView(e.seq(), c.occurredAt(), c.actor(), c.role(), c.action(), c.objectType(), c.objectId(),
                c.before(), c.after(), c.clientAddress(), c.success(), e.prevHash(), e.hash());
    }
}
