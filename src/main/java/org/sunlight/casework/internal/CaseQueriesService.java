package org.sunlight.casework.internal;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.calendar.CalendarService;
import org.sunlight.calendar.Deadlines;
import org.sunlight.casework.CaseEvent;
import org.sunlight.casework.CaseEventType;
import org.sunlight.casework.CaseLookupResult;
import org.sunlight.casework.CaseQueries;
import org.sunlight.casework.CaseStatus;
import org.sunlight.casework.CaseView;
import org.sunlight.casework.Channel;
import org.sunlight.identity.Actor;
import org.sunlight.identity.Grant;
import org.sunlight.identity.Role;

@Service
@Transactional(readOnly = true)
class CaseQueriesService implements CaseQueries {

    /** Events the public sees in a lookup; the rest (officers, assessments, fees, attachments) stay inside. */
    private static final Set<CaseEventType> PUBLIC_EVENTS = EnumSet.of(CaseEventType.APPLIED, CaseEventType.PRE_ACCEPTED,
            CaseEventType.ACCEPTED, CaseEventType.FILED, CaseEventType.REFUSED, CaseEventType.STEP_COMPLETED,
            CaseEventType.DECIDED, CaseEventType.CLOSED, CaseEventType.SUPPLEMENT_REQUESTED, CaseEventType.SUPPLEMENT_RECEIVED,
            CaseEventType.SPECIAL_PROCEDURE_STARTED, CaseEventType.SPECIAL_PROCEDURE_ENDED, CaseEventType.EXTENDED,
            CaseEventType.COLLECTED, CaseEventType.WITHDRAWN, CaseEventType.TERMINATED);
    private static final Set<CaseEventType> PUBLIC_OUTCOMES = EnumSet.of(CaseEventType.ACCEPTED, CaseEventType.FILED,
            CaseEventType.REFUSED, CaseEventType.DECIDED);

    private final CaseStore store;
    private final JdbcClient jdbc;
    private final CaseAuthority authority;
    private final CalendarCaseClock caseClock;
    private final CalendarService calendar;
    private final ZoneId zone;

    CaseQueriesService(CaseStore store, JdbcClient jdbc, CaseAuthority authority, CalendarCaseClock caseClock,
            CalendarService calendar, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.authority = authority;
        this.caseClock = caseClock;
        this.calendar = calendar;
        this.zone = clock.getZone();
    }

    @Override
    public Optional<CaseView> find(Actor actor, long caseId) {
        return store.load(caseId).filter(l -> canSee(actor, l.file())).map(l -> CaseViews.of(l.file(), l.version()));
    }

    @Override
    public List<CaseEvent> events(Actor actor, long caseId) {
        return store.load(caseId).filter(l -> canSee(actor, l.file())).map(l -> store.events(caseId)).orElse(List.of());
    }

    /** Staff whose grant covers the case's unit or department (any role but the administrators'), or the applicant. */
    boolean canSee(Actor actor, CaseFile f) {
        if (f.applicantAccountId != null && f.applicantAccountId == actor.accountId()) {
            return true;
        }
        for (Grant g : actor.grants()) {
            if (g.role().isAdministrator() || g.role().isPublic()) {
                continue;
            }
            if (authority.covers(actor, g.role(), authority.target(f.unitId, f.departmentId))
                    || authority.covers(actor, g.role(), authority.target(null, f.departmentId))) {
                return true;
            }
        }
        return authority.mayReceive(actor, f);
    }

    @Override
    public List<TaskItem> tasks(Actor actor, int limit) {
        if (actor.staffId() == null) {
            return List.of();
        }
        Set<Long> posts = authority.postsOf(actor.staffId());
        List<String> roles = actor.grants().stream().map(g -> g.role().name()).distinct().toList();
        if (roles.isEmpty()) {
            return List.of();
        }
        String postClause = posts.isEmpty() ? "" : "t.post_id in (:posts) or ";
        var spec = jdbc.sql("""
                select t.case_id, c.case_number, c.item_name, c.party_name, c.status, t.step_key, t.step_name, t.opened_at,
                       t.due_at as step_due, c.due_at as case_due, c.backfill, t.post_id, t.role, t.unit_id, t.department_id
                from case_task t join case_record c on c.id = t.case_id
                where (%s (t.post_id is null and t.role in (:roles)))
                order by t.opened_at, t.case_id
                fetch first %d rows only
                """.formatted(postClause, Math.max(limit * 4, 200)))
                .param("roles", roles);
        if (!posts.isEmpty()) {
            spec = spec.param("posts", posts);
        }
        // The SQL narrows by post and role; the exact scope rule is then applied to each row, from the row itself.
        List<TaskItem> mine = new ArrayList<>();
        for (QueueRow row : spec.query((rs, n) -> new QueueRow(
                new TaskItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), CaseStatus.valueOf(rs.getString(5)),
                        rs.getString(6), rs.getString(7), CaseStore.instant(rs, "opened_at"), CaseStore.instant(rs, "step_due"),
                        CaseStore.instant(rs, "case_due"), rs.getBoolean("backfill")),
                CaseStore.nullableLong(rs, "post_id"), rs.getString("role") == null ? null : Role.valueOf(rs.getString("role")),
                CaseStore.nullableLong(rs, "unit_id"), rs.getLong("department_id"))).list()) {
            if (authority.mayWork(actor, row.postId(), row.role(), row.unitId(), row.departmentId())) {
                mine.add(row.item());
                if (mine.size() >= limit) {
                    break;
                }
            }
        }
        return mine;
    }

    private record QueueRow(TaskItem item, Long postId, Role role, Long unitId, long departmentId) {
    }

    @Override
    public List<DoneItem> done(Actor actor, int limit) {
        return jdbc.sql("""
                select e.case_id, c.case_number, c.item_name, e.type, e.step_name, e.outcome, e.occurred_at, e.recorded_at, e.backfill
                from case_event e join case_record c on c.id = e.case_id
                where e.actor_account_id = ? and e.type <> 'APPLIED'
                order by e.recorded_at desc, e.id desc
                fetch first %d rows only
                """.formatted(limit)).param(actor.accountId())
                .query((rs, n) -> new DoneItem(rs.getLong(1), rs.getString(2), rs.getString(3), CaseEventType.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getString(6), CaseStore.instant(rs, "occurred_at"), CaseStore.instant(rs, "recorded_at"),
                        rs.getBoolean("backfill")))
                .list();
    }

    @Override
    public List<CaseSummary> headedCases(Actor actor, CaseStatus status, int limit) {
        List<Long> units = actor.grantsOf(Role.UNIT_HEAD).stream().filter(g -> g.scopeRef() != null)
                .map(g -> Long.parseLong(g.scopeRef())).toList();
        List<Long> departments = actor.grantsOf(Role.LEADER).stream().filter(g -> g.scopeRef() != null)
                .map(g -> Long.parseLong(g.scopeRef())).toList();
        if (units.isEmpty() && departments.isEmpty()) {
            return List.of();
        }
        List<String> where = new ArrayList<>();
        if (!units.isEmpty()) {
            where.add("unit_id in (:units)");
        }
        if (!departments.isEmpty()) {
            where.add("department_id in (:departments)");
        }
        String statusClause = status == null ? "" : " and status = :status";
        var spec = jdbc.sql("select * from case_record where (" + String.join(" or ", where) + ")" + statusClause
                + " order by received_at desc, id desc fetch first " + limit + " rows only");
        if (!units.isEmpty()) {
            spec = spec.param("units", units);
        }
        if (!departments.isEmpty()) {
            spec = spec.param("departments", departments);
        }
        if (status != null) {
            spec = spec.param("status", status.name());
        }
        return spec.query(CaseQueriesService::summary).list();
    }

    @Override
    public List<CaseSummary> ofApplicant(Actor actor, int limit) {
        return jdbc.sql("select * from case_record where applicant_account_id = ? order by received_at desc, id desc fetch first "
                + limit + " rows only").param(actor.accountId()).query(CaseQueriesService::summary).list();
    }

    static CaseSummary summary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CaseSummary(rs.getLong("id"), rs.getString("case_number"), rs.getString("item_name"), rs.getString("party_name"),
                CaseStatus.valueOf(rs.getString("status")), Channel.valueOf(rs.getString("channel")),
                CaseStore.instant(rs, "received_at"), CaseStore.instant(rs, "due_at"), CaseStore.instant(rs, "closed_at"),
                rs.getString("result"), rs.getBoolean("backfill"));
    }

    @Override
    public List<String> deadlineExplanation(Actor actor, long caseId, Locale locale) {
        return store.load(caseId).filter(l -> canSee(actor, l.file())).map(l -> explain(l.file(), locale)).orElse(List.of());
    }

    List<String> explain(CaseFile f, Locale locale) {
        if (f.acceptedAt == null || f.limit < 1 || f.status.paused() || f.status.isFinal()) {
            return List.of();
        }
        return calendar.explain(Deadlines.compute(calendar.calendar(f.regionCode), caseClock.request(f)), locale);
    }

    /**
     * Two indexed reads of plain columns, no JSON and no transaction: this is the public's hot path (phone and
     * SMS services included), so it touches neither the state document nor the event payloads.
     */
    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public Optional<CaseLookupResult> lookup(String number, String queryCode) {
        if (number == null || number.isBlank() || number.length() > 40) {
            return Optional.empty();
        }
        Optional<LookupRow> row = jdbc.sql("""
                select id, case_number, query_code, item_name, department_id, status, received_at, accepted_at, due_at, closed_at,
                       result, document_number, backfill
                from case_record where case_number = ?
                """).param(number.strip()).query((rs, n) -> new LookupRow(rs.getLong("id"), rs.getString("case_number"),
                        rs.getString("query_code"), rs.getString("item_name"), rs.getLong("department_id"),
                        CaseStatus.valueOf(rs.getString("status")), CaseStore.instant(rs, "received_at"), CaseStore.instant(rs, "accepted_at"),
                        CaseStore.instant(rs, "due_at"), CaseStore.instant(rs, "closed_at"), rs.getString("result"),
                        rs.getString("document_number"), rs.getBoolean("backfill"))).optional();
        // Compare in constant time, and even for an unknown number, so timing tells nothing either.
        String stored = row.map(LookupRow::queryCode).orElse("________");
        boolean match = MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8),
                CaseNumbers.normaliseCode(queryCode).getBytes(StandardCharsets.UTF_8));
        if (row.isEmpty() || !match) {
            return Optional.empty();
        }
        LookupRow r = row.get();
        List<CaseLookupResult.Step> steps = jdbc.sql("""
                select type, step_name, outcome, occurred_at, backfill from case_event where case_id = ? order by seq
                """).param(r.id()).query((rs, n) -> {
                    CaseEventType type = CaseEventType.valueOf(rs.getString("type"));
                    return PUBLIC_EVENTS.contains(type) ? new CaseLookupResult.Step(type, rs.getString("step_name"),
                            PUBLIC_OUTCOMES.contains(type) ? rs.getString("outcome") : null, day(CaseStore.instant(rs, "occurred_at")),
                            rs.getBoolean("backfill")) : null;
                }).list().stream().filter(java.util.Objects::nonNull).toList();
        String department = authority.department(r.departmentId()).name();
        // The due instant is the end of the last day: the day shown is the one it ends.
        return Optional.of(new CaseLookupResult(r.number(), r.itemName(), department, r.status(), day(r.receivedAt()), day(r.acceptedAt()),
                r.dueAt() == null ? null : day(r.dueAt().minusNanos(1)), r.status().paused(), day(r.closedAt()), r.result(),
                r.documentNumber(), r.backfill(), steps));
    }

    private record LookupRow(long id, String number, String queryCode, String itemName, long departmentId, CaseStatus status,
            Instant receivedAt, Instant acceptedAt, Instant dueAt, Instant closedAt, String result, String documentNumber,
            boolean backfill) {
    }

    private LocalDate day(Instant i) {
        return i == null ? null : LocalDate.ofInstant(i, zone);
    }
}
