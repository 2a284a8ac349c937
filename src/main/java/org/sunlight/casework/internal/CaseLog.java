package org.sunlight.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;
import org.sunlight.casework.CaseCommands.Backdate;
import org.sunlight.casework.CaseEvent;
import org.sunlight.casework.CaseEventRecorded;
import org.sunlight.casework.CaseEventType;
import org.sunlight.casework.CaseView;
import org.sunlight.flow.FlowModel;
import org.sunlight.flow.FlowStep;
import org.sunlight.identity.Actor;

/**
 * Appends an event to a case's log and brings everything that depends on it up to date in the same
 * transaction: the case row (optimistically locked), the open-step rows, the audit trail, and the
 * {@link CaseEventRecorded} notice to other modules.
 */
@Component
class CaseLog {

    private final CaseStore store;
    private final FlowModels flows;
    private final CaseClock caseClock;
    private final CaseAuthority authority;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseProjector projector;

    CaseLog(CaseStore store, FlowModels flows, CaseClock caseClock, CaseAuthority authority, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.flows = flows;
        this.caseClock = caseClock;
        this.authority = authority;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.projector = new CaseProjector(flows::of, caseClock);
    }

    CaseProjector projector() {
        return projector;
    }

    /** Appends one event (the next in sequence) and saves the projections; answers the case as it now is. */
    CaseView append(CaseFile f, long version, CaseEventType type, Actor actor, FlowStep step, String outcome,
            Backdate backdate, Map<String, Object> payload) {
        Instant now = clock.instant();
        Instant occurred = backdate == null ? now : backdate.occurredAt();
        Map<String, Object> body = payload;
        if (backdate != null) {
            body = new java.util.LinkedHashMap<>(payload);
            body.put("backfillReason", backdate.reason().strip());
        }
        CaseEvent event = new CaseEvent(f.id, f.lastSeq + 1, type, occurred, now, actor.accountId(), actor.staffId(),
                actor.displayName(), step == null ? null : step.key(), step == null ? null : step.name(), outcome,
                backdate != null, body);
        // The work-queue rows follow only from the open steps and whether the clock runs: rewrite them when those changed.
        Map<String, Instant> openBefore = new java.util.LinkedHashMap<>(f.openSteps);
        boolean pausedBefore = f.status != null && f.status.paused();
        projector.apply(f, event);
        boolean queueChanged = !openBefore.equals(f.openSteps) || pausedBefore != f.status.paused() || event.seq() == 1;
        // The row update comes first: it takes the case's row lock and checks the version, so a second handler
        // acting at the same moment waits, then gets a clean conflict (not a duplicate event number).
        store.save(f, version, now);
        store.append(event);
        if (queueChanged) {
            store.replaceTasks(f.id, tasks(f));
        }
        audit.record(new AuditEntry("casework." + type.name(), "case", f.number, null, auditText(event), true,
                actor.username(), null));
        events.publishEvent(new CaseEventRecorded(f.id, f.number, event.seq(), type, f.departmentId, f.regionCode, f.status,
                occurred, now, event.backfill()));
        return CaseViews.of(f, version + 1);
    }

    /** The open steps as work-queue rows, each with the unit it is worked in and its own due time. */
    List<CaseTaskRow> tasks(CaseFile f) {
        if (f.openSteps.isEmpty()) {
            return List.of();
        }
        FlowModel model = flows.of(f.flowVersionId);
        List<CaseTaskRow> rows = new ArrayList<>(f.openSteps.size());
        f.openSteps.forEach((key, opened) -> {
            FlowStep step = model.step(key);
            rows.add(new CaseTaskRow(f.id, key, step.name(), step.postId(), step.role() == null ? null : step.role().name(),
                    authority.stepUnit(step, f), f.departmentId, opened,
                    f.status.paused() ? null : caseClock.stepDue(f, step, opened)));
        });
        return rows;
    }

    private static String auditText(CaseEvent e) {
        StringBuilder b = new StringBuilder("{\"seq\":").append(e.seq()).append(",\"type\":\"").append(e.type()).append('"');
        if (e.stepKey() != null) {
            b.append(",\"step\":\"").append(e.stepKey()).append('"');
        }
        if (e.outcome() != null) {
            b.append(",\"outcome\":\"").append(e.outcome().replace("\"", "'")).append('"');
        }
        if (e.backfill()) {
            b.append(",\"occurredAt\":\"").append(e.occurredAt()).append("\",\"backfill\":true");
        }
        return b.append('}').toString();
    }
}
