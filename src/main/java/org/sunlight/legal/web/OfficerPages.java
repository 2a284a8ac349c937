package org.sunlight.legal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.common.FormErrors;
import org.sunlight.common.InvalidInputException;
import org.sunlight.common.SunlightException;
import org.sunlight.legal.CertificateFilter;
import org.sunlight.legal.CertificateView;
import org.sunlight.legal.EnforcementBodyView;
import org.sunlight.legal.EnforcementField;
import org.sunlight.legal.OfficerRegister;
import org.sunlight.legal.Standing;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.StaffView;
import org.sunlight.organization.UnitView;

/**
 * The register of officers and their certificates: the filtered list (expiring soon highlighted by the
 * injected clock), a certificate's page with suspend / reinstate / revoke, and the issue and edit forms.
 * A refused form comes back with each message beside its field and the refusal's HTTP status.
 */
@Controller
class OfficerPages {

    static final int PAGE_SIZE = 50;

    private final OfficerRegister register;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final Clock clock;

    OfficerPages(OfficerRegister register, OrganizationDirectory organization, MessageSource messages, Clock clock) {
        this.register = register;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute("today")
    LocalDate today() {
        return LocalDate.now(clock);
    }

    @ModelAttribute("expiringDays")
    int expiringDays() {
        return CertificateView.EXPIRING_DAYS;
    }

    // ---- the list

    @GetMapping("/legal/officers")
    @PreAuthorize(LegalAccess.READ)
    String list(@RequestParam(required = false) String departmentId, @RequestParam(required = false) String field,
            @RequestParam(required = false) String standing, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long department = CertificateForm.id(departmentId);
        if (department != null && department < 0) {
            errors.put("departmentId", message("error.format", locale));
            department = null;
        }
        EnforcementField fieldValue = parse(EnforcementField.class, field, "field", errors, locale);
        Standing standingValue = parse(Standing.class, standing, "standing", errors, locale);
        int from = Math.max(0, page) * PAGE_SIZE;
        List<CertificateView> rows = register.certificates(new CertificateFilter(department, fieldValue, standingValue, q, null),
                from, PAGE_SIZE + 1);
        Map<Long, Boolean> keeps = new HashMap<>();
        rows.forEach(c -> keeps.computeIfAbsent(c.departmentId(), register::mayKeep));
        model.addAttribute("filter", Map.of("departmentId", department == null ? "" : department.toString(),
                "field", fieldValue == null ? "" : fieldValue.name(), "standing", standingValue == null ? "" : standingValue.name(),
                "q", q == null ? "" : q));
        model.addAttribute("errors", errors);
        model.addAttribute("bodies", register.bodies());
        model.addAttribute("fields", EnforcementField.values());
        model.addAttribute("standings", Standing.values());
        model.addAttribute("rows", rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows);
        model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("keeps", keeps);
        model.addAttribute("keepsAny", register.keepsAny());
        return "legal/officers";
    }

    // ---- one certificate, with its status actions

    @GetMapping("/legal/certificates/{id}")
    @PreAuthorize(LegalAccess.STAFF)
    String certificate(@PathVariable long id, Model model) {
        return showCertificate(register.certificate(id), model);
    }

    @PostMapping("/legal/certificates/{id}/{action:suspend|reinstate|revoke}")
    @PreAuthorize(LegalAccess.KEEP)
    String changeStatus(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String reason, Model model, HttpServletResponse response,
            RedirectAttributes flash, Locale locale) {
        try {
            long v = requireVersion(version);
            switch (action) {
                case "suspend" -> register.suspend(id, v, reason);
                case "reinstate" -> register.reinstate(id, v, reason);
                default -> register.revoke(id, v, reason);
            }
            flash.addFlashAttribute("notice", message("legal.certificate.done." + action, locale));
            return "redirect:/legal/certificates/" + id;
        } catch (SunlightException e) {
            response.setStatus(e.status());
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            model.addAttribute("failedAction", action);
            model.addAttribute("reason", reason);
            return showCertificate(register.certificate(id), model);
        }
    }

    private String showCertificate(CertificateView c, Model model) {
        model.addAttribute("cert", c);
        model.addAttribute("standing", c.standing(today()));
        model.addAttribute("mayKeep", register.mayKeep(c.departmentId()));
        return "legal/certificate";
    }

    // ---- issue

    @GetMapping("/legal/certificates/new")
    @PreAuthorize(LegalAccess.KEEP)
    String issueForm(@RequestParam(required = false) String departmentId, Model model) {
        List<EnforcementBodyView> kept = keptBodies();
        Long asked = CertificateForm.id(departmentId);
        Long chosen = kept.stream().filter(b -> asked != null && b.departmentId() == asked).findFirst()
                .or(() -> kept.stream().findFirst()).map(EnforcementBodyView::departmentId).orElse(null);
        return showIssue(CertificateForm.blank(chosen), model);
    }

    @PostMapping("/legal/certificates/new")
    @PreAuthorize(LegalAccess.KEEP)
    String issue(@ModelAttribute("form") CertificateForm form, Model model, HttpServletResponse response, Locale locale,
            RedirectAttributes flash) {
        try {
            CertificateView c = register.issue(form.input());
            flash.addFlashAttribute("notice", message("legal.certificate.done.issue", locale));
            return "redirect:/legal/certificates/" + c.id();
        } catch (SunlightException e) {
            response.setStatus(e.status());
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return showIssue(form, model);
        }
    }

    private String showIssue(CertificateForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("mode", "issue");
        model.addAttribute("bodies", keptBodies());
        model.addAttribute("fields", EnforcementField.values());
        model.addAttribute("staffOptions", staffOptions(CertificateForm.id(form.departmentId())));
        return "legal/certificate-form";
    }

    // ---- edit

    @GetMapping("/legal/certificates/{id}/edit")
    @PreAuthorize(LegalAccess.KEEP)
    String editForm(@PathVariable long id, Model model) {
        CertificateView c = register.certificate(id);
        return showEdit(c, CertificateForm.of(c), c.version(), model);
    }

    @PostMapping("/legal/certificates/{id}/edit")
    @PreAuthorize(LegalAccess.KEEP)
    String edit(@PathVariable long id, @RequestParam(required = false) Long version, @ModelAttribute("form") CertificateForm form,
            Model model, HttpServletResponse response, Locale locale, RedirectAttributes flash) {
        CertificateView c = register.certificate(id);
        try {
            register.update(id, requireVersion(version), form.input());
            flash.addFlashAttribute("notice", message("legal.certificate.done.update", locale));
            return "redirect:/legal/certificates/" + id;
        } catch (SunlightException e) {
            response.setStatus(e.status());
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return showEdit(c, form, version == null ? c.version() : version, model);
        }
    }

    private String showEdit(CertificateView c, CertificateForm form, long version, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("mode", "edit");
        model.addAttribute("cert", c);
        model.addAttribute("version", version);
        model.addAttribute("bodies", keptBodies());
        model.addAttribute("fields", EnforcementField.values());
        model.addAttribute("staffOptions", List.of());
        return "legal/certificate-form";
    }

    // ---- helpers

    /** Active bodies the user keeps the register of: where a certificate may be issued. */
    private List<EnforcementBodyView> keptBodies() {
        return register.bodies().stream().filter(EnforcementBodyView::active).filter(b -> register.mayKeep(b.departmentId())).toList();
    }

    /** A person to choose: the active staff of the department, labelled "unit · name". */
    record StaffOption(long id, String label) {
    }

    private List<StaffOption> staffOptions(Long departmentId) {
        if (departmentId == null || departmentId < 0) {
            return List.of();
        }
        List<StaffOption> options = new ArrayList<>();
        for (UnitView unit : organization.unitsOf(departmentId)) {
            organization.staffOf(unit.id()).stream().filter(StaffView::active).sorted(Comparator.comparing(StaffView::name))
                    .forEach(s -> options.add(new StaffOption(s.id(), unit.name() + " · " + s.name())));
        }
        return options;
    }

    private static long requireVersion(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "error.required");
        }
        return version;
    }

    private <E extends Enum<E>> E parse(Class<E> type, String value, String name, Map<String, String> errors, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put(name, message("error.format", locale));
            return null;
        }
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
