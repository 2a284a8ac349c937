package org.sunlight.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;
import org.sunlight.common.Checks;
import org.sunlight.common.ConflictException;
import org.sunlight.common.ForbiddenException;
import org.sunlight.common.NotFoundException;
import org.sunlight.identity.internal.AccountRecord;
import org.sunlight.identity.internal.AccountStore;
import org.sunlight.identity.internal.PolicyStore;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.StaffView;

/**
 * The system administrator's work on accounts: open a staff account, enable, disable, unlock, reset
 * the password. Roles are not granted here: that is the security administrator's (三员分立).
 */
@Service
@Transactional
public class AccountAdministration {

    private final AccountStore accounts;
    private final PolicyStore policies;
    private final PasswordEncoder encoder;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    AccountAdministration(AccountStore accounts, PolicyStore policies, PasswordEncoder encoder,
            OrganizationDirectory organization, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.policies = policies;
        this.encoder = encoder;
        this.organization = organization;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountView> list(String query, AccountKind kind, int page, int size) {
        return accounts.list(query, kind, Math.max(page, 0) * size, size).stream().map(this::view).toList();
    }

    /** The security administrator sees accounts (to grant roles) but cannot change them. */
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','SECURITY_ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountView> listForRoles(String query, AccountKind kind) {
        return accounts.list(query, kind, 0, 200).stream().map(this::view).toList();
    }

    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','SECURITY_ADMIN')")
    @Transactional(readOnly = true)
    public AccountView get(long id) {
        return view(load(id));
    }

    /** Opens a staff account; the first sign-in must change the initial password. */
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public AccountView createStaffAccount(NewStaffAccount cmd) {
        Checks checks = Checks.start();
        UsernameRules.check(checks, cmd.username(), "username");
        checks.optionalText(cmd.displayName(), "displayName", 100);
        checks.require(cmd.staffId() != null, "staffId", "error.required");
        StaffView staff = cmd.staffId() == null ? null : organization.staff(cmd.staffId()).orElse(null);
        if (cmd.staffId() != null) {
            checks.require(staff != null && staff.active(), "staffId", "identity.account.staff-unknown");
        }
        checks.addAll(PasswordRules.check(policies.load(), cmd.username(), cmd.initialPassword(), "initialPassword"));
        checks.throwIfAny();
        if (!currentUser.can(Role.SYSTEM_ADMIN, currentUser.targetOfRegion(staff.regionCode()))) {
            throw new ForbiddenException("identity.forbidden.scope", Role.SYSTEM_ADMIN.key());
        }
        if (accounts.usernameTaken(cmd.username())) {
            throw new ConflictException("username", "identity.username.taken");
        }
        if (accounts.existsForStaff(cmd.staffId())) {
            throw new ConflictException("staffId", "identity.account.staff-has-account");
        }
        Instant now = clock.instant();
        String name = cmd.displayName() == null || cmd.displayName().isBlank() ? staff.name() : cmd.displayName().trim();
        long id = accounts.insert(cmd.username().trim(), encoder.encode(cmd.initialPassword()), AccountKind.STAFF,
                staff.id(), name, null, true, now, actorName());
        audit.record(AuditEntry.of("account.create", "account", id)
                .after("{\"username\":\"" + cmd.username().trim() + "\",\"staffId\":" + staff.id() + ",\"kind\":\"STAFF\"}"));
        return get(id);
    }

    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public AccountView setEnabled(long id, long version, boolean enabled) {
        AccountRecord a = loadInScope(id);
        accounts.setEnabled(id, version, enabled);
        audit.record(AuditEntry.of(enabled ? "account.enable" : "account.disable", "account", id)
                .before("{\"enabled\":" + a.enabled() + "}").after("{\"enabled\":" + enabled + "}"));
        return get(id);
    }

    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public AccountView unlock(long id, long version) {
        AccountRecord a = loadInScope(id);
        accounts.unlock(id, version);
        audit.record(AuditEntry.of("account.unlock", "account", id)
                .before("{\"failedAttempts\":" + a.failedAttempts() + ",\"lockedUntil\":\"" + a.lockedUntil() + "\"}"));
        return get(id);
    }

    /** Sets a temporary password the owner must change at the next sign-in. */
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public AccountView resetPassword(long id, long version, String temporaryPassword) {
        AccountRecord a = loadInScope(id);
        Checks checks = Checks.start();
        checks.addAll(PasswordRules.check(policies.load(), a.username(), temporaryPassword, "temporaryPassword"));
        checks.throwIfAny();
        accounts.updatePassword(id, version, encoder.encode(temporaryPassword), true, clock.instant());
        audit.record(AuditEntry.of("account.password-reset", "account", id).after("{\"mustChangePassword\":true}"));
        return get(id);
    }

    private AccountRecord load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("identity.account.not-found", id));
    }

    /** Administrators act only on staff of their own region subtree; public accounts belong to the platform. */
    private AccountRecord loadInScope(long id) {
        AccountRecord a = load(id);
        if (a.staffId() != null) {
            organization.staff(a.staffId()).ifPresent(s -> {
                if (!currentUser.can(Role.SYSTEM_ADMIN, currentUser.targetOfRegion(s.regionCode()))) {
                    throw new ForbiddenException("identity.forbidden.scope", Role.SYSTEM_ADMIN.key());
                }
            });
        }
        return a;
    }

    private AccountView view(AccountRecord a) {
        return new AccountView(a.id(), a.username(), a.kind(), a.staffId(), a.displayName(), a.enabled(),
                a.mustChangePassword(), a.failedAttempts(), a.lockedUntil(), a.createdAt(), a.version(),
                accounts.activeGrants(a.id()));
    }

    private String actorName() {
        return currentUser.current().map(Actor::username).orElse("system");
    }
}
