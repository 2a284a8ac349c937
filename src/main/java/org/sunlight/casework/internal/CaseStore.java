package org.sunlight.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.sunlight.casework.CaseEvent;
import org.sunlight.casework.CaseEventType;
import org.sunlight.common.ConflictException;

/** The tables of casework: the event log (insert only), the case row and the open-step rows (projections). */
// A plain component, not @Repository: JdbcClient already translates SQL errors, and the proxy the annotation
// brings sat in front of every statement of every command.
@Component
class CaseStore {

    private final JdbcClient jdbc;
    private final CaseJson json;

    CaseStore(JdbcClient jdbc, CaseJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A case row as loaded for a command: its state and its optimistic-lock version. */
    record Loaded(CaseFile file, long version) {
    }

    Optional<Loaded> load(long caseId) {
        return jdbc.sql("select state_json, version from case_record where id = ?").param(caseId)
                .query((rs, n) -> new Loaded(json.readFile(rs.getString(1)), rs.getLong(2))).optional();
    }

    Optional<Loaded> loadByNumber(String number) {
        return jdbc.sql("select state_json, version from case_record where case_number = ?").param(number)
                .query((rs, n) -> new Loaded(json.readFile(rs.getString(1)), rs.getLong(2))).optional();
    }

    /** Reserves the case row (its id is the events' case id); the projection columns are filled by {@link #save}. */
    long insert(CaseFile f, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into case_record (case_number, query_code, kind, item_id, item_version_id, item_code, item_name,
                    category, flow_version_id, department_id, unit_id, region_code, channel, status, party_type, party_name,
                    applicant_account_id, received_at, backfill, state_json, last_seq, version, recorded_at, updated_at)
                values (:number, :code, :kind, :itemId, :itemVersionId, :itemCode, :itemName, :category, :flow, :dept, :unit,
                    :region, :channel, 'RECEIVED', :partyType, :partyName, :applicant, :received, :backfill, '{}', 0, 0, :now, :now)
                """)
                .param("number", f.number).param("code", f.queryCode).param("kind", f.kind.name())
                .param("itemId", f.itemId).param("itemVersionId", f.itemVersionId).param("itemCode", f.itemCode)
                .param("itemName", f.itemName).param("category", f.category).param("flow", f.flowVersionId)
                .param("dept", f.departmentId).param("unit", f.unitId).param("region", f.regionCode)
                .param("channel", f.channel.name()).param("partyType", f.party.type().name()).param("partyName", f.party.name())
                .param("applicant", f.applicantAccountId).param("received", ts(f.receivedAt)).param("backfill", f.backfill)
                .param("now", ts(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class) != null ? keys.getKeyAs(Long.class) : ((Number) keys.getKeys().get("id")).longValue();
    }

    void append(CaseEvent e) {
        jdbc.sql("""
                insert into case_event (case_id, seq, type, occurred_at, recorded_at, actor_account_id, actor_staff_id,
                    actor_name, step_key, step_name, outcome, backfill, payload)
                values (:caseId, :seq, :type, :occurred, :recorded, :account, :staff, :name, :step, :stepName, :outcome,
                    :backfill, :payload)
                """)
                .param("caseId", e.caseId()).param("seq", e.seq()).param("type", e.type().name())
                .param("occurred", ts(e.occurredAt())).param("recorded", ts(e.recordedAt()))
                .param("account", e.actorAccountId()).param("staff", e.actorStaffId()).param("name", e.actorName())
                .param("step", e.stepKey()).param("stepName", e.stepName()).param("outcome", e.outcome())
                .param("backfill", e.backfill()).param("payload", json.write(e.payload()))
                .update();
    }

    /**
     * Writes the projection of the case row, if nobody else changed it since {@code expectedVersion}.
     *
     * @throws ConflictException when the row moved on (another handler acted first)
     */
    void save(CaseFile f, long expectedVersion, Instant now) {
        int rows = jdbc.sql("""
                update case_record set status = :status, item_version_id = :itemVersionId, unit_id = :unit,
                    party_name = :partyName, accepted_at = :accepted, due_at = :due, paused_since = :paused,
                    closed_at = :closed, result = :result, document_number = :doc, fine_amount = :fine,
                    backfill = :backfill, irregular = :irregular, state_json = :state, last_seq = :seq,
                    version = version + 1, updated_at = :now
                where id = :id and version = :version
                """)
                .param("status", f.status.name()).param("itemVersionId", f.itemVersionId).param("unit", f.unitId)
                .param("partyName", f.party.name()).param("accepted", ts(f.acceptedAt)).param("due", ts(f.dueAt))
                .param("paused", ts(f.pausedSince)).param("closed", ts(f.closedAt)).param("result", f.result)
                .param("doc", f.documentNumber).param("fine", f.assessment == null ? null : f.assessment.fine())
                .param("backfill", f.backfill).param("irregular", f.feeOverride)
                .param("state", json.write(f)).param("seq", f.lastSeq).param("now", ts(now))
                .param("id", f.id).param("version", expectedVersion)
                .update();
        if (rows != 1) {
            throw new ConflictException("version", "casework.error.stale");
        }
    }

    void replaceTasks(long caseId, List<CaseTaskRow> tasks) {
        jdbc.sql("delete from case_task where case_id = ?").param(caseId).update();
        for (CaseTaskRow t : tasks) {
            jdbc.sql("""
                    insert into case_task (case_id, step_key, step_name, post_id, role, unit_id, department_id, opened_at, due_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(t.caseId(), t.stepKey(), t.stepName(), t.postId(), t.role(), t.unitId(), t.departmentId(),
                            ts(t.openedAt()), ts(t.dueAt()))
                    .update();
        }
    }

    List<CaseTaskRow> tasks(long caseId) {
        return jdbc.sql("select * from case_task where case_id = ? order by step_key").param(caseId).query(CaseStore::task).list();
    }

    List<CaseEvent> events(long caseId) {
        return jdbc.sql("select * from case_event where case_id = ? order by seq").param(caseId).query(this::event).list();
    }

    List<Long> caseIds(long afterId, int limit) {
        return jdbc.sql("select id from case_record where id > ? order by id fetch first " + limit + " rows only")
                .param(afterId).query(Long.class).list();
    }

    String storedState(long caseId) {
        return jdbc.sql("select state_json from case_record where id = ?").param(caseId).query(String.class).single();
    }

    CaseEvent event(ResultSet rs, int n) throws SQLException {
        return new CaseEvent(rs.getLong("case_id"), rs.getInt("seq"), CaseEventType.valueOf(rs.getString("type")),
                instant(rs, "occurred_at"), instant(rs, "recorded_at"), nullableLong(rs, "actor_account_id"),
                nullableLong(rs, "actor_staff_id"), rs.getString("actor_name"), rs.getString("step_key"),
                rs.getString("step_name"), rs.getString("outcome"), rs.getBoolean("backfill"), json.readMap(rs.getString("payload")));
    }

    static CaseTaskRow task(ResultSet rs, int n) throws SQLException {
        return new CaseTaskRow(rs.getLong("case_id"), rs.getString("step_key"), rs.getString("step_name"),
                nullableLong(rs, "post_id"), rs.getString("role"), nullableLong(rs, "unit_id"), rs.getLong("department_id"),
                instant(rs, "opened_at"), instant(rs, "due_at"));
    }

    static OffsetDateTime ts(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
