package org.sunlight.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.sunlight.common.ForbiddenException;
import org.sunlight.common.NotFoundException;
import org.sunlight.identity.internal.AccountPrincipal;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.RegionView;
import org.sunlight.organization.UnitView;

/**
 * Who is acting, and whether a role of theirs covers a place in the organisation. Other modules ask
 * here before acting: {@code currentUser.require(Role.UNIT_HEAD, currentUser.targetOfUnit(unitId))}.
 */
@Service
public class CurrentUser {

    /** Scope reference of a region grant that covers every region (bootstrap administrators). */
    public static final String EVERYWHERE = "*";

    private final OrganizationDirectory organization;

    CurrentUser(OrganizationDirectory organization) {
        this.organization = organization;
    }

    public Optional<Actor> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p) {
            return Optional.of(p.actor());
        }
        return Optional.empty();
    }

    public Actor actor() {
        return current().orElseThrow(() -> new ForbiddenException("identity.not-signed-in"));
    }

    public OrgTarget targetOfUnit(long unitId) {
        UnitView unit = organization.unit(unitId).orElseThrow(() -> new NotFoundException("organization.unit.not-found", unitId));
        DepartmentView dept = organization.department(unit.departmentId())
                .orElseThrow(() -> new NotFoundException("organization.department.not-found", unit.departmentId()));
        return new OrgTarget(regionPath(dept.regionCode()), dept.id(), unit.id());
    }

    public OrgTarget targetOfDepartment(long departmentId) {
        DepartmentView dept = organization.department(departmentId)
                .orElseThrow(() -> new NotFoundException("organization.department.not-found", departmentId));
        return new OrgTarget(regionPath(dept.regionCode()), dept.id(), null);
    }

    public OrgTarget targetOfRegion(String regionCode) {
        return new OrgTarget(regionPath(regionCode), null, null);
    }

    /** Whether the current user holds {@code role} with a scope covering {@code target}. */
    public boolean can(Role role, OrgTarget target) {
        return current().map(a -> a.grantsOf(role).stream().anyMatch(g -> covers(g, target))).orElse(false);
    }

    /** As {@link #can}, but refuses with a reason naming the role. */
    public void require(Role role, OrgTarget target) {
        if (!can(role, target)) {
            throw new ForbiddenException("identity.forbidden.scope", role.key());
        }
    }

    /** The grants of {@code role} the current user holds (empty when signed out). */
    public List<Grant> grants(Role role) {
        return current().map(a -> a.grantsOf(role)).orElse(List.of());
    }

    /** The scope rule: a unit grant covers its unit, a department grant its department, a region grant its subtree. */
    public static boolean covers(Grant grant, OrgTarget target) {
        String ref = grant.scopeRef();
        return switch (grant.scopeKind()) {
            case NONE -> false;
            case UNIT -> target.unitId() != null && ref != null && ref.equals(String.valueOf(target.unitId()));
            case DEPARTMENT -> target.departmentId() != null && ref != null && ref.equals(String.valueOf(target.departmentId()));
            case REGION -> EVERYWHERE.equals(ref) || (ref != null && target.regionPath().contains(ref));
        };
    }

    private List<String> regionPath(String code) {
        return organization.region(code).map(RegionView::path)
                .orElseThrow(() -> new NotFoundException("organization.region.not-found", code));
    }
}
