package org.sunlight.casework.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.sunlight.casework.CaseEvent;

/**
 * For the benchmark data generator (src/bench) only: the rows casework keeps for a case whose event log is
 * given — the case row with its state JSON, each event's payload JSON, the open-step rows — computed by the
 * same {@link CaseProjector}, deadline clock and JSON mapping as the commands, so a generated database holds
 * the projections the commands would have left, without running a command per event. Writes nothing
 * itself. Not for application code: events given here have passed none of the commands' checks.
 */
@Component
public class CaseBulkWriter {

    private final CaseLog log;
    private final CaseJson json;
    private final CaseStore store;

    CaseBulkWriter(CaseLog log, CaseJson json, CaseStore store) {
        this.log = log;
        this.json = json;
        this.store = store;
    }

    /** A row of {@code case_record} as {@code CaseStore.insert} and the last {@code CaseStore.save} leave it. */
    public record CaseRow(long id, String number, String queryCode, String kind, long itemId, long itemVersionId, String itemCode,
            String itemName, String category, long flowVersionId, long departmentId, Long unitId, String regionCode, String channel,
            String status, String partyType, String partyName, Long applicantAccountId, Instant receivedAt, Instant acceptedAt,
            Instant dueAt, Instant pausedSince, Instant closedAt, String result, String documentNumber, BigDecimal fineAmount,
            boolean backfill, boolean irregular, String stateJson, int lastSeq, long version, Instant recordedAt,
            Instant updatedAt) {
    }

    /** A row of {@code case_task}: an open step. */
    public record TaskRow(long caseId, String stepKey, String stepName, Long postId, String role, Long unitId, long departmentId,
            Instant openedAt, Instant dueAt) {
    }

    /** Everything stored for one case: its row, its events' payload JSON (in order) and its open steps. */
    public record Rows(CaseRow row, List<String> payloads, List<TaskRow> tasks) {
    }

    /** The rows of a case whose whole log is {@code events} (seq 1, 2, … of one case, the first APPLIED). */
    public Rows project(List<CaseEvent> events) {
        CaseFile f = log.projector().replay(events);
        List<String> payloads = new ArrayList<>(events.size());
        for (CaseEvent e : events) {
            payloads.add(json.write(e.payload()));
        }
        CaseEvent first = events.get(0);
        CaseEvent last = events.get(events.size() - 1);
        CaseRow row = new CaseRow(f.id, f.number, f.queryCode, f.kind.name(), f.itemId, f.itemVersionId, f.itemCode, f.itemName,
                f.category, f.flowVersionId, f.departmentId, f.unitId, f.regionCode, f.channel.name(), f.status.name(),
                f.party.type().name(), f.party.name(), f.applicantAccountId, f.receivedAt, f.acceptedAt, f.dueAt, f.pausedSince,
                f.closedAt, f.result, f.documentNumber, f.assessment == null ? null : f.assessment.fine(), f.backfill, f.feeOverride,
                json.write(f), f.lastSeq, events.size(), first.recordedAt(), last.recordedAt());
        List<TaskRow> tasks = new ArrayList<>();
        for (CaseTaskRow t : log.tasks(f)) {
            tasks.add(new TaskRow(t.caseId(), t.stepKey(), t.stepName(), t.postId(), t.role(), t.unitId(), t.departmentId(),
                    t.openedAt(), t.dueAt()));
        }
        return new Rows(row, payloads, tasks);
    }

    /** Whether replaying a stored case's stored events gives exactly its stored state JSON (a check of generated data). */
    public boolean replaysToStoredState(long caseId) {
        return json.write(log.projector().replay(store.events(caseId))).equals(store.storedState(caseId));
    }
}
