package org.sunlight.casework.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.casework.CaseCommands.Backdate;
import org.sunlight.casework.CaseCommands.Collection;
import org.sunlight.casework.CaseCommands.ExtensionRequest;
import org.sunlight.casework.CaseCommands.FeeCharge;
import org.sunlight.casework.CaseCommands.Note;
import org.sunlight.casework.CaseCommands.OfficerAssignment;
import org.sunlight.casework.CaseCommands.PenaltyAssessment;
import org.sunlight.casework.CaseCommands.SpecialProcedureEnd;
import org.sunlight.casework.CaseCommands.SpecialProcedureStart;
import org.sunlight.casework.CaseCommands.StepCompletion;
import org.sunlight.casework.CaseCommands.Upload;
import org.sunlight.casework.CaseCommands.SupplementRequest;
import org.sunlight.casework.CaseHandling;
import org.sunlight.casework.CaseKind;
import org.sunlight.casework.CaseQueries;
import org.sunlight.casework.CaseView;
import org.sunlight.casework.FineProposal;
import org.sunlight.casework.SpecialProcedureKind;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemContent.BenchmarkLevel;
import org.sunlight.catalog.PowerItemContent.FineKind;
import org.sunlight.catalog.PowerItemVersionView;
import org.sunlight.common.FormErrors;
import org.sunlight.common.NotFoundException;
import org.sunlight.common.SunlightException;
import org.sunlight.flow.FlowModel;
import org.sunlight.flow.FlowQueries;
import org.sunlight.flow.FlowStep;
import org.sunlight.identity.Actor;
import org.sunlight.identity.CurrentUser;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;

/**
 * The case page: header, deadline with its explanation, the timeline, and one form for each action the user may
 * take now. Every form posts here with the case version it was built on; the service decides. A refusal comes
 * back on the refreshed page with the messages beside the fields of the form that was sent (and the HTTP status
 * of the refusal); a stale version says that someone else acted meanwhile.
 */
@Controller
class CasePage {

    static final String STALE = "casework.error.stale";

    private final CaseQueries queries;
    private final CaseHandling cases;
    private final CurrentUser currentUser;
    private final FlowQueries flows;
    private final CatalogQueries catalog;
    private final OrganizationDirectory organization;
    private final CaseAbilities abilities;
    private final StaffOptions staff;
    private final CaseTimes times;
    private final MessageSource messages;

    CasePage(CaseQueries queries, CaseHandling cases, CurrentUser currentUser, FlowQueries flows, CatalogQueries catalog,
            OrganizationDirectory organization, CaseAbilities abilities, StaffOptions staff, CaseTimes times, MessageSource messages) {
        this.queries = queries;
        this.cases = cases;
        this.currentUser = currentUser;
        this.flows = flows;
        this.catalog = catalog;
        this.organization = organization;
        this.abilities = abilities;
        this.staff = staff;
        this.times = times;
        this.messages = messages;
    }

    @ModelAttribute("times")
    CaseTimes times() {
        return times;
    }

    @GetMapping("/cases/{id}")
    @PreAuthorize(CaseAccess.READ)
    String show(@PathVariable long id, Model model, Locale locale) {
        Actor actor = currentUser.actor();
        return render(actor, find(actor, id), model, locale);
    }

    @PostMapping("/cases/{id}/{action}")
    @PreAuthorize(CaseAccess.WORK)
    String act(@PathVariable long id, @PathVariable String action, @RequestParam MultiValueMap<String, String> params,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            HttpServletResponse response, RedirectAttributes flash, Locale locale) {
        Actor actor = currentUser.actor();
        CaseView before = find(actor, id);
        FormParams p = new FormParams(params);
        String formKey = "complete".equals(action) ? "complete-" + p.text("step") : action;
        try {
            CaseView after = perform(actor, before, action, p, uploads(files));
            String notice = "complete".equals(action)
                    ? message(locale, "casework.page.done.complete", stepName(before, p.text("step")),
                            p.text("outcome") == null ? "—" : p.text("outcome").strip())
                    : message(locale, "casework.page.done." + action);
            if (after.documentNumber() != null && !after.documentNumber().equals(before.documentNumber())) {
                notice += " " + message(locale, "casework.page.done.document", after.documentNumber());
            }
            flash.addFlashAttribute("notice", notice);
            return "redirect:/cases/" + id;
        } catch (SunlightException e) {
            response.setStatus(e.status());
            Map<String, String> errors = fieldsOf(FormErrors.of(e, messages, locale), action);
            boolean stale = STALE.equals(e.code());
            if (stale) {
                errors.clear();
                errors.put(FormErrors.FORM, message(locale, "casework.page.stale"));
            } else if (!e.problems().isEmpty()) {
                errors.remove(FormErrors.FORM); // said beside its field already
            }
            model.addAttribute("errors", errors);
            model.addAttribute("failedForm", formKey);
            model.addAttribute("stale", stale);
            model.addAttribute("sent", p.firstValues());
            model.addAttribute("sentLists", p.allValues());
            return render(actor, find(actor, id), model, locale);
        }
    }

    /** The range the benchmark proposes for the level, factors and base chosen so far (htmx, on every change of the form). */
    @GetMapping("/cases/{id}/fine-proposal")
    @PreAuthorize(CaseAccess.READ)
    String fineProposal(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
        Actor actor = currentUser.actor();
        CaseView c = find(actor, id);
        proposal(c, new FormParams(params), model, locale);
        return "casework/fragments :: proposal";
    }

    // ---- the commands

    /** The files sent with a step (empty file inputs are skipped), read into memory for the command. */
    static List<Upload> uploads(List<MultipartFile> files) {
        List<Upload> uploads = new java.util.ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (f != null && !f.isEmpty()) {
                    try {
                        uploads.add(new Upload(f.getOriginalFilename(), f.getBytes()));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        }
        return uploads;
    }

    private CaseView perform(Actor actor, CaseView c, String action, FormParams p, List<Upload> uploads) {
        long id = c.id();
        long version = p.version();
        Backdate backdate = p.backdate(times.zone());
        switch (action) {
            case "complete" -> {
                Map<String, Object> variables = new LinkedHashMap<>();
                for (String name : p.list("variables")) {
                    variables.put(name, p.checked("var." + name));
                }
                p.throwIfAny();
                return cases.complete(actor, id, new StepCompletion(version, p.text("step"), p.text("outcome"), p.text("opinion"),
                        variables.isEmpty() ? null : variables, backdate, uploads));
            }
            case "pre-accept" -> {
                p.throwIfAny();
                return cases.preAccept(actor, id, new Note(version, p.text("text"), backdate));
            }
            case "refuse" -> {
                p.throwIfAny();
                return cases.refuse(actor, id, new Note(version, p.text("text"), backdate));
            }
            case "request-supplement" -> {
                p.throwIfAny();
                return cases.requestSupplement(actor, id, new SupplementRequest(version, p.lines("missing"), p.text("note"), backdate));
            }
            case "receive-supplement" -> {
                p.throwIfAny();
                return cases.receiveSupplement(actor, id, new Note(version, p.text("text"), backdate));
            }
            case "start-special" -> {
                SpecialProcedureKind kind = p.choice(SpecialProcedureKind.class, "kind");
                Integer days = p.integer("expectedDays");
                p.throwIfAny();
                return cases.startSpecialProcedure(actor, id,
                        new SpecialProcedureStart(version, kind, p.text("reason"), p.text("approver"), days, backdate));
            }
            case "end-special" -> {
                BigDecimal fee = p.decimal("fee");
                p.throwIfAny();
                return cases.endSpecialProcedure(actor, id, new SpecialProcedureEnd(version, p.text("result"), fee, backdate));
            }
            case "extend" -> {
                Integer days = p.integer("days");
                p.throwIfAny();
                return cases.extend(actor, id, new ExtensionRequest(version, days, p.text("reason"), backdate));
            }
            case "assign-officers" -> {
                List<Long> ids = p.ids("staffIds");
                p.throwIfAny();
                return cases.assignOfficers(actor, id, new OfficerAssignment(version, ids, backdate));
            }
            case "assess" -> {
                BigDecimal base = p.decimal("baseAmount");
                BigDecimal fine = p.decimal("fine");
                p.throwIfAny();
                return cases.assessPenalty(actor, id, new PenaltyAssessment(version, p.text("level"), p.list("factors"), base, fine,
                        p.text("outsideReason"), backdate));
            }
            case "charge-fee" -> {
                BigDecimal amount = p.decimal("amount");
                String item = p.text("item");
                p.throwIfAny();
                return cases.chargeFee(actor, id, new FeeCharge(version, item, amount, p.text("overrideReason"), backdate));
            }
            case "collect" -> {
                p.throwIfAny();
                return cases.collect(actor, id, new Collection(version, p.text("recipient"), p.text("method"), backdate));
            }
            case "withdraw" -> {
                p.throwIfAny();
                return cases.withdraw(actor, id, new Note(version, p.text("text"), backdate));
            }
            case "terminate" -> {
                p.throwIfAny();
                return cases.terminate(actor, id, new Note(version, p.text("text"), backdate));
            }
            default -> throw new NotFoundException("casework.page.unknown-action", action);
        }
    }

    /**
     * Messages by the field of the form that shows them: an entry of a list ({@code missing[2]}, {@code factors[0]})
     * beside the list; a refusal of 受理 sent through the step form beside its opinion.
     */
    static Map<String, String> fieldsOf(Map<String, String> errors, String action) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.forEach((field, text) -> {
            String f = field.replaceAll("\\[\\d+]$", "");
            if ("complete".equals(action) && "text".equals(f)) {
                f = "opinion";
            }
            out.merge(f, text, (a, b) -> a.equals(b) ? a : a + "；" + b);
        });
        return out;
    }

    // ---- the page

    private CaseView find(Actor actor, long id) {
        return queries.find(actor, id).orElseThrow(() -> new NotFoundException("casework.error.not-found", id));
    }

    private String render(Actor actor, CaseView c, Model model, Locale locale) {
        Optional<FlowModel> flow = flows.model(c.flowVersionId());
        CaseAbilities.Abilities can = flow.map(m -> abilities.of(actor, c, m)).orElse(null);
        Optional<PowerItemContent> content = catalog.version(c.itemVersionId()).map(PowerItemVersionView::content);
        Optional<DepartmentView> department = organization.department(c.departmentId());
        model.addAttribute("c", c);
        model.addAttribute("can", can);
        List<org.sunlight.casework.CaseEvent> events = queries.events(actor, c.id());
        model.addAttribute("rows", Timeline.of(events, staff::name, times));
        model.addAttribute("documents", documents(c, events));
        model.addAttribute("explanation", queries.deadlineExplanation(actor, c.id(), locale));
        model.addAttribute("departmentName", department.map(DepartmentView::name).orElse(""));
        model.addAttribute("officers", c.officerStaffIds().stream().map(staff::name).toList());
        Map<String, String> stepNames = new LinkedHashMap<>();
        c.openSteps().forEach(s -> stepNames.put(s.key(), flow.flatMap(m -> m.definition().step(s.key())).map(FlowStep::name).orElse(s.key())));
        model.addAttribute("stepNames", stepNames);
        model.addAttribute("documentSample", documentSample(c, department.orElse(null)));
        PowerItemContent.Penalty penalty = content.map(PowerItemContent::penalty).orElse(null);
        model.addAttribute("levels", penalty == null || penalty.levels() == null ? List.of() : penalty.levels());
        model.addAttribute("mitigating", penalty == null || penalty.mitigatingFactors() == null ? List.of() : penalty.mitigatingFactors());
        model.addAttribute("aggravating", penalty == null || penalty.aggravatingFactors() == null ? List.of() : penalty.aggravatingFactors());
        model.addAttribute("fees", content.map(PowerItemContent::fees).filter(f -> f != null).orElse(List.of()));
        model.addAttribute("specialKinds", SpecialProcedureKind.values());
        model.addAttribute("staffOptions", can != null && can.assignOfficers() ? staff.of(c.departmentId()) : List.of());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("failedForm", "");
            model.addAttribute("stale", false);
            model.addAttribute("sent", Map.of());
            model.addAttribute("sentLists", Map.of());
        }
        @SuppressWarnings("unchecked")
        Map<String, String> sent = (Map<String, String>) model.getAttribute("sent");
        String failed = (String) model.getAttribute("failedForm");
        if (can != null && can.assess()) {
            if ("assess".equals(failed)) {
                @SuppressWarnings("unchecked")
                Map<String, List<String>> lists = (Map<String, List<String>>) model.getAttribute("sentLists");
                MultiValueMap<String, String> again = new org.springframework.util.LinkedMultiValueMap<>(lists);
                proposal(c, new FormParams(again), model, locale);
            } else {
                proposal(c, new FormParams(new org.springframework.util.LinkedMultiValueMap<>()), model, locale);
            }
        }
        model.addAttribute("formProblemAtTop", !((String) model.getAttribute("failedForm")).isEmpty()
                && (Boolean.TRUE.equals(model.getAttribute("stale")) || can == null || !can.forms().contains(failed)));
        model.addAttribute("backfillOpen", sent != null && (sent.getOrDefault("backdate.occurredAt", "").length() > 0
                || sent.getOrDefault("backdate.reason", "").length() > 0));
        return "casework/case";
    }

    /**
     * The printable documents (PDF) by the seq of the event that made each: the acceptance notice of an application,
     * the latest supplement notice, the decision.
     */
    static Map<Integer, String> documents(CaseView c, List<org.sunlight.casework.CaseEvent> events) {
        Map<Integer, String> links = new LinkedHashMap<>();
        Map<org.sunlight.casework.CaseEventType, String> kinds = Map.of(
                org.sunlight.casework.CaseEventType.ACCEPTED, "acceptance-notice",
                org.sunlight.casework.CaseEventType.SUPPLEMENT_REQUESTED, "supplement-notice",
                org.sunlight.casework.CaseEventType.DECIDED, "decision");
        Map<org.sunlight.casework.CaseEventType, Integer> last = new LinkedHashMap<>();
        events.stream().filter(e -> kinds.containsKey(e.type())).forEach(e -> last.put(e.type(), e.seq()));
        last.forEach((type, seq) -> links.put(seq, "/cases/" + c.id() + "/documents/" + kinds.get(type) + ".pdf"));
        return links;
    }

    /** What the decision's document number will look like, e.g. 仪住建许字〔2026〕第N号. */
    private String documentSample(CaseView c, DepartmentView d) {
        if (d == null) {
            return null;
        }
        String abbreviation = d.shortName() == null || d.shortName().isBlank() ? d.name() : d.shortName();
        String series = c.kind() == CaseKind.PENALTY ? "罚决" : PowerCategory.LICENSING.name().equals(c.category()) ? "许" : "决";
        return abbreviation + series + "字〔" + times.now().atZone(times.zone()).getYear() + "〕第N号";
    }

    private void proposal(CaseView c, FormParams p, Model model, Locale locale) {
        String level = p.text("level");
        model.addAttribute("proposal", null);
        model.addAttribute("proposalError", null);
        model.addAttribute("proposalOutside", false);
        model.addAttribute("proposalNoFine", false);
        if (level == null) {
            return;
        }
        try {
            BigDecimal base = p.decimal("baseAmount");
            BigDecimal fine = p.decimal("fine");
            p.throwIfAny();
            FineProposal proposal = cases.proposeFine(c.id(), level.strip(), p.list("factors"), base);
            FineKind kind = catalog.version(c.itemVersionId()).map(v -> v.content().penalty())
                    .flatMap(pen -> pen.levels().stream().filter(l -> level.strip().equals(l.name())).findFirst())
                    .map(BenchmarkLevel::fineKind).orElse(FineKind.AMOUNT);
            model.addAttribute("proposal", proposal);
            model.addAttribute("proposalNoFine", kind == FineKind.NONE);
            model.addAttribute("proposalOutside", kind != FineKind.NONE && fine != null
                    && (fine.compareTo(proposal.min()) < 0 || fine.compareTo(proposal.max()) > 0));
        } catch (SunlightException e) {
            model.addAttribute("proposalError", String.join("；", FormErrors.of(e, messages, locale).values()));
        }
    }

    private String stepName(CaseView c, String key) {
        if (key == null) {
            return "—";
        }
        return flows.model(c.flowVersionId()).flatMap(m -> m.definition().step(key)).map(FlowStep::name).orElse(key);
    }

    private String message(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
