package org.sunlight.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.IntegrationTest;
import org.sunlight.MutableClock;
import org.sunlight.casework.internal.demo.CaseDemoData;

/**
 * The demo cases the test context loaded at start-up ({@code sunlight.casework.demo.cases} of the test
 * profile, the first ids): every state and every kind of history the demo promises, made by the real
 * commands (so with their audit entries), in every department that has a crew.
 */
@IntegrationTest
@Import(CaseFixture.class)
class CaseDemoDataTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseDemoData loader;
    @Autowired
    CaseQueries queries;
    @Autowired
    CaseFixture fx;
    @Value("${sunlight.casework.demo.cases}")
    int count;

    long demo(String where) {
        return demo(where, null);
    }

    /** Demo cases matching {@code where}, in which {@code :t} is {@code t}. */
    long demo(String where, Instant t) {
        var sql = jdbc.sql("select count(*) from case_record where id <= :n and (" + where + ")").param("n", count);
        if (t != null) {
            sql = sql.param("t", t.atOffset(ZoneOffset.UTC));
        }
        return sql.query(Long.class).single();
    }

    long demoEvents(String where) {
        return jdbc.sql("select count(*) from case_event where case_id <= :n and (" + where + ")").param("n", count)
                .query(Long.class).single();
    }

    @Test
    void theDemoHasItsCasesInEveryState() {
        assertThat(demo("true")).isEqualTo(count);
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(demo("status = '" + status.name() + "'")).as(status.name()).isPositive();
        }
        assertThat(demo("channel = 'ONLINE' and status = 'RECEIVED'")).as("online, not pre-accepted").isPositive();
        assertThat(demo("status = 'SUPPLEMENTING' and accepted_at is null")).as("补正 before acceptance").isPositive();
        assertThat(demo("status = 'CLOSED' and result = 'APPROVED'")).isPositive();
        assertThat(demo("status = 'CLOSED' and result = 'DENIED'")).isPositive();
        assertThat(demo("status = 'CLOSED' and result = 'PENALIZED'")).isPositive();
        assertThat(demo("status = 'CLOSED' and result = 'NOT_PENALIZED'")).isPositive();
        assertThat(demo("status = 'DECIDED' and kind = 'PENALTY'")).isPositive();
        assertThat(demoEvents("type = 'WITHDRAWN' and payload like '%\"byApplicant\":true%'")).as("withdrawn online").isPositive();
    }

    @Test
    void overdueAndExtendedCasesRunAgainstTheClock() {
        Instant now = MutableClock.START;
        assertThat(demo("status in ('IN_PROGRESS', 'DECIDED') and due_at < :t", now)).as("overdue").isPositive();
        assertThat(demo("status = 'IN_PROGRESS' and due_at > :t and id in (select case_id from case_event where type = 'EXTENDED')",
                now)).as("extended, in time").isPositive();
        assertThat(demo("kind = 'PENALTY' and status = 'IN_PROGRESS' and due_at < :t", now)).as("overdue penalty").isPositive();
    }

    @Test
    void pastCasesAreBackfilledWithTheirReasonAndTodaysAreNot() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate today = LocalDate.ofInstant(MutableClock.START, zone);
        assertThat(demo("backfill")).isPositive();
        assertThat(demo("backfill and status = 'CLOSED' and received_at < :t", today.minusMonths(3).atStartOfDay(zone).toInstant()))
                .as("backfilled months ago").isPositive();
        assertThat(demo("received_at < :t", LocalDate.of(2013, 7, 1).atStartOfDay(zone).toInstant())).as("before the backfill start")
                .isZero();
        // every backfilled event says why, happened before it was recorded, and nothing else is backfilled
        assertThat(demoEvents("backfill and payload not like '%\"backfillReason\":%'")).isZero();
        assertThat(demoEvents("backfill and occurred_at >= recorded_at")).isZero();
        assertThat(demoEvents("not backfill and occurred_at <> recorded_at")).isZero();
        // a case that is not backfilled started today
        assertThat(demo("not backfill and received_at < :t", today.atStartOfDay(zone).toInstant())).isZero();
        assertThat(demo("not backfill")).isPositive();
    }

    @Test
    void penaltiesHaveTheirOfficersAssessmentsLegalReviewsAndDecisions() {
        List<Long> penalties = jdbc.sql("select id from case_record where id <= ? and kind = 'PENALTY'").param(count)
                .query(Long.class).list();
        assertThat(penalties).isNotEmpty();
        for (long id : penalties) {
            CaseView c = queries.find(fx.actor("supervisor"), id).orElseThrow();
            assertThat(c.officerStaffIds()).as("officers of " + c.number()).hasSizeGreaterThanOrEqualTo(2);
        }
        assertThat(demoEvents("type = 'PENALTY_ASSESSED' and payload like '%\"outside\":false%'")).as("inside the benchmark")
                .isPositive();
        assertThat(demoEvents("type = 'PENALTY_ASSESSED' and payload like '%\"outside\":true%'")).as("outside the benchmark")
                .isPositive();
        assertThat(demoEvents("type = 'PENALTY_ASSESSED' and payload like '%\"major\":true%'")).as("major fine").isPositive();
        assertThat(demoEvents("type = 'STEP_COMPLETED' and step_key = 'legal' and payload like '%\"legalReviewPassed\":true%'"))
                .as("legal review passed").isPositive();
        assertThat(jdbc.sql("select count(*) from case_task where case_id <= ? and step_key = 'legal'").param(count)
                .query(Long.class).single()).as("legal review waiting").isPositive();
        assertThat(jdbc.sql("select count(*) from case_task where case_id <= ? and step_key = 'hearing'").param(count)
                .query(Long.class).single()).as("hearing waiting").isPositive();
        assertThat(demoEvents("type = 'DECIDED' and payload like '%\"documentNumber\":%'")).isPositive();
        assertThat(demo("kind = 'PENALTY' and status = 'CLOSED' and fine_amount >= 50000")).as("major fine closed").isPositive();
        assertThat(demo("kind = 'PENALTY' and status = 'SPECIAL_PROCEDURE'")).isPositive();
    }

    @Test
    void everyDepartmentWithACrewHasCasesAndEveryEventIsAudited() {
        List<String> departments = jdbc.sql("""
                select distinct d.name from case_record c join department d on d.id = c.department_id where c.id <= ?
                """).param(count).query(String.class).list();
        assertThat(departments).contains("仪征市住房和城乡建设局", "仪征市市场监督管理局", "仪征市自然资源和规划局", "扬州市住房和城乡建设局",
                "扬州市市场监督管理局", "高邮市住房和城乡建设局");
        long events = demoEvents("true");
        long audited = jdbc.sql("""
                select count(*) from audit_entry where action like 'casework.%' and object_id in
                    (select case_number from case_record where id <= ?)
                """).param(count).query(Long.class).single();
        assertThat(audited).isEqualTo(events);
    }

    @Test
    void loadingAgainAddsNothing() {
        long before = jdbc.sql("select count(*) from case_record").query(Long.class).single();
        loader.load();
        assertThat(jdbc.sql("select count(*) from case_record").query(Long.class).single()).isEqualTo(before);
    }
}
