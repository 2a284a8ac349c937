package org.sunlight.catalog.excel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.sunlight.common.ForbiddenException;
import org.sunlight.common.InvalidInputException;
import org.sunlight.identity.CurrentUser;
import org.sunlight.identity.Grant;
import org.sunlight.identity.Role;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.RegionView;

/**
 * Which departments the signed-in catalog clerk may import into and export: those a department or
 * region grant of the role covers. A clerk scoped to one unit keeps only that unit's items and
 * cannot deliver the department's whole list, so unit grants do not count here.
 */
@Component
class ExcelAccess {

    private final CurrentUser currentUser;
    private final OrganizationDirectory organization;

    ExcelAccess(CurrentUser currentUser, OrganizationDirectory organization) {
        this.currentUser = currentUser;
        this.organization = organization;
    }

    List<DepartmentView> departments() {
        Map<Long, DepartmentView> found = new LinkedHashMap<>();
        for (Grant g : currentUser.grants(Role.CATALOG_CLERK)) {
            switch (g.scopeKind()) {
                case DEPARTMENT -> organization.department(Long.parseLong(g.scopeRef())).ifPresent(d -> found.putIfAbsent(d.id(), d));
                case REGION -> regionsOf(g.scopeRef()).forEach(code -> organization.departmentsWithin(code)
                        .forEach(d -> found.putIfAbsent(d.id(), d)));
                default -> {
                }
            }
        }
        return found.values().stream().filter(DepartmentView::active).toList();
    }

    /** The department asked for, or the clerk's only one when none is named. */
    long resolve(Long department) {
        if (department != null) {
            return department;
        }
        List<DepartmentView> mine = departments();
        if (mine.size() == 1) {
            return mine.get(0).id();
        }
        if (mine.isEmpty()) {
            throw new ForbiddenException("identity.forbidden.scope", Role.CATALOG_CLERK.key());
        }
        throw new InvalidInputException("department", "catalog-excel.error.department-required");
    }

    private List<String> regionsOf(String ref) {
        if (CurrentUser.EVERYWHERE.equals(ref)) {
            List<String> roots = new ArrayList<>();
            organization.rootRegions().stream().map(RegionView::code).forEach(roots::add);
            return roots;
        }
        return List.of(ref);
    }
}
