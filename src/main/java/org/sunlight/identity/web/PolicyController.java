package org.sunlight.identity.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.common.FormErrors;
import org.sunlight.common.SunlightException;
import org.sunlight.identity.SecurityPolicies;
import org.sunlight.identity.SecurityPolicy;

/** The security administrator's policy page. */
@Controller
@RequestMapping("/admin/security-policy")
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class PolicyController {

    private final SecurityPolicies policies;
    private final MessageSource messages;

    PolicyController(SecurityPolicies policies, MessageSource messages) {
        this.policies = policies;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        return show(policies.current(), model);
    }

    /** The form's fields in order, with their values (records are not bean properties for the template). */
    private String show(SecurityPolicy policy, Model model) {
        java.util.Map<String, Integer> fields = new java.util.LinkedHashMap<>();
        fields.put("minLength", policy.minLength());
        fields.put("minCharClasses", policy.minCharClasses());
        fields.put("maxFailedAttempts", policy.maxFailedAttempts());
        fields.put("lockoutMinutes", policy.lockoutMinutes());
        fields.put("idleTimeoutMinutes", policy.idleTimeoutMinutes());
        fields.put("passwordMaxAgeDays", policy.passwordMaxAgeDays());
        model.addAttribute("policy", policy);
        model.addAttribute("fields", fields);
        return "identity/admin-policy";
    }

    @PostMapping
    String update(SecurityPolicy policy, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            policies.update(policy);
            redirect.addFlashAttribute("done", messages.getMessage("identity.policy.saved", null, locale));
            return "redirect:/admin/security-policy";
        } catch (SunlightException e) {
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return show(policy, model);
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("errors", java.util.Map.of(FormErrors.FORM, messages.getMessage("error.stale", null, locale)));
            return show(policies.current(), model);
        }
    }
}
