package org.sunlight.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.common.FormErrors;
import org.sunlight.common.SunlightException;
import org.sunlight.identity.CurrentUser;
import org.sunlight.identity.PasswordChange;
import org.sunlight.identity.SecurityPolicies;
import org.sunlight.identity.internal.AccountPrincipal;
import org.sunlight.identity.internal.SessionPolicyFilter;

/** The signed-in user's own account: who they are, their roles and scopes, and the password change. */
@Controller
class AccountController {

    private final CurrentUser currentUser;
    private final PasswordChange passwordChange;
    private final SecurityPolicies policies;
    private final ScopeLabels scopeLabels;
    private final MessageSource messages;

    AccountController(CurrentUser currentUser, PasswordChange passwordChange, SecurityPolicies policies,
            ScopeLabels scopeLabels, MessageSource messages) {
        this.currentUser = currentUser;
        this.passwordChange = passwordChange;
        this.policies = policies;
        this.scopeLabels = scopeLabels;
        this.messages = messages;
    }

    @GetMapping("/account")
    String account(Model model) {
        var actor = currentUser.actor();
        model.addAttribute("actor", actor);
        model.addAttribute("scopes", actor.grants().stream().map(scopeLabels::label).toList());
        return "identity/account";
    }

    @GetMapping(SessionPolicyFilter.PASSWORD_CHANGE_PATH)
    String passwordForm(Model model) {
        addForcedFlag(model);
        model.addAttribute("policy", policies.current());
        return "identity/password";
    }

    @PostMapping(SessionPolicyFilter.PASSWORD_CHANGE_PATH)
    String change(@RequestParam(required = false) String currentPassword, @RequestParam(required = false) String newPassword,
            @RequestParam(required = false) String confirmPassword, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            passwordChange.change(currentPassword, newPassword, confirmPassword);
        } catch (SunlightException e) {
            addForcedFlag(model);
            model.addAttribute("policy", policies.current());
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return "identity/password";
        }
        // Lift the forced change from the live session too.
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p) {
            AccountPrincipal updated = p.withPasswordChanged();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
            SecurityContextHolder.setContext(context);
            new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        }
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/account";
    }

    private void addForcedFlag(Model model) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        model.addAttribute("forced", auth != null && auth.getPrincipal() instanceof AccountPrincipal p && p.mustChangePassword());
    }
}
