package org.sunlight.organization.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;
import org.sunlight.common.ConflictException;
import org.sunlight.organization.OrganizationEvent;

/**
 * What every organisation command does once it has changed a row: write the audit entry and
 * announce the event, both inside the command's transaction. Plus the small checks they share.
 */
@Component
class Changes {

    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Changes(AuditTrail audit, ApplicationEventPublisher events) {
        this.audit = audit;
        this.events = events;
    }

    void done(String action, String objectType, Object objectId, String before, String after, OrganizationEvent event) {
        audit.record(AuditEntry.of(action, objectType, objectId).before(before).after(after));
        events.publishEvent(event);
    }

    /** Trims surrounding white space (including the ideographic space); null stays null. */
    static String clean(String s) {
        return s == null ? null : s.strip();
    }

    /** Like {@link #clean} but an empty text becomes null (for optional fields). */
    static String cleanOptional(String s) {
        String c = clean(s);
        return c == null || c.isEmpty() ? null : c;
    }

    /** The editor saw an older version than the stored one: someone else changed it meanwhile. */
    static void requireVersion(long stored, long given) {
        if (stored != given) {
            throw stale();
        }
    }

    static ConflictException stale() {
        return new ConflictException("version", "error.stale");
    }

    /** A 409 about the object as a whole (no single field to blame). */
    static ConflictException conflict(String code, Object... args) {
        return new ConflictException(code, args);
    }

    /** A 409 naming the field whose value collides. */
    static ConflictException conflictOn(String field, String code, Object... args) {
        return new ConflictException(field, code, args);
    }
}
