package org.sunlight.casework.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.sunlight.common.NavigationContributor;
import org.sunlight.common.NavigationItem;

/** My tasks for everyone who works steps, the unit's cases for heads, window receipt and penalty filing for handlers. */
@Component
class CaseworkNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation() {
        return List.of(
                NavigationItem.workspace("casework.nav.tasks", "/cases/tasks", 10, "handler", "unit_head", "leader", "legal_reviewer"),
                NavigationItem.workspace("casework.nav.unit", "/cases/unit", 11, "unit_head", "leader"),
                NavigationItem.workspace("casework.nav.new", "/cases/new", 12, "handler"),
                NavigationItem.workspace("casework.nav.new-penalty", "/cases/new-penalty", 13, "handler"));
    }
}
