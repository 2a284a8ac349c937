package org.sunlight.casework.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.casework.CaseCommands.Backdate;
import org.sunlight.casework.CaseCommands.NewApplication;
import org.sunlight.casework.CaseCommands.NewPenaltyCase;
import org.sunlight.casework.CaseCommands.PartyInput;
import org.sunlight.casework.CaseEventType;
import org.sunlight.casework.CaseHandling;
import org.sunlight.casework.CaseQueries;
import org.sunlight.casework.CaseView;
import org.sunlight.casework.Channel;
import org.sunlight.casework.FilingSource;
import org.sunlight.casework.PartyType;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.common.FormErrors;
import org.sunlight.common.SunlightException;
import org.sunlight.flow.FlowQueries;
import org.sunlight.identity.Actor;
import org.sunlight.identity.CurrentUser;
import org.sunlight.organization.DepartmentKind;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.StaffView;

/**
 * Window receipt (窗口收件) of an application for an item of the user's department (a government service
 * centre's window receives for every department of its region), and the filing (立案登记) of a penalty case.
 * Both go to the new case's page; a refused form comes back as it was sent with the messages beside the fields.
 */
@Controller
class ReceiptPages {

    /** The channels staff record (online applications are the applicant's own). */
    static final List<Channel> STAFF_CHANNELS = List.of(Channel.WINDOW, Channel.ON_SITE, Channel.PHONE);

    private final CaseHandling cases;
    private final CaseQueries queries;
    private final CatalogQueries catalog;
    private final FlowQueries flows;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final StaffOptions staff;
    private final CaseTimes times;
    private final MessageSource messages;

    ReceiptPages(CaseHandling cases, CaseQueries queries, CatalogQueries catalog, FlowQueries flows, OrganizationDirectory organization,
            CurrentUser currentUser, StaffOptions staff, CaseTimes times, MessageSource messages) {
        this.cases = cases;
        this.queries = queries;
        this.catalog = catalog;
        this.flows = flows;
        this.organization = organization;
        this.currentUser = currentUser;
        this.staff = staff;
        this.times = times;
        this.messages = messages;
    }

    /** An item to choose, labelled by its name and code, grouped by department. */
    record ItemOption(long id, String label, String departmentName) {
    }

    @ModelAttribute("times")
    CaseTimes times() {
        return times;
    }

    // ---- window receipt

    @GetMapping("/cases/new")
    @PreAuthorize(CaseAccess.RECEIVE)
    String receiptForm(Model model) {
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("channel", Channel.WINDOW.name());
        sent.put("party.type", PartyType.LEGAL_PERSON.name());
        return showReceipt(currentUser.actor(), sent, Map.of(), model);
    }

    @PostMapping("/cases/new")
    @PreAuthorize(CaseAccess.RECEIVE)
    String receive(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response, Locale locale,
            RedirectAttributes flash) {
        Actor actor = currentUser.actor();
        FormParams p = new FormParams(params);
        try {
            Long itemId = p.id("itemId");
            Channel channel = p.choice(Channel.class, "channel");
            PartyInput party = party(p);
            Backdate backdate = p.backdate(times.zone());
            p.throwIfAny();
            CaseView c = cases.apply(actor, new NewApplication(itemId, channel, party, p.text("subject"), Map.of(), backdate, null,
                    List.of()));
            flash.addFlashAttribute("notice", received(actor, c, locale));
            return "redirect:/cases/" + c.id();
        } catch (SunlightException e) {
            response.setStatus(e.status());
            return showReceipt(actor, p.firstValues(), FormErrors.of(e, messages, locale), model);
        }
    }

    private String showReceipt(Actor actor, Map<String, String> sent, Map<String, String> errors, Model model) {
        model.addAttribute("items", items(actor, c -> c.category() != PowerCategory.PENALTY));
        model.addAttribute("channels", STAFF_CHANNELS);
        model.addAttribute("partyTypes", PartyType.values());
        model.addAttribute("sent", sent);
        model.addAttribute("errors", errors);
        model.addAttribute("backfillOpen", !sent.getOrDefault("backdate.occurredAt", "").isBlank()
                || !sent.getOrDefault("backdate.reason", "").isBlank());
        return "casework/new";
    }

    // ---- penalty filing

    @GetMapping("/cases/new-penalty")
    @PreAuthorize(CaseAccess.RECEIVE)
    String filingForm(Model model) {
        Actor actor = currentUser.actor();
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("source", FilingSource.INSPECTION.name());
        sent.put("party.type", PartyType.LEGAL_PERSON.name());
        List<String> officers = actor.staffId() == null ? List.of() : List.of(String.valueOf(actor.staffId()));
        return showFiling(actor, sent, Map.of("officerStaffIds", officers), Map.of(), model);
    }

    @PostMapping("/cases/new-penalty")
    @PreAuthorize(CaseAccess.RECEIVE)
    String file(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response, Locale locale,
            RedirectAttributes flash) {
        Actor actor = currentUser.actor();
        FormParams p = new FormParams(params);
        try {
            Long itemId = p.id("itemId");
            FilingSource source = p.choice(FilingSource.class, "source");
            PartyInput party = party(p);
            List<Long> officers = p.ids("officerStaffIds");
            Backdate backdate = p.backdate(times.zone());
            p.throwIfAny();
            CaseView c = cases.file(actor, new NewPenaltyCase(itemId, source, party, p.text("subject"), p.text("facts"), officers,
                    backdate, List.of()));
            flash.addFlashAttribute("notice", messages.getMessage("casework.new-penalty.done", new Object[] {c.number()}, locale));
            return "redirect:/cases/" + c.id();
        } catch (SunlightException e) {
            response.setStatus(e.status());
            return showFiling(actor, p.firstValues(), p.allValues(), CasePage.fieldsOf(FormErrors.of(e, messages, locale), "file"), model);
        }
    }

    private String showFiling(Actor actor, Map<String, String> sent, Map<String, List<String>> lists, Map<String, String> errors,
            Model model) {
        model.addAttribute("items", items(actor, c -> c.category() == PowerCategory.PENALTY));
        model.addAttribute("sources", FilingSource.values());
        model.addAttribute("partyTypes", PartyType.values());
        model.addAttribute("staffOptions", homeDepartment(actor).map(d -> staff.of(d.id())).orElse(List.of()));
        model.addAttribute("sent", sent);
        model.addAttribute("sentLists", lists);
        model.addAttribute("errors", errors);
        model.addAttribute("backfillOpen", !sent.getOrDefault("backdate.occurredAt", "").isBlank()
                || !sent.getOrDefault("backdate.reason", "").isBlank());
        return "casework/new-penalty";
    }

    // ---- helpers

    private static PartyInput party(FormParams p) {
        return new PartyInput(p.choice(PartyType.class, "party.type"), p.text("party.name"), p.text("party.idNumber"),
                p.text("party.phone"), p.text("party.address"));
    }

    /** The notice after a receipt: the case number and the query code to hand to the party with the receipt. */
    private String received(Actor actor, CaseView c, Locale locale) {
        String code = queries.events(actor, c.id()).stream().filter(e -> e.type() == CaseEventType.APPLIED).findFirst()
                .map(e -> e.text("queryCode")).orElse("—");
        return messages.getMessage("casework.new.done", new Object[] {c.number(), code}, locale);
    }

    private Optional<DepartmentView> homeDepartment(Actor actor) {
        if (actor.staffId() == null) {
            return Optional.empty();
        }
        return organization.staff(actor.staffId()).map(StaffView::departmentId).flatMap(organization::department);
    }

    /**
     * The items the user may open cases for today: those of their department (for a government service centre,
     * of every department of its region) that accept new cases, have a version and a flowchart in force, and
     * whose category the form is for.
     */
    private List<ItemOption> items(Actor actor, Predicate<PowerItemContent> category) {
        Optional<DepartmentView> home = homeDepartment(actor);
        if (home.isEmpty()) {
            return List.of();
        }
        List<DepartmentView> departments = organization.kindOf(home.get().id()).orElse(null) == DepartmentKind.GOVERNMENT_SERVICE
                ? organization.departmentsIn(home.get().regionCode()).stream().filter(DepartmentView::active).toList()
                : List.of(home.get());
        LocalDate today = times.now().atZone(times.zone()).toLocalDate();
        List<ItemOption> options = new ArrayList<>();
        for (DepartmentView d : departments) {
            for (PowerItemView item : catalog.itemsOf(d.id())) {
                if (!item.acceptsNewCases()) {
                    continue;
                }
                catalog.versionInForce(item.id(), today).map(v -> v.content()).filter(category)
                        .filter(c -> flows.flowInForce(item.id(), today).isPresent())
                        .ifPresent(c -> options.add(new ItemOption(item.id(), c.name() + "（" + item.code() + "）", d.name())));
            }
        }
        return options;
    }
}
