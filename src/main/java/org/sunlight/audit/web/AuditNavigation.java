package org.sunlight.audit.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.sunlight.common.NavigationContributor;
import org.sunlight.common.NavigationItem;

/** The audit trail link, for the audit administrator only. */
@Component
class AuditNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation() {
        return List.of(NavigationItem.workspace("audit.nav", "/audit", 900, "audit_admin"));
    }
}
