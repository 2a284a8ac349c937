package org.sunlight.identity.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.sunlight.common.NavigationContributor;
import org.sunlight.common.NavigationItem;

@Component
class IdentityNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation() {
        return List.of(
                NavigationItem.workspace("identity.nav.accounts", "/admin/accounts", 900, "system_admin"),
                NavigationItem.workspace("identity.nav.roles", "/admin/roles", 910, "security_admin"),
                NavigationItem.workspace("identity.nav.policy", "/admin/security-policy", 920, "security_admin"));
    }
}
