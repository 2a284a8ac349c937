package org.sunlight.flow.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.sunlight.common.NavigationContributor;
import org.sunlight.common.NavigationItem;

/** The catalog clerk's link to the flowchart editor. */
@Component
class FlowNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation() {
        return List.of(NavigationItem.workspace("flow.nav", "/flow", 45, "catalog_clerk"));
    }
}
