package org.sunlight.catalog.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.catalog.ReviewLevel;
import org.sunlight.catalog.internal.CatalogStore.ReviewScope;
import org.sunlight.common.ForbiddenException;
import org.sunlight.identity.CurrentUser;
import org.sunlight.identity.Grant;
import org.sunlight.identity.OrgTarget;
import org.sunlight.identity.Role;
import org.sunlight.identity.ScopeKind;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.RegionView;
import org.sunlight.organization.UnitView;

/**
 * Who may do what to which item, by role and scope:
 * <ul>
 * <li>catalog clerk: a department-scope clerk keeps every item of the department; a unit-scope clerk
 * only the items assigned to their unit (drafts, submission, publication). Only a department-scope
 * clerk assigns items to units.</li>
 * <li>review: the unit head of the item's unit (any unit head of the department when the item has no
 * unit), a leader of the department, a legal reviewer whose region or department covers it.</li>
 * <li>suspend, resume, abolish, delegate: a leader of the department (a decision, not data entry).</li>
 * <li>reading (lists, item pages, inboxes, diffs): any of those roles or a supervisor covering the
 * department. The three administrators never read the catalog's internal workings.</li>
 * </ul>
 */
@Component
public class CatalogAccess {

    private static final List<Role> READERS = List.of(Role.CATALOG_CLERK, Role.UNIT_HEAD, Role.LEADER, Role.LEGAL_REVIEWER,
            Role.SUPERVISOR);

    private final CurrentUser currentUser;
    private final OrganizationDirectory organization;

    CatalogAccess(CurrentUser currentUser, OrganizationDirectory organization) {
        this.currentUser = currentUser;
        this.organization = organization;
    }

    public String username() {
        return currentUser.actor().username();
    }

    // ---- clerks

    public boolean mayEdit(PowerItemView item) {
        return currentUser.can(Role.CATALOG_CLERK, targetOf(item));
    }

    public void requireEdit(PowerItemView item) {
        if (!mayEdit(item)) {
            throw new ForbiddenException("catalog.forbidden.clerk", item.code());
        }
    }

    /** Creating an item in a unit needs a clerk of that unit or of the department; without a unit, of the department. */
    public void requireCreate(long departmentId, Long unitId) {
        OrgTarget target = unitId == null ? currentUser.targetOfDepartment(departmentId) : currentUser.targetOfUnit(unitId);
        if (!currentUser.can(Role.CATALOG_CLERK, target)) {
            throw new ForbiddenException("catalog.forbidden.create");
        }
    }

    /** Assignment to units is the department clerk's: a unit clerk's grant does not cover the department as a whole. */
    public boolean mayAssign(long departmentId) {
        return currentUser.can(Role.CATALOG_CLERK, currentUser.targetOfDepartment(departmentId));
    }

    public void requireAssign(long departmentId) {
        if (!mayAssign(departmentId)) {
            throw new ForbiddenException("catalog.forbidden.assign");
        }
    }

    // ---- reviewers and leaders

    public boolean mayReview(PowerItemView item, ReviewLevel level) {
        return switch (level) {
            case UNIT_HEAD -> item.unitId() != null
                    ? currentUser.can(Role.UNIT_HEAD, currentUser.targetOfUnit(item.unitId()))
                    : unitGrantsIn(Role.UNIT_HEAD, item.departmentId());
            case LEADER -> currentUser.can(Role.LEADER, currentUser.targetOfDepartment(item.departmentId()));
            case LEGAL -> currentUser.can(Role.LEGAL_REVIEWER, currentUser.targetOfDepartment(item.departmentId()));
        };
    }

    public void requireReview(PowerItemView item, ReviewLevel level) {
        if (!mayReview(item, level)) {
            throw new ForbiddenException("catalog.forbidden.review", Labels.of(level), item.code());
        }
    }

    public boolean mayManageLifecycle(PowerItemView item) {
        return currentUser.can(Role.LEADER, currentUser.targetOfDepartment(item.departmentId()));
    }

    public void requireLifecycle(PowerItemView item) {
        if (!mayManageLifecycle(item)) {
            throw new ForbiddenException("catalog.forbidden.lifecycle", item.code());
        }
    }

    // ---- reading

    public boolean mayRead(long departmentId) {
        OrgTarget target = currentUser.targetOfDepartment(departmentId);
        for (Role role : READERS) {
            if (currentUser.can(role, target) || unitGrantsIn(role, departmentId)) {
                return true;
            }
        }
        return false;
    }

    public void requireRead(long departmentId) {
        if (!mayRead(departmentId)) {
            throw new ForbiddenException("catalog.forbidden.read");
        }
    }

    /** Departments whose catalog the user may read, by region and name. */
    public List<DepartmentView> readableDepartments() {
        Map<Long, DepartmentView> found = new LinkedHashMap<>();
        for (Role role : READERS) {
            for (Grant g : currentUser.grants(role)) {
                departmentsOf(g).forEach(d -> found.putIfAbsent(d.id(), d));
            }
        }
        return found.values().stream().filter(DepartmentView::active)
                .sorted(Comparator.comparing(DepartmentView::regionCode).thenComparing(DepartmentView::id)).toList();
    }

    /** Departments where the user may create items (a clerk's departments, of either scope). */
    public List<DepartmentView> clerkDepartments() {
        Map<Long, DepartmentView> found = new LinkedHashMap<>();
        for (Grant g : currentUser.grants(Role.CATALOG_CLERK)) {
            departmentsOf(g).forEach(d -> found.putIfAbsent(d.id(), d));
        }
        return List.copyOf(found.values());
    }

    /** The units a unit-scope clerk is limited to (empty for a department clerk of {@code departmentId}). */
    public Set<Long> clerkUnitsOnly(long departmentId) {
        if (mayAssign(departmentId)) {
            return Set.of();
        }
        Set<Long> units = new HashSet<>();
        for (Grant g : currentUser.grants(Role.CATALOG_CLERK)) {
            if (g.scopeKind() == ScopeKind.UNIT) {
                organization.unit(Long.parseLong(g.scopeRef())).filter(u -> u.departmentId() == departmentId)
                        .ifPresent(u -> units.add(u.id()));
            }
        }
        return units;
    }

    /** Where the user's grants for the level's role let them review. */
    public ReviewScope reviewScope(ReviewLevel level) {
        Set<Long> departments = new HashSet<>();
        Set<Long> units = new HashSet<>();
        Set<Long> unassigned = new HashSet<>();
        for (Grant g : currentUser.grants(level.role())) {
            switch (g.scopeKind()) {
                case UNIT -> {
                    long unitId = Long.parseLong(g.scopeRef());
                    units.add(unitId);
                    organization.unit(unitId).ifPresent(u -> unassigned.add(u.departmentId()));
                }
                case DEPARTMENT -> departments.add(Long.parseLong(g.scopeRef()));
                case REGION -> {
                    if (CurrentUser.EVERYWHERE.equals(g.scopeRef())) {
                        return new ReviewScope(true, Set.of(), Set.of(), Set.of());
                    }
                    organization.departmentsWithin(g.scopeRef()).forEach(d -> departments.add(d.id()));
                }
                case NONE -> {
                }
            }
        }
        return new ReviewScope(false, departments, units, unassigned);
    }

    public OrgTarget targetOf(PowerItemView item) {
        return item.unitId() != null ? currentUser.targetOfUnit(item.unitId()) : currentUser.targetOfDepartment(item.departmentId());
    }

    /** Whether the user holds {@code role} for some unit of the department. */
    private boolean unitGrantsIn(Role role, long departmentId) {
        for (Grant g : currentUser.grants(role)) {
            if (g.scopeKind() == ScopeKind.UNIT && g.scopeRef() != null) {
                if (organization.unit(Long.parseLong(g.scopeRef())).map(UnitView::departmentId).orElse(-1L) == departmentId) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<DepartmentView> departmentsOf(Grant g) {
        return switch (g.scopeKind()) {
            case UNIT -> organization.unit(Long.parseLong(g.scopeRef())).flatMap(u -> organization.department(u.departmentId()))
                    .stream().toList();
            case DEPARTMENT -> organization.department(Long.parseLong(g.scopeRef())).stream().toList();
            case REGION -> CurrentUser.EVERYWHERE.equals(g.scopeRef())
                    ? organization.rootRegions().stream().map(RegionView::code).flatMap(c -> organization.departmentsWithin(c).stream()).toList()
                    : organization.departmentsWithin(g.scopeRef());
            case NONE -> List.of();
        };
    }
}
