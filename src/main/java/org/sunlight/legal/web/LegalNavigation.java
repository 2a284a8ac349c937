package org.sunlight.legal.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.sunlight.common.NavigationContributor;
import org.sunlight.common.NavigationItem;

/** The register for those who keep or read it, one's own certificates for handlers, the public list for all. */
@Component
class LegalNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation() {
        return List.of(
                NavigationItem.workspace("legal.nav.officers", "/legal/officers", 60, "legal_reviewer", "supervisor", "leader"),
                NavigationItem.workspace("legal.nav.bodies", "/legal/bodies", 61, "legal_reviewer", "supervisor", "leader"),
                NavigationItem.workspace("legal.nav.mine", "/legal/my-certificates", 62, "handler", "unit_head"),
                NavigationItem.publicLink("legal.nav.public", "/public/officers", 60));
    }
}
