package org.sunlight.catalog.demo;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.sunlight.catalog.demo.DemoCatalogs.DemoCatalog;
import org.sunlight.catalog.excel.CatalogImporter;
import org.sunlight.catalog.excel.ImportOptions;
import org.sunlight.catalog.excel.ImportReport;
import org.sunlight.catalog.internal.CatalogStore;
import org.sunlight.common.DemoDataLoader;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;

/**
 * Loads the demo catalogs ({@link DemoCatalogs}) through the importer, published directly with
 * sign-off 'DEMO' and in force since {@link #EFFECTIVE_FROM}. Idempotent per department: a department
 * whose first demo code exists already is left alone; a department missing from the organisation is
 * skipped.
 */
@Component
class CatalogDemoData implements DemoDataLoader {

    /** The demo lists are the ones the seed's bureau entered in 2014. */
    static final LocalDate EFFECTIVE_FROM = LocalDate.of(2014, 7, 1);

    private static final Logger log = LoggerFactory.getLogger(CatalogDemoData.class);

    private final CatalogImporter importer;
    private final CatalogStore store;
    private final OrganizationDirectory organization;

    CatalogDemoData(CatalogImporter importer, CatalogStore store, OrganizationDirectory organization) {
        this.importer = importer;
        this.store = store;
        this.organization = organization;
    }

    @Override
    public int order() {
        return CATALOG;
    }

    @Override
    public void load() {
        long start = System.nanoTime();
        int items = 0;
        for (DemoCatalog catalog : DemoCatalogs.all()) {
            if (catalog.rows().isEmpty() || store.codeTaken(catalog.rows().get(0).code())) {
                continue;
            }
            DepartmentView department = organization.departmentsNamed(catalog.departmentName()).stream()
                    .filter(d -> d.regionCode().equals(catalog.regionCode())).findFirst().orElse(null);
            if (department == null) {
                log.warn("Demo catalog skipped: no department {} in {}", catalog.departmentName(), catalog.regionCode());
                continue;
            }
            ImportReport report = importer.importRows(department.id(), catalog.rows(), ImportOptions.demo(EFFECTIVE_FROM));
            if (!report.imported()) {
                throw new IllegalStateException("Demo catalog of " + catalog.departmentName() + " refused: " + report.problems());
            }
            items += report.created();
        }
        if (items > 0) {
            log.info("Demo catalog: {} items published in {} ms", items, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
