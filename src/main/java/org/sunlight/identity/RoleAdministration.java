package org.sunlight.identity;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;
import org.sunlight.common.ConflictException;
import org.sunlight.common.ForbiddenException;
import org.sunlight.common.InvalidInputException;
import org.sunlight.common.NotFoundException;
import org.sunlight.identity.internal.AccountRecord;
import org.sunlight.identity.internal.AccountStore;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.StaffView;
import org.sunlight.organization.UnitView;

/**
 * The security administrator grants and revokes roles. Rules, each refused with its reason:
 * the scope kind must fit the role; the scope must exist and lie within the administrator's own
 * region; unit and department roles go to staff placed there; public roles only to public accounts;
 * an administrator role (三员) is the account's only role; nobody grants roles to themselves.
 */
@Service
@Transactional
public class RoleAdministration {

    private final AccountStore accounts;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    RoleAdministration(AccountStore accounts, OrganizationDirectory organization, CurrentUser currentUser,
            AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.organization = organization;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    public Grant grant(long accountId, long version, Role role, ScopeKind scopeKind, String scopeRef) {
        AccountRecord account = accounts.findById(accountId)
                .orElseThrow(() -> new NotFoundException("identity.account.not-found", accountId));
        Actor me = currentUser.actor();
        if (me.accountId() == accountId) {
            throw new ForbiddenException("identity.grant.self");
        }
        if (role == null) {
            throw new InvalidInputException("role", "error.required");
        }
        if (scopeKind == null || !role.scopeKinds().contains(scopeKind)) {
            throw new InvalidInputException("scopeKind", "identity.grant.scope-kind", role.key());
        }
        String ref = scopeRef == null ? null : scopeRef.trim();
        OrgTarget target = resolve(scopeKind, ref);
        if (role.isPublic() != (account.kind() == AccountKind.PUBLIC)) {
            throw new ConflictException("role", role.isPublic() ? "identity.grant.public-only" : "identity.grant.staff-only");
        }
        List<Grant> held = accounts.activeGrants(accountId);
        if (role.isAdministrator() && !held.isEmpty() || held.stream().anyMatch(g -> g.role().isAdministrator())) {
            throw new ConflictException("role", "identity.grant.admin-exclusive");
        }
        if (held.stream().anyMatch(g -> g.role() == role && g.scopeKind() == scopeKind && java.util.Objects.equals(g.scopeRef(), ref))) {
            throw new ConflictException("role", "identity.grant.duplicate");
        }
        if (target != null) {
            checkPlacement(account, role, scopeKind, ref);
            if (!currentUser.can(Role.SECURITY_ADMIN, target)) {
                throw new ForbiddenException("identity.forbidden.scope", Role.SECURITY_ADMIN.key());
            }
        }
        accounts.touch(accountId, version);
        Grant grant = new Grant(0, role, scopeKind, ref);
        long id = accounts.insertGrant(accountId, grant, clock.instant(), me.username());
        audit.record(AuditEntry.of("grant.add", "account", accountId)
                .after("{\"grantId\":" + id + ",\"role\":\"" + role.key() + "\",\"scope\":\"" + scopeKind + ":" + ref + "\"}"));
        return new Grant(id, role, scopeKind, ref);
    }

    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    public void revoke(long accountId, long version, long grantId) {
        accounts.findById(accountId).orElseThrow(() -> new NotFoundException("identity.account.not-found", accountId));
        Actor me = currentUser.actor();
        if (me.accountId() == accountId) {
            throw new ForbiddenException("identity.grant.self");
        }
        Grant grant = accounts.activeGrants(accountId).stream().filter(g -> g.id() == grantId).findFirst()
                .orElseThrow(() -> new NotFoundException("identity.grant.not-found", grantId));
        OrgTarget target = resolve(grant.scopeKind(), grant.scopeRef());
        if (target != null && !currentUser.can(Role.SECURITY_ADMIN, target)) {
            throw new ForbiddenException("identity.forbidden.scope", Role.SECURITY_ADMIN.key());
        }
        accounts.touch(accountId, version);
        accounts.revokeGrant(accountId, grantId, clock.instant(), me.username());
        audit.record(AuditEntry.of("grant.revoke", "account", accountId)
                .before("{\"grantId\":" + grantId + ",\"role\":\"" + grant.role().key() + "\",\"scope\":\""
                        + grant.scopeKind() + ":" + grant.scopeRef() + "\"}"));
    }

    /** The organisational place a scope names, or null for NONE; unknown places are refused. */
    private OrgTarget resolve(ScopeKind kind, String ref) {
        try {
            return switch (kind) {
                case NONE -> {
                    if (ref != null && !ref.isEmpty()) {
                        throw new InvalidInputException("scopeRef", "identity.grant.scope-none");
                    }
                    yield null;
                }
                case UNIT -> activeUnit(Long.parseLong(ref));
                case DEPARTMENT -> activeDepartment(Long.parseLong(ref));
                case REGION -> {
                    if (ref == null || organization.region(ref).filter(r -> r.active()).isEmpty()) {
                        throw new InvalidInputException("scopeRef", "identity.grant.scope-unknown");
                    }
                    yield currentUser.targetOfRegion(ref);
                }
            };
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidInputException("scopeRef", "identity.grant.scope-unknown");
        }
    }

    private OrgTarget activeUnit(long id) {
        UnitView unit = organization.unit(id).filter(UnitView::active)
                .orElseThrow(() -> new InvalidInputException("scopeRef", "identity.grant.scope-unknown"));
        return currentUser.targetOfUnit(unit.id());
    }

    private OrgTarget activeDepartment(long id) {
        DepartmentView dept = organization.department(id).filter(DepartmentView::active)
                .orElseThrow(() -> new InvalidInputException("scopeRef", "identity.grant.scope-unknown"));
        return currentUser.targetOfDepartment(dept.id());
    }

    /** Unit and department roles belong to staff who work there. */
    private void checkPlacement(AccountRecord account, Role role, ScopeKind kind, String ref) {
        if (kind != ScopeKind.UNIT && kind != ScopeKind.DEPARTMENT) {
            return;
        }
        StaffView staff = account.staffId() == null ? null : organization.staff(account.staffId()).orElse(null);
        boolean placed = staff != null && (kind == ScopeKind.UNIT
                ? ref.equals(String.valueOf(staff.unitId()))
                : ref.equals(String.valueOf(staff.departmentId())));
        if (!placed) {
            throw new ConflictException("scopeRef", "identity.grant.not-placed", role.key());
        }
    }
}
