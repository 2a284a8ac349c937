package org.sunlight.identity.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
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
import org.sunlight.common.SunlightException;
import org.sunlight.identity.AccountAdministration;
import org.sunlight.identity.NewStaffAccount;
import org.sunlight.identity.SecurityPolicies;

/** The system administrator's account pages: list, open a staff account, enable/disable, unlock, reset. */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AccountAdminController {

    private final AccountAdministration accounts;
    private final SecurityPolicies policies;
    private final MessageSource messages;

    AccountAdminController(AccountAdministration accounts, SecurityPolicies policies, MessageSource messages) {
        this.accounts = accounts;
        this.policies = policies;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("accounts", accounts.list(q, null, page, 50));
        model.addAttribute("q", q);
        model.addAttribute("page", page);
        model.addAttribute("policy", policies.current());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewStaffAccount("", null, "", ""));
        }
        return "identity/admin-accounts";
    }

    @PostMapping
    String create(NewStaffAccount form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            var created = accounts.createStaffAccount(form);
            redirect.addFlashAttribute("done", messages.getMessage("identity.account.created", new Object[] {created.username()}, locale));
            return "redirect:/admin/accounts";
        } catch (SunlightException e) {
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            model.addAttribute("form", new NewStaffAccount(form.username(), form.staffId(), form.displayName(), ""));
            return list(null, 0, model);
        }
    }

    @PostMapping("/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam long version,
            @RequestParam(required = false) String temporaryPassword, Locale locale, RedirectAttributes redirect) {
        try {
            switch (action) {
                case "enable" -> accounts.setEnabled(id, version, true);
                case "disable" -> accounts.setEnabled(id, version, false);
                case "unlock" -> accounts.unlock(id, version);
                case "reset" -> accounts.resetPassword(id, version, temporaryPassword);
                default -> throw new org.sunlight.common.NotFoundException("error.not-found");
            }
            redirect.addFlashAttribute("done", messages.getMessage("identity.account.action-done", null, locale));
        } catch (SunlightException e) {
            redirect.addFlashAttribute("failed", String.join("；", FormErrors.of(e, messages, locale).values()));
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failed", messages.getMessage("error.stale", null, locale));
        }
        return "redirect:/admin/accounts";
    }
}
