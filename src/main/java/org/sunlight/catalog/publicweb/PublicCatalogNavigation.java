package org.sunlight.catalog.publicweb;

import java.util.List;

import org.springframework.stereotype.Component;
import org.sunlight.common.NavigationContributor;
import org.sunlight.common.NavigationItem;

/** 权力清单 in the public top bar. */
@Component
class PublicCatalogNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation() {
        return List.of(NavigationItem.publicLink("catalog-public.nav.catalog", "/public/catalog", 10));
    }
}
