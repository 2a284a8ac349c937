package org.sunlight.organization;

import org.springframework.stereotype.Component;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;

/**
 * TEST-ONLY stand-in so the organisation branch's tests have an AuditTrail bean before the audit
 * module's implementation is merged. The lead deletes this file on merge (see HELPERS.md). What is
 * recorded is checked by OrganizationAuditTests through its own recording trail, not through this.
 */
@Component
class TestAuditTrailStub implements AuditTrail {

    @Override
    public void record(AuditEntry entry) {
        // Nothing: the real trail is the audit module's.
    }
}
