package org.sunlight.casework.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.sunlight.casework.CaseEvent;
import org.sunlight.casework.CaseKind;
import org.sunlight.casework.CaseStatus;
import org.sunlight.casework.Channel;
import org.sunlight.casework.PartyType;
import org.sunlight.flow.FlowModel;
import org.sunlight.flow.FlowPosition;

/**
 * Folds a case's events into its {@link CaseFile}. The same code runs when a command appends an event
 * and when the projections are rebuilt from the log, so the two cannot drift apart. Deterministic: the
 * only inputs are the events, the flowchart version and the calendar.
 */
final class CaseProjector {

    private final LongFunction<FlowModel> flows;
    private final CaseClock clock;

    CaseProjector(LongFunction<FlowModel> flows, CaseClock clock) {
        this.flows = flows;
        this.clock = clock;
    }

    CaseFile replay(List<CaseEvent> events) {
        CaseFile file = new CaseFile();
        for (CaseEvent e : events) {
            apply(file, e);
        }
        return file;
    }

    void apply(CaseFile f, CaseEvent e) {
        Map<String, Object> p = e.payload();
        switch (e.type()) {
            case APPLIED -> applied(f, e);
            case PRE_ACCEPTED -> f.status = CaseStatus.PRE_ACCEPTED;
            case ACCEPTED, FILED -> {
                move(f, e);
                f.status = CaseStatus.IN_PROGRESS;
                f.acceptedAt = e.occurredAt();
                f.dueAt = clock.caseDue(f);
            }
            case REFUSED -> end(f, e, CaseStatus.REFUSED, "REFUSED");
            case STEP_COMPLETED -> {
                move(f, e);
                if (Boolean.TRUE.equals(p.get("legalReviewPassed"))) {
                    f.legalReviewPassedAt = e.seq();
                }
                if (f.finishedAt != null) {
                    end(f, e, CaseStatus.CLOSED, f.result == null ? "CLOSED" : f.result);
                }
            }
            case DECIDED -> {
                move(f, e);
                f.approved = (Boolean) p.get("approved");
                f.documentNumber = e.text("documentNumber");
                f.decidedAt = e.occurredAt();
                f.result = e.text("result");
                f.status = CaseStatus.DECIDED;
                if (f.finishedAt != null) {
                    end(f, e, CaseStatus.CLOSED, f.result);
                }
            }
            case CLOSED -> {
                if (e.stepKey() != null) {
                    FlowModel model = flows.apply(f.flowVersionId);
                    FlowPosition done = model.finish(position(f), e.stepKey());
                    f.finishedAt = done.finishedAt();
                }
                if (e.text("result") != null) {
                    f.result = e.text("result");
                }
                end(f, e, CaseStatus.CLOSED, f.result == null ? "CLOSED" : f.result);
            }
            case SUPPLEMENT_REQUESTED -> pause(f, e, CaseStatus.SUPPLEMENTING, "SUPPLEMENT");
            case SPECIAL_PROCEDURE_STARTED -> pause(f, e, CaseStatus.SPECIAL_PROCEDURE, "SPECIAL_PROCEDURE");
            case SUPPLEMENT_RECEIVED, SPECIAL_PROCEDURE_ENDED -> resume(f, e);
            case EXTENDED -> {
                f.extensions.add(new CaseFile.ExtensionGrant(((Number) p.get("days")).intValue(), e.text("reason"), e.actorName()));
                if (!f.status.paused()) {
                    f.dueAt = clock.caseDue(f);
                }
            }
            case OFFICERS_ASSIGNED -> {
                f.officerStaffIds = new ArrayList<>();
                for (Object o : (List<?>) p.get("staffIds")) {
                    f.officerStaffIds.add(((Number) o).longValue());
                }
            }
            case PENALTY_ASSESSED -> {
                @SuppressWarnings("unchecked")
                List<String> factors = (List<String>) p.getOrDefault("factors", List.of());
                boolean review = Boolean.TRUE.equals(p.get("legalReviewRequired"));
                f.assessment = new CaseFile.Assessment(e.text("level"), List.copyOf(factors), money(p.get("min")),
                        money(p.get("max")), money(p.get("fine")), e.text("outsideReason"), review, e.seq());
                f.variables.put("major", review);
                f.variables.put("fine", money(p.get("fine")));
            }
            case FEE_CHARGED -> {
                String override = e.text("overrideReason");
                f.fees.add(new CaseFile.FeeCharge(e.text("item"), money(p.get("amount")), override));
                f.feeOverride |= override != null;
            }
            case COLLECTED -> f.collected = true;
            case ATTACHMENTS_ADDED -> {
            }
            case WITHDRAWN -> end(f, e, CaseStatus.WITHDRAWN, "WITHDRAWN");
            case TERMINATED -> end(f, e, CaseStatus.TERMINATED, "TERMINATED");
        }
        f.backfill |= e.backfill();
        f.lastSeq = e.seq();
    }

    private void applied(CaseFile f, CaseEvent e) {
        Map<String, Object> p = e.payload();
        f.id = e.caseId();
        f.number = e.text("number");
        f.queryCode = e.text("queryCode");
        f.kind = CaseKind.valueOf(e.text("kind"));
        f.itemId = ((Number) p.get("itemId")).longValue();
        f.itemVersionId = ((Number) p.get("itemVersionId")).longValue();
        f.itemCode = e.text("itemCode");
        f.itemName = e.text("itemName");
        f.category = e.text("category");
        f.flowVersionId = ((Number) p.get("flowVersionId")).longValue();
        f.departmentId = ((Number) p.get("departmentId")).longValue();
        f.unitId = p.get("unitId") == null ? null : ((Number) p.get("unitId")).longValue();
        f.regionCode = e.text("regionCode");
        f.channel = Channel.valueOf(e.text("channel"));
        f.party = new CaseFile.Party(PartyType.valueOf(e.text("partyType")), e.text("partyName"), e.text("partyIdNumber"),
                e.text("partyPhone"), e.text("partyAddress"));
        f.applicantAccountId = p.get("applicantAccountId") == null ? null : ((Number) p.get("applicantAccountId")).longValue();
        f.subject = e.text("subject");
        f.source = e.text("source");
        f.facts = e.text("facts");
        f.limit = p.get("limit") == null ? 0 : ((Number) p.get("limit")).intValue();
        f.limitUnit = e.text("limitUnit");
        f.receivedAt = e.occurredAt();
        f.recordedAt = e.recordedAt();
        f.status = CaseStatus.RECEIVED;
        FlowPosition start = flows.apply(f.flowVersionId).start();
        f.openSteps = new LinkedHashMap<>();
        for (String step : start.active()) {
            f.openSteps.put(step, e.occurredAt());
        }
        f.joinArrivals = new LinkedHashMap<>(start.arrivals());
        if (p.get("variables") instanceof Map<?, ?> vars) {
            vars.forEach((k, v) -> f.variables.put(String.valueOf(k), v));
        }
        if (p.get("officerStaffIds") instanceof List<?> staff) {
            f.officerStaffIds = new ArrayList<>();
            staff.forEach(o -> f.officerStaffIds.add(((Number) o).longValue()));
        }
    }

    /** Takes the event's step with its outcome: the open steps after it open at the event's time. */
    private void move(CaseFile f, CaseEvent e) {
        if (e.payload().get("variables") instanceof Map<?, ?> vars) {
            vars.forEach((k, v) -> f.variables.put(String.valueOf(k), v));
        }
        FlowModel model = flows.apply(f.flowVersionId);
        FlowPosition before = position(f);
        FlowPosition after = model.step(e.stepKey()).end() && !hasMoves(model, e.stepKey())
                ? model.finish(before, e.stepKey())
                : model.take(before, e.stepKey(), e.outcome(), f.variables);
        Map<String, Instant> open = new LinkedHashMap<>();
        for (String step : after.activeIn(model.definition())) {
            Instant since = f.openSteps.get(step);
            open.put(step, since != null && before.isActive(step) ? since : e.occurredAt());
        }
        f.openSteps = open;
        f.joinArrivals = new LinkedHashMap<>(after.arrivals());
        f.finishedAt = after.finishedAt();
    }

    private static boolean hasMoves(FlowModel model, String step) {
        return model.graph().outgoing(model.graph().indexOf(step).orElseThrow()).size() > 0;
    }

    static FlowPosition position(CaseFile f) {
        return new FlowPosition(f.openSteps.keySet(), f.joinArrivals, f.finishedAt);
    }

    private void pause(CaseFile f, CaseEvent e, CaseStatus status, String kind) {
        f.resumeStatus = f.status;
        f.status = status;
        f.pausedSince = e.occurredAt();
        f.pauseKind = kind;
        f.dueAt = null;
    }

    private void resume(CaseFile f, CaseEvent e) {
        if (f.acceptedAt != null && e.occurredAt().isAfter(f.pausedSince)) {
            f.pauses.add(new CaseFile.PauseSpan(f.pauseKind, f.pausedSince, e.occurredAt()));
        }
        f.status = f.resumeStatus;
        f.resumeStatus = null;
        f.pausedSince = null;
        f.pauseKind = null;
        f.dueAt = f.acceptedAt == null ? null : clock.caseDue(f);
    }

    private void end(CaseFile f, CaseEvent e, CaseStatus status, String result) {
        f.status = status;
        f.result = result;
        f.closedAt = e.occurredAt();
        f.openSteps = new LinkedHashMap<>();
        f.joinArrivals = new LinkedHashMap<>();
        f.pausedSince = null;
        f.pauseKind = null;
        if (f.finishedAt == null) {
            f.finishedAt = e.stepKey() == null ? "-" : e.stepKey();
        }
    }

    static BigDecimal money(Object v) {
        return v == null ? null : new BigDecimal(String.valueOf(v));
    }
}
