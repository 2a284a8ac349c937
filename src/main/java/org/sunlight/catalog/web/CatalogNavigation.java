package org.sunlight.catalog.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.sunlight.common.NavigationContributor;
import org.sunlight.common.NavigationItem;

/** The catalog links of the workspace: the list for clerks and readers, one review inbox per level. */
@Component
class CatalogNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation() {
        return List.of(
                NavigationItem.workspace("catalog.nav.items", "/catalog", 20, "catalog_clerk", "unit_head", "leader",
                        "legal_reviewer", "supervisor"),
                NavigationItem.workspace("catalog.nav.review.unit_head", "/catalog/reviews/unit_head", 21, "unit_head"),
                NavigationItem.workspace("catalog.nav.review.leader", "/catalog/reviews/leader", 22, "leader"),
                NavigationItem.workspace("catalog.nav.review.legal", "/catalog/reviews/legal", 23, "legal_reviewer"),
                NavigationItem.workspace("catalog.nav.assign", "/catalog/assign", 24, "catalog_clerk"));
    }
}
