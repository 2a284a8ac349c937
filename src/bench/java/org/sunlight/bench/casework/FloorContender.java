package org.sunlight.bench.casework;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;

import javax.sql.DataSource;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.flywaydb.core.Flyway;

/**
 * The floor: the same rows Sunlight writes for each command, hand-coded in plain JDBC with nothing in
 * between — no Spring, no flowchart, no clock, no JSON mapper, no checks. Per case creation: the day's
 * number counter, the case row, its first event, its projection update, its open step, and the audit
 * entry chained with SM3 under the head lock. Per transition: read the case row, update it under its
 * version, append the event, replace the open step, draw the acceptance (step 1) and decision (step 3) numbers, and
 * write the audit entry. Same schema (the project's Flyway migrations), same transaction boundaries.
 */
public class FloorContender implements Contender {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String[] STEP_KEYS = {"accept", "review", "decide", "deliver"};
    private static final String[] STEP_NAMES = {"受理", "审查", "决定", "送达/办结"};
    private static final String[] TYPES = {"ACCEPTED", "STEP_COMPLETED", "DECIDED", "CLOSED"};
    private static final String[] STATUS_AFTER = {"IN_PROGRESS", "IN_PROGRESS", "DECIDED", "CLOSED"};

    private DataSource dataSource;
    private long departmentId = 12;

    @Override
    public String name() {
        return "floor";
    }

    @Override
    public void setUp(DataSource dataSource) throws Exception {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection()) {
            String schema = c.getSchema();
            Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration").outOfOrder(true).load().migrate();
        }
    }

    @Override
    public long createCase(int i) {
        Application a = Application.of(i);
        Instant now = Instant.now();
        LocalDate day = LocalDate.ofInstant(now, BEIJING);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            int seqNo = counter(c, "case_number_counter", "region_code = '321081' and department_id = " + departmentId + " and on_day = ?",
                    "insert into case_number_counter (region_code, department_id, on_day, last_value) values ('321081', " + departmentId
                            + ", ?, 0) on conflict do nothing", java.sql.Date.valueOf(day));
            String number = "321081" + day.toString().replace("-", "") + String.format("%04d%05d", departmentId, seqNo);
            long id;
            try (PreparedStatement p = c.prepareStatement("""
                    insert into case_record (case_number, query_code, kind, item_id, item_version_id, item_code, item_name, category,
                        flow_version_id, department_id, unit_id, region_code, channel, status, party_type, party_name, received_at,
                        backfill, state_json, last_seq, version, recorded_at, updated_at)
                    values (?, 'ABCDEFGH', 'APPLICATION', 1, 1, ?, '物业服务企业资质核定（三级）', 'LICENSING', 1, ?, 2, '321081', 'WINDOW',
                        'RECEIVED', 'CITIZEN', ?, ?, false, '{}', 0, 0, ?, ?)
                    """, Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, number);
                p.setString(2, a.itemCode());
                p.setLong(3, departmentId);
                p.setString(4, a.applicant());
                OffsetDateTime t = now.atOffset(ZoneOffset.UTC);
                p.setObject(5, t);
                p.setObject(6, t);
                p.setObject(7, t);
                p.executeUpdate();
                try (ResultSet k = p.getGeneratedKeys()) {
                    k.next();
                    id = k.getLong(1);
                }
            }
            save(c, id, 0, "RECEIVED", 1, state(number, a, "RECEIVED", "accept", 1), now);
            event(c, id, 1, "APPLIED", null, null, null, payload(a), now);
            tasks(c, id, "accept", "受理", now);
            audit(c, "casework.APPLIED", number, "{\"seq\":1,\"type\":\"APPLIED\"}", now);
            c.commit();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void transition(long id, int step) {
        Instant now = Instant.now();
        Step s = Step.values()[step - 1];
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            String number;
            long version;
            int lastSeq;
            try (PreparedStatement p = c.prepareStatement("select case_number, version, last_seq, state_json from case_record where id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    number = r.getString(1);
                    version = r.getLong(2);
                    lastSeq = r.getInt(3);
                    r.getString(4);
                }
            }
            String doc = null;
            if (step == 1 || step == 3) {
                // Sunlight numbers the acceptance notice (受) and the decision (许) from the department's yearly series.
                String series = step == 1 ? "受" : "许";
                int year = LocalDate.ofInstant(now, BEIJING).getYear();
                int n = counter(c, "document_counter", "department_id = " + departmentId + " and series = '" + series + "' and doc_year = " + year,
                        "insert into document_counter (department_id, series, doc_year, last_value) values (" + departmentId + ", '" + series
                                + "', " + year + ", 0) on conflict do nothing", null);
                doc = "仪住建" + series + "字〔" + year + "〕第" + n + "号";
            }
            int seq = lastSeq + 1;
            String next = step < 4 ? STEP_KEYS[step] : null;
            save(c, id, version, STATUS_AFTER[step - 1], seq, state(number, Application.of((int) (id % 1000)), STATUS_AFTER[step - 1], next, seq), now);
            String payload = "{\"opinion\":\"" + s.opinion + "\"" + (doc == null ? "" : ",\"documentNumber\":\"" + doc + "\"")
                    + (next == null ? "" : ",\"to\":\"" + next + "\",\"returning\":false") + ",\"attachments\":[]}";
            event(c, id, seq, TYPES[step - 1], STEP_KEYS[step - 1], STEP_NAMES[step - 1], step == 4 ? null : s.outcome, payload, now);
            if (next != null) {
                tasks(c, id, next, STEP_NAMES[step], now);
            } else {
                try (PreparedStatement p = c.prepareStatement("delete from case_task where case_id = ?")) {
                    p.setLong(1, id);
                    p.executeUpdate();
                }
            }
            audit(c, "casework." + TYPES[step - 1], number, "{\"seq\":" + seq + ",\"type\":\"" + TYPES[step - 1] + "\",\"step\":\""
                    + STEP_KEYS[step - 1] + "\"}", now);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int counter(Connection c, String table, String where, String insert, java.sql.Date day) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(insert)) {
            if (day != null) {
                p.setDate(1, day);
            }
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("update " + table + " set last_value = last_value + 1 where " + where)) {
            if (day != null) {
                p.setDate(1, day);
            }
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("select last_value from " + table + " where " + where)) {
            if (day != null) {
                p.setDate(1, day);
            }
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static void save(Connection c, long id, long version, String status, int seq, String state, Instant now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                update case_record set status = ?, accepted_at = ?, due_at = ?, state_json = ?, last_seq = ?, version = version + 1,
                    updated_at = ? where id = ? and version = ?
                """)) {
            OffsetDateTime t = now.atOffset(ZoneOffset.UTC);
            p.setString(1, status);
            p.setObject(2, t);
            p.setObject(3, t.plusDays(28));
            p.setString(4, state);
            p.setInt(5, seq);
            p.setObject(6, t);
            p.setLong(7, id);
            p.setLong(8, version);
            if (p.executeUpdate() != 1) {
                throw new IllegalStateException("stale case " + id);
            }
        }
    }

    private static void event(Connection c, long id, int seq, String type, String step, String stepName, String outcome, String payload,
            Instant now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                insert into case_event (case_id, seq, type, occurred_at, recorded_at, actor_account_id, actor_staff_id, actor_name,
                    step_key, step_name, outcome, backfill, payload) values (?, ?, ?, ?, ?, 1, 1, '张伟', ?, ?, ?, false, ?)
                """)) {
            OffsetDateTime t = now.atOffset(ZoneOffset.UTC);
            p.setLong(1, id);
            p.setInt(2, seq);
            p.setString(3, type);
            p.setObject(4, t);
            p.setObject(5, t);
            p.setString(6, step);
            p.setString(7, stepName);
            p.setString(8, outcome);
            p.setString(9, payload);
            p.executeUpdate();
        }
    }

    private static void tasks(Connection c, long id, String step, String name, Instant now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("delete from case_task where case_id = ?")) {
            p.setLong(1, id);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("""
                insert into case_task (case_id, step_key, step_name, post_id, role, unit_id, department_id, opened_at, due_at)
                values (?, ?, ?, 7, 'HANDLER', 2, 12, ?, ?)
                """)) {
            OffsetDateTime t = now.atOffset(ZoneOffset.UTC);
            p.setLong(1, id);
            p.setString(2, step);
            p.setString(3, name);
            p.setObject(4, t);
            p.setObject(5, t.plusDays(3));
            p.executeUpdate();
        }
    }

    private static void audit(Connection c, String action, String number, String after, Instant now) throws SQLException {
        long seq;
        String prev;
        try (PreparedStatement p = c.prepareStatement("select last_seq, last_hash from audit_chain_head where id = 1 for update");
                ResultSet r = p.executeQuery()) {
            r.next();
            seq = r.getLong(1) + 1;
            prev = r.getString(2);
        }
        String content = seq + "|" + now + "|wg_handler||" + action + "|case|" + number + "||" + after + "||true";
        SM3Digest sm3 = new SM3Digest();
        byte[] in = (prev + "|" + content).getBytes(StandardCharsets.UTF_8);
        sm3.update(in, 0, in.length);
        byte[] out = new byte[32];
        sm3.doFinal(out, 0);
        String hash = HexFormat.of().formatHex(out);
        try (PreparedStatement p = c.prepareStatement("""
                insert into audit_entry (seq, occurred_at, actor, role, action, object_type, object_id, before_text, after_text,
                    client_address, success, prev_hash, hash) values (?, ?, 'wg_handler', null, ?, 'case', ?, null, ?, null, true, ?, ?)
                """)) {
            p.setLong(1, seq);
            p.setObject(2, now.atOffset(ZoneOffset.UTC));
            p.setString(3, action);
            p.setString(4, number);
            p.setString(5, after);
            p.setString(6, prev);
            p.setString(7, hash);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")) {
            p.setLong(1, seq);
            p.setString(2, hash);
            p.executeUpdate();
        }
    }

    /** The APPLIED event's payload: the case's identity, as Sunlight's. */
    private static String payload(Application a) {
        return "{\"kind\":\"APPLICATION\",\"itemId\":1,\"itemVersionId\":1,\"itemCode\":\"" + a.itemCode()
                + "\",\"itemName\":\"物业服务企业资质核定（三级）\",\"category\":\"LICENSING\",\"flowVersionId\":1,\"departmentId\":12,"
                + "\"unitId\":2,\"regionCode\":\"321081\",\"channel\":\"WINDOW\",\"partyType\":\"CITIZEN\",\"partyName\":\""
                + a.applicant() + "\",\"partyIdNumber\":null,\"partyPhone\":null,\"partyAddress\":null,\"applicantAccountId\":null,"
                + "\"subject\":\"" + a.caseNumber() + "\",\"limit\":20,\"limitUnit\":\"WORKING_DAYS\",\"variables\":{},"
                + "\"number\":\"321081\",\"queryCode\":\"ABCDEFGH\",\"attachments\":[]}";
    }

    /** A state document the size and shape of Sunlight's projection, written by hand. */
    private static String state(String number, Application a, String status, String openStep, int seq) {
        return "{\"id\":0,\"number\":\"" + number + "\",\"queryCode\":\"ABCDEFGH\",\"kind\":\"APPLICATION\",\"itemId\":1,\"itemVersionId\":1,"
                + "\"itemCode\":\"" + a.itemCode() + "\",\"itemName\":\"物业服务企业资质核定（三级）\",\"category\":\"LICENSING\",\"flowVersionId\":1,"
                + "\"departmentId\":12,\"unitId\":2,\"regionCode\":\"321081\",\"channel\":\"WINDOW\",\"status\":\"" + status + "\","
                + "\"resumeStatus\":null,\"party\":{\"type\":\"CITIZEN\",\"name\":\"" + a.applicant() + "\",\"idNumber\":null,\"phone\":null,"
                + "\"address\":null},\"applicantAccountId\":null,\"subject\":\"" + a.caseNumber() + "\",\"source\":null,\"facts\":null,"
                + "\"receivedAt\":\"2026-11-26T08:00:00Z\",\"acceptedAt\":\"2026-11-26T08:00:01Z\",\"closedAt\":null,\"pausedSince\":null,"
                + "\"pauseKind\":null,\"dueAt\":\"2026-12-24T16:00:00Z\",\"limit\":20,\"limitUnit\":\"WORKING_DAYS\",\"pauses\":[],"
                + "\"extensions\":[],\"openSteps\":{" + (openStep == null ? "" : "\"" + openStep + "\":\"2026-11-26T08:00:01Z\"") + "},"
                + "\"joinArrivals\":{},\"finishedAt\":null,\"variables\":{},\"officerStaffIds\":[],\"assessment\":null,"
                + "\"legalReviewPassedAt\":0,\"fees\":[],\"feeOverride\":false,\"approved\":null,\"documentNumber\":null,\"decidedAt\":null,"
                + "\"result\":null,\"collected\":false,\"backfill\":false,\"recordedAt\":\"2026-11-26T08:00:00Z\",\"lastSeq\":" + seq + "}";
    }

    @Override
    public void verify(long closedCases) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) filter (where status = 'CLOSED'), count(*) filter (where status <> 'CLOSED') from case_record")) {
            r.next();
            if (r.getLong(1) != closedCases || r.getLong(2) != 0) {
                throw new IllegalStateException("floor: " + r.getLong(1) + " closed (expected " + closedCases + "), " + r.getLong(2) + " open");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
