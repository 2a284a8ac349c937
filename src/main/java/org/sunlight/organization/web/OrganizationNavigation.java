package org.sunlight.organization.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.sunlight.common.NavigationContributor;
import org.sunlight.common.NavigationItem;

/** The system administrator's link to the organisation pages. */
@Component
class OrganizationNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation() {
        return List.of(NavigationItem.workspace("organization.nav", "/admin/organization", 80, "system_admin"));
    }
}
