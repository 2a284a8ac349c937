package org.sunlight.catalog.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.common.NotFoundException;
import org.sunlight.identity.CurrentUser;
import org.sunlight.identity.Role;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.UnitView;

/**
 * The template and the export of a department's list, in the format {@link CatalogImporter} reads.
 * The drop-down of host units lists the department's units in use.
 */
@Service
@Transactional(readOnly = true)
public class CatalogExporter {

    /** Which version of each item an export carries. */
    public enum Versions {
        /** the current published version; items never published are left out */
        PUBLISHED,
        /** the newest version whatever its state (drafts and versions in review included) */
        LATEST
    }

    private final ExcelQueries queries;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;

    CatalogExporter(ExcelQueries queries, OrganizationDirectory organization, CurrentUser currentUser) {
        this.queries = queries;
        this.organization = organization;
        this.currentUser = currentUser;
    }

    /** The empty template for the department's clerk. */
    public byte[] template(long departmentId) {
        DepartmentView d = allowed(departmentId);
        return write(d, List.of());
    }

    /** The department's list, for its clerk. */
    public byte[] export(long departmentId, Versions versions) {
        DepartmentView d = allowed(departmentId);
        return write(d, queries.exportRows(departmentId, versions == Versions.PUBLISHED));
    }

    /** The same without a signed-in clerk: command-line tools, benchmarks and tests only. */
    public byte[] exportAsSystem(long departmentId, Versions versions) {
        DepartmentView d = organization.department(departmentId)
                .orElseThrow(() -> new NotFoundException("organization.department.not-found", departmentId));
        return write(d, queries.exportRows(departmentId, versions == Versions.PUBLISHED));
    }

    /** The rows an export would hold, without the workbook (tests compare them). */
    public List<CatalogRow> rows(long departmentId, Versions versions) {
        return queries.exportRows(departmentId, versions == Versions.PUBLISHED);
    }

    private DepartmentView allowed(long departmentId) {
        DepartmentView d = organization.department(departmentId)
                .orElseThrow(() -> new NotFoundException("organization.department.not-found", departmentId));
        currentUser.require(Role.CATALOG_CLERK, currentUser.targetOfDepartment(departmentId));
        return d;
    }

    private byte[] write(DepartmentView d, List<CatalogRow> rows) {
        List<String> units = organization.unitsOf(d.id()).stream().filter(UnitView::active).map(UnitView::name).distinct().toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CatalogWorkbookWriter(d.name(), units).write(rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
