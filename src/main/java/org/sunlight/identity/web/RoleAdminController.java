package org.sunlight.identity.web;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.common.FormErrors;
import org.sunlight.common.InvalidInputException;
import org.sunlight.common.SunlightException;
import org.sunlight.identity.AccountAdministration;
import org.sunlight.identity.AccountKind;
import org.sunlight.identity.Role;
import org.sunlight.identity.RoleAdministration;
import org.sunlight.identity.ScopeKind;

/** The security administrator's page: each account's roles and scopes; grant and revoke. */
@Controller
@RequestMapping("/admin/roles")
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class RoleAdminController {

    private final RoleAdministration roles;
    private final AccountAdministration accounts;
    private final ScopeLabels scopeLabels;
    private final MessageSource messages;

    RoleAdminController(RoleAdministration roles, AccountAdministration accounts, ScopeLabels scopeLabels, MessageSource messages) {
        this.roles = roles;
        this.accounts = accounts;
        this.scopeLabels = scopeLabels;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("accounts", accounts.listForRoles(q, AccountKind.STAFF).stream()
                .map(a -> new AccountRow(a, a.grants().stream().map(scopeLabels::label).toList())).toList());
        model.addAttribute("q", q);
        model.addAttribute("roles", Arrays.stream(Role.values()).filter(r -> !r.isPublic()).toList());
        model.addAttribute("scopeKinds", ScopeKind.values());
        return "identity/admin-roles";
    }

    record AccountRow(org.sunlight.identity.AccountView account, java.util.List<ScopeLabels.GrantLabel> grants) {
    }

    @PostMapping("/{accountId}/grant")
    String grant(@PathVariable long accountId, @RequestParam long version, @RequestParam(required = false) String role,
            @RequestParam(required = false) String scopeKind, @RequestParam(required = false) String scopeRef,
            Locale locale, RedirectAttributes redirect) {
        try {
            Role r = parse(Role.class, role, "role");
            ScopeKind k = parse(ScopeKind.class, scopeKind, "scopeKind");
            roles.grant(accountId, version, r, k, scopeRef);
            redirect.addFlashAttribute("done", messages.getMessage("identity.grant.done", null, locale));
        } catch (SunlightException e) {
            redirect.addFlashAttribute("failed", String.join("；", FormErrors.of(e, messages, locale).values()));
            redirect.addFlashAttribute("failedAccount", accountId);
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failed", messages.getMessage("error.stale", null, locale));
        }
        return "redirect:/admin/roles";
    }

    @PostMapping("/{accountId}/revoke/{grantId}")
    String revoke(@PathVariable long accountId, @PathVariable long grantId, @RequestParam long version,
            Locale locale, RedirectAttributes redirect) {
        try {
            roles.revoke(accountId, version, grantId);
            redirect.addFlashAttribute("done", messages.getMessage("identity.grant.revoked", null, locale));
        } catch (SunlightException e) {
            redirect.addFlashAttribute("failed", String.join("；", FormErrors.of(e, messages, locale).values()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failed", messages.getMessage("error.stale", null, locale));
        }
        return "redirect:/admin/roles";
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, "error.format");
        }
    }
}
