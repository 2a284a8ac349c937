package org.sunlight.casework.publicweb;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.casework.CaseAction;
import org.sunlight.casework.CaseCommands.Note;
import org.sunlight.casework.CaseEvent;
import org.sunlight.casework.CaseEventType;
import org.sunlight.casework.CaseHandling;
import org.sunlight.casework.CaseLookupResult;
import org.sunlight.casework.CaseQueries;
import org.sunlight.casework.CaseQueries.CaseSummary;
import org.sunlight.casework.CaseView;
import org.sunlight.common.FormErrors;
import org.sunlight.common.NotFoundException;
import org.sunlight.common.SunlightException;
import org.sunlight.identity.Actor;
import org.sunlight.identity.CurrentUser;

/**
 * 我的办件: the cases the signed-in applicant applied for online, each with where it stands (the same steps
 * the public lookup shows), the supplement notices (补正告知) with what is missing, its query code, and
 * withdrawal while the case may still be withdrawn. Only the applicant sees a case here.
 */
@Controller
@PreAuthorize("hasAnyRole('CITIZEN','ORGANISATION')")
class MyCasesPages {

    static final int LIST_LIMIT = 200;

    private final CaseQueries queries;
    private final CaseHandling cases;
    private final CurrentUser currentUser;
    private final PublicCaseLabels labels;
    private final ZoneId zone;

    MyCasesPages(CaseQueries queries, CaseHandling cases, CurrentUser currentUser, PublicCaseLabels labels, Clock clock) {
        this.queries = queries;
        this.cases = cases;
        this.currentUser = currentUser;
        this.labels = labels;
        this.zone = clock.getZone();
    }

    record Row(long id, String number, String itemName, String status, String statusKey, LocalDate receivedOn, LocalDate dueOn,
            LocalDate closedOn, boolean open) {
    }

    /** A 补正告知: when, its notice number, what is missing, and the note to the applicant. */
    record SupplementNotice(LocalDate on, String documentNumber, List<String> missing, String note) {
    }

    @GetMapping("/public/my-cases")
    String list(Model model) {
        List<Row> rows = new ArrayList<>();
        for (CaseSummary s : queries.ofApplicant(currentUser.actor(), LIST_LIMIT)) {
            rows.add(new Row(s.id(), s.number(), s.itemName(), s.status().name(), s.status().key(), day(s.receivedAt()), day(s.dueAt()),
                    day(s.closedAt()), !s.status().isFinal()));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("limit", LIST_LIMIT);
        return "casework-public/my-cases";
    }

    @GetMapping("/public/my-cases/{id}")
    String detail(@PathVariable long id, Model model) {
        return detail(id, null, null, model);
    }

    /** The receipt right after applying: number and query code, and what comes next. */
    @GetMapping("/public/my-cases/{id}/receipt")
    String receipt(@PathVariable long id, Model model) {
        Mine mine = mine(id);
        model.addAttribute("view", mine.view());
        model.addAttribute("queryCode", mine.queryCode());
        model.addAttribute("receivedOn", day(mine.view().receivedAt()));
        model.addAttribute("lookup", mine.lookup());
        return "casework-public/receipt";
    }

    @PostMapping("/public/my-cases/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) Long version, @RequestParam(required = false) String reason,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Mine mine = mine(id);
        try {
            cases.withdraw(currentUser.actor(), id, new Note(version == null ? mine.view().version() : version, reason, null));
        } catch (SunlightException e) {
            response.setStatus(e.status());
            Map<String, String> errors = labels.errors(e, locale);
            if (errors.containsKey("text")) {
                errors.put("reason", errors.remove("text"));
            }
            return detail(id, errors, reason, model);
        }
        redirect.addFlashAttribute("withdrawn", true);
        return "redirect:/public/my-cases/" + id;
    }

    private String detail(long id, Map<String, String> errors, String reason, Model model) {
        Mine mine = mine(id);
        CaseView view = mine.view();
        model.addAttribute("view", view);
        model.addAttribute("queryCode", mine.queryCode());
        model.addAttribute("result", mine.lookup());
        model.addAttribute("labels", labels);
        model.addAttribute("receivedOn", day(view.receivedAt()));
        model.addAttribute("notices", notices(mine.events()));
        model.addAttribute("mayWithdraw", CaseAction.WITHDRAW.allowedIn(view.status()));
        model.addAttribute("errors", errors);
        model.addAttribute("reason", reason == null ? "" : reason);
        return "casework-public/my-case";
    }

    record Mine(CaseView view, List<CaseEvent> events, String queryCode, CaseLookupResult lookup) {
    }

    /** The case if the signed-in account applied for it; 404 otherwise (as if it did not exist). */
    private Mine mine(long id) {
        Actor actor = currentUser.actor();
        CaseView view = queries.find(actor, id)
                .filter(v -> v.applicantAccountId() != null && v.applicantAccountId() == actor.accountId())
                .orElseThrow(() -> new NotFoundException("casework-public.my-cases.not-found", id));
        List<CaseEvent> events = queries.events(actor, id);
        String code = events.stream().filter(e -> e.type() == CaseEventType.APPLIED).findFirst().map(e -> e.text("queryCode")).orElse(null);
        CaseLookupResult lookup = code == null ? null : queries.lookup(view.number(), code).orElse(null);
        return new Mine(view, events, code, lookup);
    }

    private List<SupplementNotice> notices(List<CaseEvent> events) {
        List<SupplementNotice> notices = new ArrayList<>();
        for (CaseEvent e : events) {
            if (e.type() != CaseEventType.SUPPLEMENT_REQUESTED) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            if (e.payload().get("missing") instanceof List<?> list) {
                list.forEach(m -> missing.add(String.valueOf(m)));
            }
            notices.add(new SupplementNotice(day(e.occurredAt()), e.text("documentNumber"), missing, e.text("note")));
        }
        java.util.Collections.reverse(notices);
        return notices;
    }

    private LocalDate day(Instant i) {
        return i == null ? null : LocalDate.ofInstant(i, zone);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletResponse response) {
        response.setStatus(e.status());
        ModelAndView mav = new ModelAndView("error");
        mav.addObject("status", e.status());
        return mav;
    }
}
