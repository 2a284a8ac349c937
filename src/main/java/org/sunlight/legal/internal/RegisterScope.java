package org.sunlight.legal.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.sunlight.identity.Actor;
import org.sunlight.identity.CurrentUser;
import org.sunlight.identity.Grant;
import org.sunlight.identity.Role;
import org.sunlight.identity.ScopeKind;
import org.sunlight.legal.internal.CertificateStore.Departments;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;

/**
 * Who may do what in the register. The legal reviewer keeps it for the departments their grant
 * covers; legal reviewers, supervisors and leaders read it within their grants; nobody else reads
 * more than their own certificates. The three administrators have no business here (三员分立).
 */
@Component
class RegisterScope {

    static final List<Role> READERS = List.of(Role.LEGAL_REVIEWER, Role.SUPERVISOR, Role.LEADER);

    private final CurrentUser currentUser;
    private final OrganizationDirectory organization;

    RegisterScope(CurrentUser currentUser, OrganizationDirectory organization) {
        this.currentUser = currentUser;
        this.organization = organization;
    }

    boolean mayKeep(long departmentId) {
        return organization.department(departmentId).isPresent()
                && currentUser.can(Role.LEGAL_REVIEWER, currentUser.targetOfDepartment(departmentId));
    }

    boolean mayRead(long departmentId) {
        if (organization.department(departmentId).isEmpty()) {
            return false;
        }
        var target = currentUser.targetOfDepartment(departmentId);
        return READERS.stream().anyMatch(role -> currentUser.can(role, target));
    }

    /** The signed-in person's staff id, when they are staff. */
    Optional<Long> myStaffId() {
        return currentUser.current().map(Actor::staffId);
    }

    boolean keepsAny() {
        return !currentUser.grants(Role.LEGAL_REVIEWER).isEmpty();
    }

    /** The departments the user may read the register of. */
    Departments readable() {
        return departmentsOf(READERS);
    }

    /** The departments the user keeps the register of. */
    Departments kept() {
        return departmentsOf(List.of(Role.LEGAL_REVIEWER));
    }

    private Departments departmentsOf(List<Role> roles) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Role role : roles) {
            for (Grant g : currentUser.grants(role)) {
                if (g.scopeKind() == ScopeKind.REGION) {
                    if (CurrentUser.EVERYWHERE.equals(g.scopeRef())) {
                        return Departments.everywhere();
                    }
                    organization.departmentsWithin(g.scopeRef()).stream().map(DepartmentView::id).forEach(ids::add);
                } else if (g.scopeKind() == ScopeKind.DEPARTMENT && g.scopeRef() != null) {
                    ids.add(Long.parseLong(g.scopeRef()));
                }
            }
        }
        return new Departments(false, List.copyOf(ids));
    }
}
