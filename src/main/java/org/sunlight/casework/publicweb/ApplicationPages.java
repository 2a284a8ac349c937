package org.sunlight.casework.publicweb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;
import org.sunlight.casework.CaseCommands.NewApplication;
import org.sunlight.casework.CaseCommands.PartyInput;
import org.sunlight.casework.CaseCommands.Upload;
import org.sunlight.casework.CaseHandling;
import org.sunlight.casework.CaseView;
import org.sunlight.casework.Channel;
import org.sunlight.casework.PartyType;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.OnlineApplications;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemVersionView;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.common.FormErrors;
import org.sunlight.common.ConflictException;
import org.sunlight.common.NotFoundException;
import org.sunlight.common.SunlightException;
import org.sunlight.identity.Actor;
import org.sunlight.identity.CurrentUser;
import org.sunlight.identity.Role;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;

/**
 * 网上申请: a registered citizen or organisation applies for an item that takes applications online. The form
 * carries an idempotency key made when it is shown, so a double click (or a resent form) makes one case. A
 * successful application goes on to its receipt (number and query code); a refusal stays on the form, the
 * message beside the field it concerns.
 */
@Controller
@PreAuthorize("hasAnyRole('CITIZEN','ORGANISATION')")
class ApplicationPages {

    /** File inputs are named {@code material-0}, {@code material-1} … after the item's list of materials. */
    static final String MATERIAL_FIELD = "material-";

    private final CatalogQueries catalog;
    private final OrganizationDirectory organization;
    private final CaseHandling cases;
    private final CurrentUser currentUser;
    private final PublicCaseLabels labels;
    private final Clock clock;

    ApplicationPages(CatalogQueries catalog, OrganizationDirectory organization, CaseHandling cases, CurrentUser currentUser,
            PublicCaseLabels labels, Clock clock) {
        this.catalog = catalog;
        this.organization = organization;
        this.cases = cases;
        this.currentUser = currentUser;
        this.labels = labels;
        this.clock = clock;
    }

    /** The form's fields, bound by name. */
    record ApplyForm(String partyType, String partyName, String partyIdNumber, String partyPhone, String partyAddress,
            String subject, String idempotencyKey) {
    }

    /** One line of the item's materials list beside its file input. */
    record MaterialRow(int index, String field, String name, boolean required, int copies) {
    }

    record Item(PowerItemView item, PowerItemContent content, DepartmentView department) {
    }

    @GetMapping("/public/apply/{itemCode}")
    String form(@PathVariable String itemCode, Locale locale, Model model, HttpServletResponse response) {
        Item item = item(itemCode);
        String refusal = refusal(item, locale);
        if (refusal != null) {
            return refused(item, refusal, model, response);
        }
        Actor actor = currentUser.actor();
        PartyType type = actor.has(Role.ORGANISATION) ? PartyType.LEGAL_PERSON : PartyType.CITIZEN;
        ApplyForm form = new ApplyForm(type.name(), actor.displayName(), "", "", "", "", UUID.randomUUID().toString());
        return show(item, form, null, model);
    }

    @PostMapping("/public/apply/{itemCode}")
    String apply(@PathVariable String itemCode, @ModelAttribute ApplyForm form, HttpServletRequest request, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Item item = item(itemCode);
        if (!OnlineApplications.offered(item.content())) {
            return refused(item, refusal(item, locale), model, response);
        }
        PartyInput party = new PartyInput(partyType(form.partyType()), form.partyName(), form.partyIdNumber(), form.partyPhone(),
                form.partyAddress());
        try {
            CaseView created = cases.apply(currentUser.actor(), new NewApplication(item.item().id(), Channel.ONLINE, party,
                    form.subject(), Map.of(), null, form.idempotencyKey(), uploads(request)));
            return "redirect:/public/my-cases/" + created.id() + "/receipt";
        } catch (SunlightException e) {
            if (e instanceof ConflictException && e.code().equals("casework.error.submission-in-progress")) {
                // The same form is being submitted right now (a double click): its case will be in the list.
                redirect.addFlashAttribute("notice", labels.message("casework-public.apply.in-progress", locale));
                return "redirect:/public/my-cases";
            }
            if (e instanceof ConflictException && e.code().startsWith("casework.error.")) {
                // The item takes no new cases (suspended, abolished, delegated), or has no version or flowchart in force.
                return refused(item, labels.message(e.code(), locale, e.args()), model, response);
            }
            response.setStatus(e.status());
            // A refused file is named in its message; the form shows all file problems beside the materials.
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            labels.errors(e, locale).forEach((field, message) ->
                    errors.merge(field.startsWith("uploads[") ? "uploads" : field, message, (a, b) -> a + "；" + b));
            return show(item, form, errors, model);
        }
    }

    private String show(Item item, ApplyForm form, Map<String, String> errors, Model model) {
        List<MaterialRow> materials = new ArrayList<>();
        List<PowerItemContent.Material> listed = item.content().materials() == null ? List.of() : item.content().materials();
        for (int i = 0; i < listed.size(); i++) {
            PowerItemContent.Material m = listed.get(i);
            materials.add(new MaterialRow(i, MATERIAL_FIELD + i, m.name(), m.required(), m.copies()));
        }
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("materials", materials);
        model.addAttribute("partyTypes", PartyType.values());
        model.addAttribute("errors", errors);
        return "casework-public/apply";
    }

    private String refused(Item item, String message, Model model, HttpServletResponse response) {
        response.setStatus(409);
        model.addAttribute("item", item);
        model.addAttribute("refusal", message);
        return "casework-public/apply-refused";
    }

    /** Why the item cannot be applied for online now, or null when it can. */
    private String refusal(Item item, Locale locale) {
        PowerItemView i = item.item();
        if (!i.acceptsNewCases()) {
            return labels.message("casework.error.item-not-accepting." + i.lifecycle().name(), locale, i.code(),
                    i.lifecycleReason() == null ? "—" : i.lifecycleReason());
        }
        if (!OnlineApplications.offered(item.content())) {
            return labels.message("casework-public.apply.not-online", locale, item.content().name());
        }
        return null;
    }

    private Item item(String code) {
        PowerItemView item = catalog.itemByCode(code).orElseThrow(() -> new NotFoundException("casework-public.apply.item-not-found", code));
        PowerItemVersionView version = catalog.versionInForce(item.id(), LocalDate.now(clock))
                .orElseThrow(() -> new NotFoundException("casework-public.apply.item-not-found", code));
        DepartmentView department = organization.department(item.departmentId()).orElse(null);
        return new Item(item, version.content(), department);
    }

    private static PartyType partyType(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PartyType.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The files chosen, in the order of the materials list; empty inputs (nothing chosen) are skipped. */
    static List<Upload> uploads(HttpServletRequest request) {
        // The request may come wrapped (security filters): find the multipart request inside.
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            return List.of();
        }
        List<Upload> uploads = new ArrayList<>();
        multipart.getMultiFileMap().entrySet().stream()
                .filter(e -> e.getKey().startsWith(MATERIAL_FIELD))
                .sorted(java.util.Comparator.comparingInt(e -> index(e.getKey())))
                .forEach(e -> {
                    for (MultipartFile f : e.getValue()) {
                        if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
                            continue;
                        }
                        try {
                            uploads.add(new Upload(f.getOriginalFilename(), f.getBytes()));
                        } catch (IOException ex) {
                            throw new UncheckedIOException(ex);
                        }
                    }
                });
        return uploads;
    }

    private static int index(String field) {
        try {
            return Integer.parseInt(field.substring(MATERIAL_FIELD.length()));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** An unknown or unpublished item is a 404 page, not a stack trace. */
    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletResponse response) {
        response.setStatus(e.status());
        ModelAndView mav = new ModelAndView("error");
        mav.addObject("status", e.status());
        return mav;
    }
}
