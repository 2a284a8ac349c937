package org.sunlight.catalog.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.catalog.VersionState;
import org.sunlight.identity.Role;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes each catalog step twice, in the step's transaction: a catalog_signoff row (the trail the
 * item page and reviewers read: who, in which role, when, opinion, state before and after) and an
 * audit entry (the tamper-evident record). Call it last in the step: the audit trail locks its
 * chain head until the transaction ends.
 */
@Component
public class CatalogJournal {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CatalogStore store;
    private final AuditTrail audit;
    private final Clock clock;

    CatalogJournal(CatalogStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** A step with a sign-off row. {@code details} go into the audit entry's "after" text beside the state. */
    public void step(PowerItemView item, Long versionId, String action, VersionState from, VersionState to, Role role,
            String actor, String opinion, Map<String, Object> details) {
        store.signOff(item.id(), versionId, action, from, to, actor, role == null ? null : role.key(), opinion, clock.instant());
        Map<String, Object> before = new LinkedHashMap<>();
        if (from != null) {
            before.put("state", from.name());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", item.code());
        if (versionId != null) {
            after.put("versionId", versionId);
        }
        if (to != null) {
            after.put("state", to.name());
        }
        if (opinion != null) {
            after.put("opinion", opinion);
        }
        if (details != null) {
            after.putAll(details);
        }
        record("catalog." + action.toLowerCase(java.util.Locale.ROOT).replace('_', '-'), versionId != null ? "power_item_version" : "power_item",
                versionId != null ? versionId : item.id(), before.isEmpty() ? null : json(before), json(after), role);
    }

    /** An audit entry without a sign-off row (e.g. a draft's content saved). */
    public void record(String action, String objectType, Object objectId, String before, String after, Role role) {
        audit.record(new AuditEntry(action, objectType, String.valueOf(objectId), before, after, true, null,
                role == null ? null : role.key()));
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
