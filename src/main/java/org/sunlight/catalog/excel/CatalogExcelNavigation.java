package org.sunlight.catalog.excel;

import java.util.List;

import org.springframework.stereotype.Component;
import org.sunlight.common.NavigationContributor;
import org.sunlight.common.NavigationItem;

/** The Excel import/export link, for catalog clerks. */
@Component
class CatalogExcelNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation() {
        return List.of(NavigationItem.workspace("catalog-excel.nav", "/catalog/excel", 310, "catalog_clerk"));
    }
}
