package org.sunlight.casework.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.casework.CaseAction;
import org.sunlight.casework.CaseCommands.Backdate;
import org.sunlight.casework.CaseCommands.Collection;
import org.sunlight.casework.CaseCommands.ExtensionRequest;
import org.sunlight.casework.CaseCommands.FeeCharge;
import org.sunlight.casework.CaseCommands.NewApplication;
import org.sunlight.casework.CaseCommands.NewPenaltyCase;
import org.sunlight.casework.CaseCommands.Note;
import org.sunlight.casework.CaseCommands.OfficerAssignment;
import org.sunlight.casework.CaseCommands.PartyInput;
import org.sunlight.casework.CaseCommands.PenaltyAssessment;
import org.sunlight.casework.CaseCommands.SpecialProcedureEnd;
import org.sunlight.casework.CaseCommands.SpecialProcedureStart;
import org.sunlight.casework.CaseCommands.StepCompletion;
import org.sunlight.casework.CaseCommands.SupplementRequest;
import org.sunlight.casework.CaseEventType;
import org.sunlight.casework.CaseHandling;
import org.sunlight.casework.CaseKind;
import org.sunlight.casework.CaseStatus;
import org.sunlight.casework.CaseView;
import org.sunlight.casework.Channel;
import org.sunlight.casework.FineProposal;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemVersionView;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.catalog.TimeLimit;
import org.sunlight.common.Checks;
import org.sunlight.common.ConflictException;
import org.sunlight.common.ForbiddenException;
import org.sunlight.common.InvalidInputException;
import org.sunlight.common.NotFoundException;
import org.sunlight.flow.FlowModel;
import org.sunlight.flow.FlowMove;
import org.sunlight.flow.FlowQueries;
import org.sunlight.flow.FlowStep;
import org.sunlight.flow.FlowVersionView;
import org.sunlight.flow.StepKind;
import org.sunlight.identity.Actor;
import org.sunlight.legal.EnforcementOfficers;
import org.sunlight.legal.OfficerCheck;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;

/** The commands of {@link CaseHandling}: checks, then one event through {@link CaseLog}. */
@Service
@Transactional
class CaseHandlingService implements CaseHandling {

    /** Outcomes that say no: 不予受理, 不予许可, 不予立案, 不同意, 驳回. */
    private static final Pattern NEGATIVE = Pattern.compile("^(不予|不同意|不批准|驳回|不准予)");
    private static final int TEXT_MAX = 2000;

    private final CaseStore store;
    private final CaseLog log;
    private final FlowModels flows;
    private final FlowQueries flowQueries;
    private final CatalogQueries catalog;
    private final OrganizationDirectory organization;
    private final CaseAuthority authority;
    private final EnforcementOfficers officers;
    private final Counters counters;
    private final CaseSettings settings;
    private final Submissions submissions;
    private final CaseUploads uploads;
    private final Clock clock;
    private final ZoneId zone;

    CaseHandlingService(CaseStore store, CaseLog log, FlowModels flows, FlowQueries flowQueries, CatalogQueries catalog,
            OrganizationDirectory organization, CaseAuthority authority, EnforcementOfficers officers, Counters counters,
            CaseSettings settings, Submissions submissions, CaseUploads uploads, Clock clock) {
        this.store = store;
        this.log = log;
        this.flows = flows;
        this.flowQueries = flowQueries;
        this.catalog = catalog;
        this.organization = organization;
        this.authority = authority;
        this.officers = officers;
        this.counters = counters;
        this.settings = settings;
        this.submissions = submissions;
        this.uploads = uploads;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    // ---- new cases ------------------------------------------------------------------------------

    @Override
    public CaseView apply(Actor actor, NewApplication a) {
        boolean online = actor.staffId() == null;
        if (online && a.backdate() != null) {
            throw new ForbiddenException("casework.forbidden.backfill-public");
        }
        if (online && a.idempotencyKey() != null && !a.idempotencyKey().isBlank()) {
            Optional<Long> earlier = submissions.claim(actor.accountId(), a.idempotencyKey().strip(), clock.instant());
            if (earlier.isPresent()) {
                CaseStore.Loaded l = store.load(earlier.get()).orElseThrow();
                return CaseViews.of(l.file(), l.version());
            }
        }
        Checks c = Checks.start();
        c.require(a.itemId() != null, "itemId", "error.required");
        checkParty(c, a.party());
        c.optionalText(a.subject(), "subject", 500);
        Channel channel = online ? Channel.ONLINE : a.channel() == null ? Channel.WINDOW : a.channel();
        c.require(online || channel != Channel.ONLINE, "channel", "casework.error.online-is-public");
        c.throwIfAny();
        Instant now = clock.instant();
        BackfillPolicy.check(a.backdate(), settings.backfillStart, now, null, zone);
        Instant occurred = a.backdate() == null ? now : a.backdate().occurredAt();
        ItemInForce item = itemInForce(a.itemId(), LocalDate.ofInstant(occurred, zone));
        if (item.content().category() == PowerCategory.PENALTY) {
            throw new InvalidInputException("itemId", "casework.error.penalty-needs-filing");
        }
        CaseFile f = newFile(item, channel, a.party(), a.subject(), occurred, CaseKind.APPLICATION);
        f.applicantAccountId = online ? actor.accountId() : null;
        if (!online && !authority.mayReceive(actor, f)) {
            throw new ForbiddenException("casework.forbidden.receive", item.department().name());
        }
        Map<String, Object> payload = identity(f, item);
        payload.put("variables", a.variables() == null ? Map.of() : a.variables());
        CaseView view = create(f, actor, a.backdate(), payload, a.uploads());
        if (online && a.idempotencyKey() != null && !a.idempotencyKey().isBlank()) {
            submissions.complete(actor.accountId(), a.idempotencyKey().strip(), view.id());
        }
        return view;
    }

    @Override
    public CaseView file(Actor actor, NewPenaltyCase p) {
        Checks c = Checks.start();
        c.require(p.itemId() != null, "itemId", "error.required");
        c.require(p.source() != null, "source", "error.required");
        checkParty(c, p.party());
        c.optionalText(p.subject(), "subject", 500);
        c.require(p.facts() != null && p.facts().strip().length() >= settings.reasonMinLength, "facts",
                "casework.error.facts-required", settings.reasonMinLength);
        c.optionalText(p.facts(), "facts", TEXT_MAX);
        c.throwIfAny();
        Instant now = clock.instant();
        BackfillPolicy.check(p.backdate(), settings.backfillStart, now, null, zone);
        Instant occurred = p.backdate() == null ? now : p.backdate().occurredAt();
        ItemInForce item = itemInForce(p.itemId(), LocalDate.ofInstant(occurred, zone));
        if (item.content().category() != PowerCategory.PENALTY) {
            throw new InvalidInputException("itemId", "casework.error.not-penalty");
        }
        CaseFile f = newFile(item, Channel.ON_SITE, p.party(), p.subject(), occurred, CaseKind.PENALTY);
        if (!authority.covers(actor, org.sunlight.identity.Role.HANDLER, authority.target(f.unitId, f.departmentId))
                && !authority.covers(actor, org.sunlight.identity.Role.HANDLER, authority.target(null, f.departmentId))
                && !authority.isHead(actor, f)) {
            throw new ForbiddenException("casework.forbidden.receive", item.department().name());
        }
        List<Long> staff = p.officerStaffIds() == null ? List.of() : p.officerStaffIds();
        checkOfficers(staff, f.departmentId, LocalDate.ofInstant(occurred, zone), "officerStaffIds");
        Map<String, Object> payload = identity(f, item);
        payload.put("source", p.source().name());
        payload.put("facts", p.facts().strip());
        payload.put("officerStaffIds", staff);
        return create(f, actor, p.backdate(), payload, p.uploads());
    }

    private CaseView create(CaseFile f, Actor actor, Backdate backdate, Map<String, Object> payload,
            List<org.sunlight.casework.CaseCommands.Upload> files) {
        LocalDate day = LocalDate.ofInstant(f.receivedAt, zone);
        f.number = CaseNumbers.caseNumber(f.regionCode, day, f.departmentId,
                counters.nextCaseSequence(f.regionCode, f.departmentId, day));
        f.queryCode = CaseNumbers.queryCode();
        f.backfill = backdate != null;
        payload.put("number", f.number);
        payload.put("queryCode", f.queryCode);
        uploads.check(files);
        f.id = store.insert(f, clock.instant());
        f.lastSeq = 0;
        payload.put("attachments", uploads.store(f.id, 1, files, actor));
        CaseFile fresh = new CaseFile();
        fresh.id = f.id;
        return log.append(fresh, 0, CaseEventType.APPLIED, actor, null, null, backdate, payload);
    }

    private CaseFile newFile(ItemInForce item, Channel channel, PartyInput party, String subject, Instant occurred, CaseKind kind) {
        CaseFile f = new CaseFile();
        f.kind = kind;
        f.itemId = item.item().id();
        f.itemVersionId = item.version().id();
        f.itemCode = item.item().code();
        f.itemName = item.content().name();
        f.category = item.content().category().name();
        f.flowVersionId = item.flow().id();
        f.departmentId = item.department().id();
        f.unitId = item.item().unitId();
        f.regionCode = item.department().regionCode();
        f.channel = channel;
        f.party = new CaseFile.Party(party.type(), party.name().strip(), blankToNull(party.idNumber()), blankToNull(party.phone()),
                blankToNull(party.address()));
        f.subject = subject == null || subject.isBlank() ? item.content().name() : subject.strip();
        f.receivedAt = occurred;
        TimeLimit limit = item.content().promisedLimit() != null && item.content().promisedLimit().days() != null
                ? item.content().promisedLimit() : item.content().statutoryLimit();
        if (limit != null && limit.days() != null && limit.unit() != null) {
            f.limit = limit.days();
            f.limitUnit = limit.unit().name();
        }
        return f;
    }

    private Map<String, Object> identity(CaseFile f, ItemInForce item) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kind", f.kind.name());
        p.put("itemId", f.itemId);
        p.put("itemVersionId", f.itemVersionId);
        p.put("itemCode", f.itemCode);
        p.put("itemName", f.itemName);
        p.put("category", f.category);
        p.put("flowVersionId", f.flowVersionId);
        p.put("departmentId", f.departmentId);
        p.put("unitId", f.unitId);
        p.put("regionCode", f.regionCode);
        p.put("channel", f.channel.name());
        p.put("partyType", f.party.type().name());
        p.put("partyName", f.party.name());
        p.put("partyIdNumber", f.party.idNumber());
        p.put("partyPhone", f.party.phone());
        p.put("partyAddress", f.party.address());
        p.put("applicantAccountId", f.applicantAccountId);
        p.put("subject", f.subject);
        p.put("limit", f.limit);
        p.put("limitUnit", f.limitUnit);
        return p;
    }

    record ItemInForce(PowerItemView item, PowerItemVersionView version, PowerItemContent content, FlowVersionView flow,
            DepartmentView department) {
    }

    private ItemInForce itemInForce(long itemId, LocalDate day) {
        PowerItemView item = catalog.item(itemId).orElseThrow(() -> new InvalidInputException("itemId", "casework.error.item-unknown", itemId));
        if (!item.acceptsNewCases()) {
            throw new ConflictException("itemId", "casework.error.item-not-accepting." + item.lifecycle().name(), item.code(),
                    item.lifecycleReason() == null ? "—" : item.lifecycleReason());
        }
        PowerItemVersionView version = catalog.versionInForce(itemId, day)
                .orElseThrow(() -> new ConflictException("itemId", "casework.error.no-version-in-force", item.code(), day));
        FlowVersionView flow = flowQueries.flowInForce(itemId, day)
                .orElseThrow(() -> new ConflictException("itemId", "casework.error.no-flow-in-force", item.code(), day));
        DepartmentView department = organization.department(item.departmentId()).orElseThrow();
        return new ItemInForce(item, version, version.content(), flow, department);
    }

    // ---- acceptance -----------------------------------------------------------------------------

    @Override
    public CaseView preAccept(Actor actor, long caseId, Note n) {
        CaseStore.Loaded l = load(caseId, n.version());
        CaseFile f = l.file();
        allowed(f, CaseAction.PRE_ACCEPT);
        if (f.channel != Channel.ONLINE) {
            throw new ConflictException("casework.error.pre-accept-online-only");
        }
        FlowStep first = firstStep(f);
        authority.requireStep(actor, first, f);
        Backdate b = backdate(n.backdate(), f);
        Checks.start().optionalText(n.text(), "text", TEXT_MAX).throwIfAny();
        return log.append(f, l.version(), CaseEventType.PRE_ACCEPTED, actor, first, null, b, text("opinion", n.text()));
    }

    @Override
    public CaseView refuse(Actor actor, long caseId, Note n) {
        CaseStore.Loaded l = load(caseId, n.version());
        CaseFile f = l.file();
        FlowStep first = firstStep(f);
        String outcome = flows.of(f.flowVersionId).moves(first.key(), f.variables).stream().map(FlowMove::outcome)
                .filter(o -> NEGATIVE.matcher(o).find()).findFirst().orElse(f.penalty() ? "不予立案" : "不予受理");
        return refuse(actor, l, first, outcome, n.text(), n.backdate(), List.of());
    }

    private CaseView refuse(Actor actor, CaseStore.Loaded l, FlowStep first, String outcome, String reason, Backdate backdate,
            List<org.sunlight.casework.CaseCommands.Upload> files) {
        CaseFile f = l.file();
        allowed(f, CaseAction.REFUSE);
        authority.requireStep(actor, first, f);
        requireReason(reason, "text");
        Backdate b = backdate(backdate, f);
        uploads.check(files);
        Map<String, Object> p = text("reason", reason);
        p.put("documentNumber", documentNumber(f, f.penalty() ? "不立" : "不受", b));
        p.put("attachments", uploads.store(f.id, f.lastSeq + 1, files, actor));
        return log.append(f, l.version(), CaseEventType.REFUSED, actor, first, outcome, b, p);
    }

    // ---- steps ----------------------------------------------------------------------------------

    @Override
    public CaseView complete(Actor actor, long caseId, StepCompletion s) {
        CaseStore.Loaded l = load(caseId, s.version());
        CaseFile f = l.file();
        FlowModel model = flows.of(f.flowVersionId);
        if (s.step() == null || model.definition().step(s.step()).isEmpty()) {
            throw new InvalidInputException("step", "casework.error.step-unknown", s.step());
        }
        FlowStep step = model.step(s.step());
        if (!f.openSteps.containsKey(step.key())) {
            throw new ConflictException("step", "casework.error.step-not-open", step.label(), openLabels(f, model));
        }
        String outcome = s.outcome() == null ? "" : s.outcome().strip();
        boolean first = f.acceptedAt == null && (step.kind() == StepKind.ACCEPT || step.kind() == StepKind.FILE);
        if (first && NEGATIVE.matcher(outcome).find()) {
            return refuse(actor, l, step, outcome, s.opinion(), s.backdate(), s.uploads());
        }
        allowed(f, first ? CaseAction.ACCEPT : CaseAction.COMPLETE_STEP);
        authority.requireStep(actor, step, f);
        if (f.penalty() && (step.role() == null || step.role() == org.sunlight.identity.Role.HANDLER)) {
            requireOfficer(actor, f);
        }
        if (first && f.channel == Channel.ONLINE && f.status != CaseStatus.PRE_ACCEPTED) {
            throw new ConflictException("casework.error.pre-accept-first");
        }
        Checks.start().optionalText(s.opinion(), "opinion", TEXT_MAX).throwIfAny();
        Map<String, Object> vars = new LinkedHashMap<>(f.variables);
        if (s.variables() != null) {
            vars.putAll(s.variables());
        }
        List<FlowMove> moves = model.moves(step.key(), vars);
        boolean end = step.end() && moves.isEmpty();
        FlowMove move = null;
        if (!end) {
            move = moves.stream().filter(m -> m.outcome().equals(outcome)).findFirst()
                    .orElseThrow(() -> new ConflictException("outcome", "casework.error.outcome-not-allowed", outcome, step.label(),
                            String.join("、", moves.stream().map(FlowMove::outcome).toList())));
        }
        boolean negative = NEGATIVE.matcher(outcome).find();
        if (negative || (move != null && move.returning())) {
            requireReason(s.opinion(), "opinion");
        }
        Backdate b = backdate(s.backdate(), f);
        uploads.check(s.uploads());
        Map<String, Object> p = text("opinion", s.opinion());
        if (s.variables() != null && !s.variables().isEmpty()) {
            p.put("variables", s.variables());
        }
        if (move != null) {
            p.put("to", move.to());
            p.put("returning", move.returning());
        }
        CaseEventType type = CaseEventType.STEP_COMPLETED;
        if (first) {
            type = f.penalty() ? CaseEventType.FILED : CaseEventType.ACCEPTED;
            if (f.penalty()) {
                checkOfficers(f.officerStaffIds, f.departmentId, day(b), "officerStaffIds");
            } else {
                p.put("documentNumber", documentNumber(f, "受", b));
            }
        } else if (step.kind() == StepKind.DECIDE && move != null && !move.returning()) {
            type = CaseEventType.DECIDED;
            decide(f, negative, p, b);
        } else if (end) {
            type = CaseEventType.CLOSED;
            if (f.result == null) {
                p.put("result", f.penalty() ? "NOT_PENALIZED" : "CLOSED");
            }
        } else if (step.kind() == StepKind.LEGAL_REVIEW && !negative && !move.returning()) {
            p.put("legalReviewPassed", true);
        }
        p.put("attachments", uploads.store(f.id, f.lastSeq + 1, s.uploads(), actor));
        return log.append(f, l.version(), type, actor, step, end ? null : outcome, b, p);
    }

    private void decide(CaseFile f, boolean negative, Map<String, Object> p, Backdate b) {
        if (f.penalty()) {
            if (f.assessment == null) {
                throw new ConflictException("casework.penalty.assessment-missing");
            }
            if (f.legalReviewRequired()) {
                throw new ConflictException("casework.penalty.legal-review-missing");
            }
            p.put("approved", true);
            p.put("result", "PENALIZED");
            p.put("fine", f.assessment.fine().toPlainString());
            p.put("documentNumber", documentNumber(f, "罚决", b));
        } else {
            p.put("approved", !negative);
            p.put("result", negative ? "DENIED" : "APPROVED");
            p.put("documentNumber", documentNumber(f, PowerCategory.LICENSING.name().equals(f.category) ? "许" : "决", b));
        }
    }

    // ---- pauses and extension -------------------------------------------------------------------

    @Override
    public CaseView requestSupplement(Actor actor, long caseId, SupplementRequest r) {
        CaseStore.Loaded l = load(caseId, r.version());
        CaseFile f = l.file();
        allowed(f, CaseAction.REQUEST_SUPPLEMENT);
        requireAnyStep(actor, f);
        Checks c = Checks.start();
        List<String> missing = r.missing() == null ? List.of() : r.missing().stream().filter(x -> x != null && !x.isBlank())
                .map(String::strip).toList();
        c.require(!missing.isEmpty(), "missing", "casework.supplement.missing-required");
        c.require(missing.size() <= 50, "missing", "casework.error.too-many", 50);
        for (int i = 0; i < missing.size(); i++) {
            c.text(missing.get(i), "missing[" + i + "]", 200);
        }
        c.optionalText(r.note(), "note", TEXT_MAX);
        c.throwIfAny();
        Backdate b = backdate(r.backdate(), f);
        Map<String, Object> p = text("note", r.note());
        p.put("missing", missing);
        p.put("documentNumber", documentNumber(f, "补", b));
        return log.append(f, l.version(), CaseEventType.SUPPLEMENT_REQUESTED, actor, null, null, b, p);
    }

    @Override
    public CaseView receiveSupplement(Actor actor, long caseId, Note n) {
        CaseStore.Loaded l = load(caseId, n.version());
        CaseFile f = l.file();
        allowed(f, CaseAction.RECEIVE_SUPPLEMENT);
        if (!authority.mayReceive(actor, f)) {
            requireAnyStep(actor, f);
        }
        Checks.start().optionalText(n.text(), "text", TEXT_MAX).throwIfAny();
        return log.append(f, l.version(), CaseEventType.SUPPLEMENT_RECEIVED, actor, null, null, backdate(n.backdate(), f),
                text("note", n.text()));
    }

    @Override
    public CaseView startSpecialProcedure(Actor actor, long caseId, SpecialProcedureStart s) {
        CaseStore.Loaded l = load(caseId, s.version());
        CaseFile f = l.file();
        allowed(f, CaseAction.START_SPECIAL_PROCEDURE);
        requireAnyStep(actor, f);
        Checks c = Checks.start();
        c.require(s.kind() != null, "kind", "error.required");
        c.require(s.approver() != null && !s.approver().isBlank(), "approver", "error.required");
        c.optionalText(s.approver(), "approver", 100);
        c.require(s.expectedDays() != null && s.expectedDays() >= 1 && s.expectedDays() <= 365, "expectedDays",
                "casework.special.days-range", 1, 365);
        c.throwIfAny();
        requireReason(s.reason(), "reason");
        Map<String, Object> p = text("reason", s.reason());
        p.put("kind", s.kind().name());
        p.put("approver", s.approver().strip());
        p.put("expectedDays", s.expectedDays());
        return log.append(f, l.version(), CaseEventType.SPECIAL_PROCEDURE_STARTED, actor, null, null, backdate(s.backdate(), f), p);
    }

    @Override
    public CaseView endSpecialProcedure(Actor actor, long caseId, SpecialProcedureEnd e) {
        CaseStore.Loaded l = load(caseId, e.version());
        CaseFile f = l.file();
        allowed(f, CaseAction.END_SPECIAL_PROCEDURE);
        requireAnyStep(actor, f);
        Checks c = Checks.start();
        c.text(e.result(), "result", TEXT_MAX);
        if (e.fee() != null) {
            c.require(e.fee().signum() >= 0, "fee", "casework.money.negative");
            c.require(e.fee().scale() <= 2, "fee", "casework.money.scale");
        }
        c.throwIfAny();
        Map<String, Object> p = text("result", e.result());
        if (e.fee() != null) {
            p.put("fee", e.fee().toPlainString());
        }
        return log.append(f, l.version(), CaseEventType.SPECIAL_PROCEDURE_ENDED, actor, null, null, backdate(e.backdate(), f), p);
    }

    @Override
    public CaseView extend(Actor actor, long caseId, ExtensionRequest r) {
        CaseStore.Loaded l = load(caseId, r.version());
        CaseFile f = l.file();
        allowed(f, CaseAction.EXTEND);
        if (!authority.isLeader(actor, f)) {
            throw new ForbiddenException("casework.forbidden.leader-only");
        }
        int used = f.extensions.stream().mapToInt(CaseFile.ExtensionGrant::days).sum();
        int left = settings.maxExtensionDays - used;
        Checks c = Checks.start();
        c.require(r.days() != null && r.days() >= 1, "days", "error.required");
        c.require(r.days() == null || r.days() <= left, "days", "casework.extension.too-long", settings.maxExtensionDays, Math.max(left, 0));
        c.throwIfAny();
        requireReason(r.reason(), "reason");
        Map<String, Object> p = text("reason", r.reason());
        p.put("days", r.days());
        return log.append(f, l.version(), CaseEventType.EXTENDED, actor, null, null, backdate(r.backdate(), f), p);
    }

    // ---- penalties and fees ---------------------------------------------------------------------

    @Override
    public CaseView assignOfficers(Actor actor, long caseId, OfficerAssignment a) {
        CaseStore.Loaded l = load(caseId, a.version());
        CaseFile f = l.file();
        if (!f.penalty()) {
            throw new ConflictException("casework.error.not-penalty-case");
        }
        allowed(f, CaseAction.ASSIGN_OFFICERS);
        if (!authority.isHead(actor, f)) {
            requireAnyStep(actor, f);
        }
        Backdate b = backdate(a.backdate(), f);
        List<Long> staff = a.staffIds() == null ? List.of() : a.staffIds();
        checkOfficers(staff, f.departmentId, day(b), "staffIds");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("staffIds", staff);
        return log.append(f, l.version(), CaseEventType.OFFICERS_ASSIGNED, actor, null, null, b, p);
    }

    /** The range the benchmark proposes for a level and factors (no change to the case). */
    @Override
    @Transactional(readOnly = true)
    public FineProposal proposeFine(long caseId, String level, List<String> factors, BigDecimal baseAmount) {
        CaseFile f = store.load(caseId).orElseThrow(() -> new NotFoundException("casework.error.not-found", caseId)).file();
        FinePolicy.Proposal p = FinePolicy.propose(penaltyOf(f), level, factors == null ? List.of() : factors, baseAmount);
        return new FineProposal(p.level(), p.min(), p.max(), p.suggestedMin(), p.suggestedMax());
    }

    @Override
    public CaseView assessPenalty(Actor actor, long caseId, PenaltyAssessment a) {
        CaseStore.Loaded l = load(caseId, a.version());
        CaseFile f = l.file();
        if (!f.penalty()) {
            throw new ConflictException("casework.error.not-penalty-case");
        }
        allowed(f, CaseAction.ASSESS_PENALTY);
        // The case's certified officers assess, whichever step is open (a re-assessment after 陈述申辩 included).
        requireOfficer(actor, f);
        List<String> factors = a.factors() == null ? List.of() : a.factors();
        FinePolicy.Proposal proposal = FinePolicy.propose(penaltyOf(f), a.level(), factors, a.baseAmount());
        FinePolicy.Verdict v = FinePolicy.judge(proposal, a.fine(), a.outsideReason(), settings.majorFine, settings.reasonMinLength);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("level", proposal.level());
        p.put("factors", factors);
        if (a.baseAmount() != null) {
            p.put("baseAmount", a.baseAmount().toPlainString());
        }
        p.put("min", proposal.min().toPlainString());
        p.put("max", proposal.max().toPlainString());
        p.put("fine", v.fine().toPlainString());
        p.put("outside", v.outside());
        p.put("major", v.major());
        if (v.outside()) {
            p.put("outsideReason", a.outsideReason().strip());
        }
        p.put("legalReviewRequired", v.legalReviewRequired());
        return log.append(f, l.version(), CaseEventType.PENALTY_ASSESSED, actor, null, null, backdate(a.backdate(), f), p);
    }

    private PowerItemContent.Penalty penaltyOf(CaseFile f) {
        return catalog.version(f.itemVersionId).map(v -> v.content().penalty()).orElse(null);
    }

    @Override
    public CaseView chargeFee(Actor actor, long caseId, FeeCharge charge) {
        CaseStore.Loaded l = load(caseId, charge.version());
        CaseFile f = l.file();
        allowed(f, CaseAction.CHARGE_FEE);
        requireAnyStep(actor, f);
        Checks c = Checks.start();
        c.text(charge.item(), "item", 200);
        c.require(charge.amount() != null, "amount", "error.required");
        c.throwIfAny();
        c.require(charge.amount().signum() > 0, "amount", "casework.money.positive");
        c.require(charge.amount().scale() <= 2, "amount", "casework.money.scale");
        c.optionalText(charge.overrideReason(), "overrideReason", TEXT_MAX);
        c.throwIfAny();
        List<PowerItemContent.Fee> fees = catalog.version(f.itemVersionId).map(v -> v.content().fees()).orElse(List.of());
        FeePolicy.check(fees, charge.item(), charge.amount(), charge.overrideReason(), settings.reasonMinLength);
        boolean listed = FeePolicy.listed(fees, charge.item(), charge.amount());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("item", charge.item().strip());
        p.put("amount", charge.amount().setScale(2).toPlainString());
        if (!listed) {
            p.put("overrideReason", charge.overrideReason().strip());
        }
        return log.append(f, l.version(), CaseEventType.FEE_CHARGED, actor, null, null, backdate(charge.backdate(), f), p);
    }

    // ---- collection and ends --------------------------------------------------------------------

    @Override
    public CaseView collect(Actor actor, long caseId, Collection col) {
        CaseStore.Loaded l = load(caseId, col.version());
        CaseFile f = l.file();
        allowed(f, CaseAction.COLLECT);
        if (f.collected) {
            throw new ConflictException("casework.error.already-collected");
        }
        if (!authority.mayReceive(actor, f)) {
            requireAnyStep(actor, f);
        }
        Checks c = Checks.start();
        c.text(col.recipient(), "recipient", 100);
        c.require(col.method() != null && List.of("WINDOW", "POST", "ELECTRONIC").contains(col.method()), "method",
                "casework.collect.method-unknown");
        c.throwIfAny();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("recipient", col.recipient().strip());
        p.put("method", col.method());
        return log.append(f, l.version(), CaseEventType.COLLECTED, actor, null, null, backdate(col.backdate(), f), p);
    }

    @Override
    public CaseView withdraw(Actor actor, long caseId, Note n) {
        CaseStore.Loaded l = load(caseId, n.version());
        CaseFile f = l.file();
        if (f.kind != CaseKind.APPLICATION) {
            throw new ConflictException("casework.error.withdraw-applications-only");
        }
        allowed(f, CaseAction.WITHDRAW);
        boolean applicant = f.applicantAccountId != null && f.applicantAccountId == actor.accountId();
        if (!applicant && !authority.mayReceive(actor, f)) {
            requireAnyStep(actor, f);
        }
        Checks.start().require(n.text() != null && !n.text().isBlank(), "text", "error.required")
                .optionalText(n.text(), "text", TEXT_MAX).throwIfAny();
        Map<String, Object> p = text("reason", n.text());
        p.put("byApplicant", applicant);
        return log.append(f, l.version(), CaseEventType.WITHDRAWN, actor, null, null, backdate(n.backdate(), f), p);
    }

    @Override
    public CaseView terminate(Actor actor, long caseId, Note n) {
        CaseStore.Loaded l = load(caseId, n.version());
        CaseFile f = l.file();
        allowed(f, CaseAction.TERMINATE);
        if (!authority.isHead(actor, f)) {
            throw new ForbiddenException("casework.forbidden.head-only");
        }
        requireReason(n.text(), "text");
        return log.append(f, l.version(), CaseEventType.TERMINATED, actor, null, null, backdate(n.backdate(), f),
                text("reason", n.text()));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private CaseStore.Loaded load(long caseId, long expectedVersion) {
        CaseStore.Loaded l = store.load(caseId).orElseThrow(() -> new NotFoundException("casework.error.not-found", caseId));
        if (expectedVersion < 1) {
            // Every stored case is at version 1 or later: 0 is a request that did not say which version it saw.
            throw new InvalidInputException("version", "error.required");
        }
        if (l.version() != expectedVersion) {
            throw new ConflictException("version", "casework.error.stale");
        }
        return l;
    }

    private static void allowed(CaseFile f, CaseAction action) {
        if (!action.allowedIn(f.status)) {
            // (Object): with two String arguments the (field, code, args) constructor would be chosen.
            // The arguments are message keys themselves: resolvables, so the answer names action and status in the reader's language.
            throw new ConflictException("casework.error.not-allowed-in-status",
                    (Object) new DefaultMessageSourceResolvable(action.key()), new DefaultMessageSourceResolvable(f.status.key()));
        }
    }

    private FlowStep firstStep(CaseFile f) {
        FlowModel model = flows.of(f.flowVersionId);
        return f.openSteps.keySet().stream().map(model::step)
                .filter(s -> s.kind() == StepKind.ACCEPT || s.kind() == StepKind.FILE).findFirst()
                .orElseGet(() -> model.step(model.definition().start()));
    }

    private void requireAnyStep(Actor actor, CaseFile f) {
        FlowModel model = flows.of(f.flowVersionId);
        for (String key : f.openSteps.keySet()) {
            if (authority.mayWork(actor, model.step(key), f)) {
                return;
            }
        }
        if (authority.isHead(actor, f)) {
            return;
        }
        throw new ForbiddenException("casework.forbidden.not-handler");
    }

    private void requireOfficer(Actor actor, CaseFile f) {
        if (actor.staffId() == null || !f.officerStaffIds.contains(actor.staffId())) {
            throw new ForbiddenException("casework.forbidden.not-officer");
        }
        if (!officers.isCertifiedFor(actor.staffId(), f.departmentId, null, LocalDate.now(clock))) {
            throw new ForbiddenException("casework.forbidden.certificate-invalid");
        }
    }

    private void checkOfficers(List<Long> staffIds, long departmentId, LocalDate day, String field) {
        OfficerCheck check = officers.checkOfficers(staffIds, departmentId, day);
        check.requireAtLeast(OfficerCheck.PENALTY_MINIMUM, field);
    }

    private void requireReason(String reason, String field) {
        Checks c = Checks.start();
        c.require(reason != null && reason.strip().length() >= settings.reasonMinLength, field, "casework.error.reason-too-short",
                settings.reasonMinLength);
        c.optionalText(reason, field, TEXT_MAX);
        c.throwIfAny();
    }

    private Backdate backdate(Backdate b, CaseFile f) {
        Instant last = lastOccurred(f);
        BackfillPolicy.check(b, settings.backfillStart, clock.instant(), last, zone);
        if (b == null && f.backfill && last != null && last.isAfter(clock.instant())) {
            throw new ConflictException("casework.backfill.clock-behind");
        }
        return b;
    }

    private Instant lastOccurred(CaseFile f) {
        Instant last = f.receivedAt;
        for (Instant t : new Instant[] {f.acceptedAt, f.pausedSince, f.decidedAt, f.closedAt}) {
            if (t != null && (last == null || t.isAfter(last))) {
                last = t;
            }
        }
        for (Instant t : f.openSteps.values()) {
            if (t != null && (last == null || t.isAfter(last))) {
                last = t;
            }
        }
        return last;
    }

    private LocalDate day(Backdate b) {
        return LocalDate.ofInstant(b == null ? clock.instant() : b.occurredAt(), zone);
    }

    private String documentNumber(CaseFile f, String series, Backdate b) {
        DepartmentView d = authority.department(f.departmentId);
        String abbreviation = d.shortName() == null || d.shortName().isBlank() ? d.name() : d.shortName();
        int year = day(b).getYear();
        return CaseNumbers.documentNumber(abbreviation, series, year, counters.nextDocumentNumber(f.departmentId, series, year));
    }

    private static Map<String, Object> text(String key, String value) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (value != null && !value.isBlank()) {
            p.put(key, value.strip());
        }
        return p;
    }

    private static String openLabels(CaseFile f, FlowModel model) {
        List<String> labels = new ArrayList<>();
        f.openSteps.keySet().forEach(k -> labels.add(model.step(k).label()));
        return labels.isEmpty() ? "—" : String.join("、", labels);
    }

    private static void checkParty(Checks c, PartyInput p) {
        if (p == null) {
            c.require(false, "party", "error.required");
            return;
        }
        c.require(p.type() != null, "party.type", "error.required");
        c.text(p.name(), "party.name", 200);
        c.optionalText(p.idNumber(), "party.idNumber", 32);
        c.optionalText(p.phone(), "party.phone", 32);
        c.optionalText(p.address(), "party.address", 300);
        if (p.phone() != null && !p.phone().isBlank()) {
            c.require(p.phone().strip().matches("[0-9+\\- ]{5,32}"), "party.phone", "casework.party.phone-invalid");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
