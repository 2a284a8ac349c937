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
        model.addAttribute("policy", policies.current());
        return "identity/admin-policy";
    }

    @PostMapping
    String update(SecurityPolicy policy, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            policies.update(policy);
            redirect.addFlashAttribute("done", messages.getMessage("identity.policy.saved", null, locale));
            return "redirect:/admin/security-policy";
        } catch (SunlightException e) {
            model.addAttribute("policy", policy);
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return "identity/admin-policy";
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("policy", policies.current());
            model.addAttribute("errors", java.util.Map.of(FormErrors.FORM, messages.getMessage("error.stale", null, locale)));
            return "identity/admin-policy";
        }
    }
}
