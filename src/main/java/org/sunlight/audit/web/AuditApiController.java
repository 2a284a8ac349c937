package org.sunlight.audit.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.audit.ChainVerification;
import org.sunlight.audit.internal.AuditChainCheck;
import org.sunlight.audit.internal.AuditEntryPage;
import org.sunlight.audit.internal.AuditFilter;
import org.sunlight.audit.internal.AuditSearch;

/**
 * The audit administrator's API. Nobody else may read the trail, not even the system
 * administrator (three-administrator separation).
 */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class AuditApiController {

    private final AuditChainCheck check;
    private final AuditSearch search;

    AuditApiController(AuditChainCheck check, AuditSearch search) {
        this.check = check;
        this.search = search;
    }

    /** Verifies the whole chain; the run itself is recorded as "audit.verify". */
    @GetMapping("/verify")
    ChainVerification verify() {
        return check.verifyAndRecord();
    }

    @GetMapping("/entries")
    AuditEntryPage entries(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String page) {
        return search.search(AuditFilter.parse(actor, action, objectType, objectId, from, to, page));
    }
}
