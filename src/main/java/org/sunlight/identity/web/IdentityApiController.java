package org.sunlight.identity.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.identity.AccountAdministration;
import org.sunlight.identity.AccountKind;
import org.sunlight.identity.AccountView;
import org.sunlight.identity.Actor;
import org.sunlight.identity.CurrentUser;
import org.sunlight.identity.Grant;
import org.sunlight.identity.NewStaffAccount;
import org.sunlight.identity.PublicRegistration;
import org.sunlight.identity.Registration;
import org.sunlight.identity.Role;
import org.sunlight.identity.RoleAdministration;
import org.sunlight.identity.ScopeKind;
import org.sunlight.identity.SecurityPolicies;
import org.sunlight.identity.SecurityPolicy;

/** JSON API for accounts, roles and the security policy. */
@RestController
@Tag(name = "identity", description = "Accounts, roles and scopes, security policy")
class IdentityApiController {

    private final AccountAdministration accounts;
    private final RoleAdministration roles;
    private final SecurityPolicies policies;
    private final PublicRegistration registration;
    private final CurrentUser currentUser;

    IdentityApiController(AccountAdministration accounts, RoleAdministration roles, SecurityPolicies policies,
            PublicRegistration registration, CurrentUser currentUser) {
        this.accounts = accounts;
        this.roles = roles;
        this.policies = policies;
        this.registration = registration;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The signed-in account, its roles and scopes")
    Actor me() {
        return currentUser.actor();
    }

    @GetMapping("/api/v1/accounts")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    List<AccountView> list(@RequestParam(required = false) String q, @RequestParam(required = false) AccountKind kind,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return accounts.list(q, kind, page, Math.min(Math.max(size, 1), 200));
    }

    @GetMapping("/api/v1/accounts/{id}")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','SECURITY_ADMIN')")
    AccountView get(@PathVariable long id) {
        return accounts.get(id);
    }

    @PostMapping("/api/v1/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "Open a staff account (system administrator); the initial password must be changed at first sign-in")
    AccountView create(@RequestBody NewStaffAccount body) {
        return accounts.createStaffAccount(body);
    }

    record VersionBody(long version) {
    }

    record ResetBody(long version, String temporaryPassword) {
    }

    @PostMapping("/api/v1/accounts/{id}/disable")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    AccountView disable(@PathVariable long id, @RequestBody VersionBody body) {
        return accounts.setEnabled(id, body.version(), false);
    }

    @PostMapping("/api/v1/accounts/{id}/enable")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    AccountView enable(@PathVariable long id, @RequestBody VersionBody body) {
        return accounts.setEnabled(id, body.version(), true);
    }

    @PostMapping("/api/v1/accounts/{id}/unlock")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    AccountView unlock(@PathVariable long id, @RequestBody VersionBody body) {
        return accounts.unlock(id, body.version());
    }

    @PostMapping("/api/v1/accounts/{id}/reset-password")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    AccountView reset(@PathVariable long id, @RequestBody ResetBody body) {
        return accounts.resetPassword(id, body.version(), body.temporaryPassword());
    }

    record GrantBody(long version, Role role, ScopeKind scopeKind, String scopeRef) {
    }

    @PostMapping("/api/v1/accounts/{id}/grants")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    @Operation(summary = "Grant a role within a scope (security administrator)")
    Grant grant(@PathVariable long id, @RequestBody GrantBody body) {
        return roles.grant(id, body.version(), body.role(), body.scopeKind(), body.scopeRef());
    }

    @DeleteMapping("/api/v1/accounts/{id}/grants/{grantId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    void revoke(@PathVariable long id, @PathVariable long grantId, @RequestParam long version) {
        roles.revoke(id, version, grantId);
    }

    @GetMapping("/api/v1/security-policy")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    SecurityPolicy policy() {
        return policies.current();
    }

    @PutMapping("/api/v1/security-policy")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    SecurityPolicy updatePolicy(@RequestBody SecurityPolicy body) {
        return policies.update(body);
    }

    @PostMapping("/api/v1/public/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a citizen or organisation account")
    Map<String, Object> register(@RequestBody Registration body) {
        long id = registration.register(body);
        return Map.of("id", id, "username", body.username());
    }
}
