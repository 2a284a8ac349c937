package org.sunlight.casework.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.casework.CaseCommands;
import org.sunlight.casework.CaseCommands.Backdate;
import org.sunlight.casework.CaseCommands.PartyInput;
import org.sunlight.casework.CaseEvent;
import org.sunlight.casework.CaseHandling;
import org.sunlight.casework.CaseQueries;
import org.sunlight.casework.CaseStatus;
import org.sunlight.casework.CaseView;
import org.sunlight.casework.Channel;
import org.sunlight.casework.FilingSource;
import org.sunlight.common.NotFoundException;
import org.sunlight.identity.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Cases as JSON for staff clients. Every command carries the case {@code version} the caller saw; errors are
 * problem+json: 400 naming the field, 403 with the reason (post or scope), 404, 409 naming what the state or
 * the flowchart allows, or a stale version. Files arrive through the pages (multipart), not here.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Online case handling (办件): receipt, acceptance, steps, pauses, decisions, penalties")
class CaseApi {

    private final CaseHandling cases;
    private final CaseQueries queries;
    private final CurrentUser currentUser;

    CaseApi(CaseHandling cases, CaseQueries queries, CurrentUser currentUser) {
        this.cases = cases;
        this.queries = queries;
        this.currentUser = currentUser;
    }

    record ApplicationRequest(Long itemId, Channel channel, PartyInput party, String subject, Map<String, Object> variables,
            Backdate backdate) {
    }

    record FilingRequest(Long itemId, FilingSource source, PartyInput party, String subject, String facts, List<Long> officerStaffIds,
            Backdate backdate) {
    }

    record StepRequest(long version, String step, String outcome, String opinion, Map<String, Object> variables, Backdate backdate) {
    }

    @GetMapping("/{id}")
    @PreAuthorize(CaseAccess.READ)
    @Operation(summary = "A case the caller may see (staff in scope)")
    CaseView get(@PathVariable long id) {
        return queries.find(currentUser.actor(), id).orElseThrow(() -> new NotFoundException("casework.error.not-found", id));
    }

    @GetMapping("/{id}/events")
    @PreAuthorize(CaseAccess.READ)
    @Operation(summary = "The case's event log, oldest first")
    List<CaseEvent> events(@PathVariable long id) {
        get(id);
        return queries.events(currentUser.actor(), id);
    }

    @GetMapping("/{id}/deadline")
    @PreAuthorize(CaseAccess.READ)
    @Operation(summary = "How the case's deadline was computed, line by line (empty while not running)")
    Map<String, Object> deadline(@PathVariable long id) {
        CaseView c = get(id);
        Locale locale = LocaleContextHolder.getLocale();
        return Map.of("dueAt", c.dueAt() == null ? "" : c.dueAt().toString(), "paused", c.paused(),
                "explanation", queries.deadlineExplanation(currentUser.actor(), id, locale));
    }

    @GetMapping("/tasks")
    @PreAuthorize(CaseAccess.WORK)
    @Operation(summary = "The steps the caller may work now (我的待办)")
    List<CaseQueries.TaskItem> tasks(@RequestParam(defaultValue = "50") int limit) {
        return queries.tasks(currentUser.actor(), Math.min(Math.max(limit, 1), 500));
    }

    @GetMapping("/done")
    @PreAuthorize(CaseAccess.WORK)
    @Operation(summary = "What the caller did (我的已办)")
    List<CaseQueries.DoneItem> done(@RequestParam(defaultValue = "50") int limit) {
        return queries.done(currentUser.actor(), Math.min(Math.max(limit, 1), 500));
    }

    @GetMapping("/headed")
    @PreAuthorize("hasAnyRole('UNIT_HEAD','LEADER')")
    @Operation(summary = "Cases of the units and departments the caller heads")
    List<CaseQueries.CaseSummary> headed(@RequestParam(required = false) CaseStatus status, @RequestParam(defaultValue = "100") int limit) {
        return queries.headedCases(currentUser.actor(), status, Math.min(Math.max(limit, 1), 500));
    }

    @PostMapping
    @PreAuthorize(CaseAccess.RECEIVE)
    @Operation(summary = "Receive an application at the window (or by phone, on site)")
    ResponseEntity<CaseView> receive(@RequestBody ApplicationRequest r) {
        CaseView c = cases.apply(currentUser.actor(), new CaseCommands.NewApplication(r.itemId(), r.channel(), r.party(), r.subject(),
                r.variables(), r.backdate(), null, List.of()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + c.id())).body(c);
    }

    @PostMapping("/penalties")
    @PreAuthorize(CaseAccess.RECEIVE)
    @Operation(summary = "Register a penalty case (立案登记) with its source, party, facts and two certified officers")
    ResponseEntity<CaseView> file(@RequestBody FilingRequest r) {
        CaseView c = cases.file(currentUser.actor(), new CaseCommands.NewPenaltyCase(r.itemId(), r.source(), r.party(), r.subject(),
                r.facts(), r.officerStaffIds(), r.backdate(), List.of()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + c.id())).body(c);
    }

    @PostMapping("/{id}/steps")
    @PreAuthorize(CaseAccess.WORK)
    @Operation(summary = "Complete an open step with an outcome the flowchart offers there (acceptance, decision and closing included)")
    CaseView step(@PathVariable long id, @RequestBody StepRequest r) {
        return cases.complete(currentUser.actor(), id, new CaseCommands.StepCompletion(r.version(), r.step(), r.outcome(), r.opinion(),
                r.variables(), r.backdate(), List.of()));
    }

    @PostMapping("/{id}/pre-acceptance")
    @PreAuthorize(CaseAccess.WORK)
    CaseView preAccept(@PathVariable long id, @RequestBody CaseCommands.Note n) {
        return cases.preAccept(currentUser.actor(), id, n);
    }

    @PostMapping("/{id}/refusal")
    @PreAuthorize(CaseAccess.WORK)
    @Operation(summary = "Refuse an application (不予受理) with a reason")
    CaseView refuse(@PathVariable long id, @RequestBody CaseCommands.Note n) {
        return cases.refuse(currentUser.actor(), id, n);
    }

    @PostMapping("/{id}/supplement-requests")
    @PreAuthorize(CaseAccess.WORK)
    @Operation(summary = "Supplement notice (补正告知): the list of what is missing; the clock stops")
    CaseView requestSupplement(@PathVariable long id, @RequestBody CaseCommands.SupplementRequest r) {
        return cases.requestSupplement(currentUser.actor(), id, r);
    }

    @PostMapping("/{id}/supplement-receipts")
    @PreAuthorize(CaseAccess.WORK)
    CaseView receiveSupplement(@PathVariable long id, @RequestBody CaseCommands.Note n) {
        return cases.receiveSupplement(currentUser.actor(), id, n);
    }

    @PostMapping("/{id}/special-procedures")
    @PreAuthorize(CaseAccess.WORK)
    @Operation(summary = "Start a special procedure (特别程序); the clock stops")
    CaseView startSpecial(@PathVariable long id, @RequestBody CaseCommands.SpecialProcedureStart s) {
        return cases.startSpecialProcedure(currentUser.actor(), id, s);
    }

    @PostMapping("/{id}/special-procedure-end")
    @PreAuthorize(CaseAccess.WORK)
    CaseView endSpecial(@PathVariable long id, @RequestBody CaseCommands.SpecialProcedureEnd e) {
        return cases.endSpecialProcedure(currentUser.actor(), id, e);
    }

    @PostMapping("/{id}/extensions")
    @PreAuthorize("hasRole('LEADER')")
    @Operation(summary = "Extend the time limit (a leader's approval, with a reason)")
    CaseView extend(@PathVariable long id, @RequestBody CaseCommands.ExtensionRequest r) {
        return cases.extend(currentUser.actor(), id, r);
    }

    @PostMapping("/{id}/officers")
    @PreAuthorize(CaseAccess.WORK)
    CaseView officers(@PathVariable long id, @RequestBody CaseCommands.OfficerAssignment a) {
        return cases.assignOfficers(currentUser.actor(), id, a);
    }

    @PostMapping("/{id}/assessments")
    @PreAuthorize(CaseAccess.WORK)
    @Operation(summary = "Assess the fine: circumstance level, factors, fine; outside the benchmark needs a reason and legal review")
    CaseView assess(@PathVariable long id, @RequestBody CaseCommands.PenaltyAssessment a) {
        return cases.assessPenalty(currentUser.actor(), id, a);
    }

    @PostMapping("/{id}/fees")
    @PreAuthorize(CaseAccess.WORK)
    @Operation(summary = "Charge a fee: it must be listed for the item, or carry an override reason")
    CaseView fee(@PathVariable long id, @RequestBody CaseCommands.FeeCharge f) {
        return cases.chargeFee(currentUser.actor(), id, f);
    }

    @PostMapping("/{id}/collections")
    @PreAuthorize(CaseAccess.WORK)
    @Operation(summary = "Register the collection or delivery of the result (领取登记)")
    CaseView collect(@PathVariable long id, @RequestBody CaseCommands.Collection c) {
        return cases.collect(currentUser.actor(), id, c);
    }

    @PostMapping("/{id}/withdrawal")
    @PreAuthorize(CaseAccess.WORK)
    CaseView withdraw(@PathVariable long id, @RequestBody CaseCommands.Note n) {
        return cases.withdraw(currentUser.actor(), id, n);
    }

    @PostMapping("/{id}/termination")
    @PreAuthorize("hasAnyRole('UNIT_HEAD','LEADER')")
    CaseView terminate(@PathVariable long id, @RequestBody CaseCommands.Note n) {
        return cases.terminate(currentUser.actor(), id, n);
    }
}
