package org.sunlight.identity.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.common.FormErrors;
import org.sunlight.common.SunlightException;
import org.sunlight.identity.PublicRegistration;
import org.sunlight.identity.Registration;
import org.sunlight.identity.Role;
import org.sunlight.identity.SecurityPolicies;

/** Citizens and organisations register here. */
@Controller
class RegisterController {

    private final PublicRegistration registration;
    private final SecurityPolicies policies;
    private final MessageSource messages;

    RegisterController(PublicRegistration registration, SecurityPolicies policies, MessageSource messages) {
        this.registration = registration;
        this.policies = policies;
        this.messages = messages;
    }

    /** The form's fields, bound by name. */
    record RegisterForm(String username, String displayName, String password, String confirmPassword, String role, String phone) {
    }

    @GetMapping("/register")
    String form(Model model) {
        model.addAttribute("form", new RegisterForm("", "", "", "", "citizen", ""));
        model.addAttribute("policy", policies.current());
        return "identity/register";
    }

    @PostMapping("/register")
    String register(@ModelAttribute RegisterForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            Role role = "organisation".equals(form.role()) ? Role.ORGANISATION : Role.CITIZEN;
            registration.register(new Registration(form.username(), form.displayName(), form.password(),
                    form.confirmPassword(), role, form.phone()));
            redirect.addFlashAttribute("registered", true);
            return "redirect:/login?registered";
        } catch (SunlightException e) {
            model.addAttribute("form", new RegisterForm(form.username(), form.displayName(), "", "", form.role(), form.phone()));
            model.addAttribute("policy", policies.current());
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return "identity/register";
        }
    }
}
