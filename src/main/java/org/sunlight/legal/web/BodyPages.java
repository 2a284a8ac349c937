package org.sunlight.legal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.common.FormErrors;
import org.sunlight.common.InvalidInputException;
import org.sunlight.common.SunlightException;
import org.sunlight.identity.CurrentUser;
import org.sunlight.identity.Grant;
import org.sunlight.identity.Role;
import org.sunlight.identity.ScopeKind;
import org.sunlight.legal.BodyInput;
import org.sunlight.legal.EnforcementBodyView;
import org.sunlight.legal.OfficerRegister;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;

/** Enforcement bodies: the list, registering a department as a body, editing, (de)activating. */
@Controller
class BodyPages {

    private final OfficerRegister register;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    BodyPages(OfficerRegister register, OrganizationDirectory organization, CurrentUser currentUser, MessageSource messages) {
        this.register = register;
        this.organization = organization;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/legal/bodies")
    @PreAuthorize(LegalAccess.READ)
    String list(Model model) {
        List<EnforcementBodyView> bodies = register.bodies();
        model.addAttribute("bodies", bodies);
        model.addAttribute("keeps", bodies.stream().filter(b -> register.mayKeep(b.departmentId())).map(EnforcementBodyView::id).toList());
        model.addAttribute("keepsAny", register.keepsAny());
        return "legal/bodies";
    }

    // ---- register

    @GetMapping("/legal/bodies/new")
    @PreAuthorize(LegalAccess.KEEP)
    String registerForm(Model model) {
        return showForm(model, null, "", "", "", null);
    }

    @PostMapping("/legal/bodies/new")
    @PreAuthorize(LegalAccess.KEEP)
    String registerBody(@RequestParam(required = false) String departmentId, @RequestParam(required = false) String legalBasis,
            @RequestParam(required = false) String scope, Model model, HttpServletResponse response, Locale locale,
            RedirectAttributes flash) {
        try {
            Long department = CertificateForm.id(departmentId);
            register.registerBody(new BodyInput(department, legalBasis, scope));
            flash.addFlashAttribute("notice", messages.getMessage("legal.body.done.register", null, locale));
            return "redirect:/legal/bodies";
        } catch (SunlightException e) {
            response.setStatus(e.status());
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return showForm(model, null, departmentId, legalBasis, scope, null);
        }
    }

    // ---- edit

    @GetMapping("/legal/bodies/{id}/edit")
    @PreAuthorize(LegalAccess.KEEP)
    String editForm(@PathVariable long id, Model model) {
        EnforcementBodyView b = register.body(id);
        return showForm(model, b, String.valueOf(b.departmentId()), b.legalBasis(), b.scope(), b.version());
    }

    @PostMapping("/legal/bodies/{id}/edit")
    @PreAuthorize(LegalAccess.KEEP)
    String edit(@PathVariable long id, @RequestParam(required = false) Long version, @RequestParam(required = false) String legalBasis,
            @RequestParam(required = false) String scope, Model model, HttpServletResponse response, Locale locale,
            RedirectAttributes flash) {
        EnforcementBodyView b = register.body(id);
        try {
            register.updateBody(id, required(version), new BodyInput(null, legalBasis, scope));
            flash.addFlashAttribute("notice", messages.getMessage("legal.body.done.update", null, locale));
            return "redirect:/legal/bodies";
        } catch (SunlightException e) {
            response.setStatus(e.status());
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return showForm(model, b, String.valueOf(b.departmentId()), legalBasis, scope, version == null ? b.version() : version);
        }
    }

    @PostMapping("/legal/bodies/{id}/{action:deactivate|reactivate}")
    @PreAuthorize(LegalAccess.KEEP)
    String toggle(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) Long version,
            RedirectAttributes flash, Locale locale) {
        try {
            if (action.equals("deactivate")) {
                register.deactivateBody(id, required(version));
            } else {
                register.reactivateBody(id, required(version));
            }
            flash.addFlashAttribute("notice", messages.getMessage("legal.body.done." + action, null, locale));
        } catch (SunlightException e) {
            flash.addFlashAttribute("problem", FormErrors.of(e, messages, locale).values().stream()
                    .reduce((a, b) -> a + "；" + b).orElse(""));
        }
        return "redirect:/legal/bodies";
    }

    private String showForm(Model model, EnforcementBodyView body, String departmentId, String legalBasis, String scope, Long version) {
        model.addAttribute("body", body);
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("legalBasis", legalBasis);
        model.addAttribute("scope", scope);
        model.addAttribute("version", version);
        model.addAttribute("departments", body == null ? registrable() : List.of());
        return "legal/body-form";
    }

    /** Active departments within the reviewer's grants that are not registered yet. */
    private List<DepartmentView> registrable() {
        List<Long> registered = register.bodies().stream().map(EnforcementBodyView::departmentId).toList();
        Map<Long, DepartmentView> candidates = new LinkedHashMap<>();
        for (Grant g : currentUser.grants(Role.LEGAL_REVIEWER)) {
            if (g.scopeKind() == ScopeKind.REGION && !CurrentUser.EVERYWHERE.equals(g.scopeRef())) {
                organization.departmentsWithin(g.scopeRef()).forEach(d -> candidates.putIfAbsent(d.id(), d));
            } else if (g.scopeKind() == ScopeKind.DEPARTMENT) {
                organization.department(Long.parseLong(g.scopeRef())).ifPresent(d -> candidates.putIfAbsent(d.id(), d));
            }
        }
        return candidates.values().stream().filter(DepartmentView::active).filter(d -> !registered.contains(d.id())).toList();
    }

    private static long required(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "error.required");
        }
        return version;
    }
}
