package org.sunlight.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.sunlight.IntegrationTest;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;
import org.sunlight.calendar.internal.CalendarAdministration;
import org.sunlight.common.InvalidInputException;

/**
 * A county's calendar is the national one overlaid by the province's, the city's and its own
 * entries, the lowest level winning. Uses 2035 (no other test touches it) and the demo regions
 * 江苏省 320000 › 扬州市 321000 › 仪征市 321081.
 */
@IntegrationTest
@RecordApplicationEvents
class CalendarInheritanceTests {

    private static final LocalDate WED = LocalDate.of(2035, 5, 2);
    private static final LocalDate THU = LocalDate.of(2035, 5, 3);
    private static final LocalDate FRI = LocalDate.of(2035, 5, 4);

    @Autowired
    CalendarAdministration admin;
    @Autowired
    CalendarService calendars;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void cleanUp() {
        for (String region : List.of("CN", "320000", "321000", "321081")) {
            admin.rows(region, 2035).stream().filter(CalendarAdministration.Row::own)
                    .forEach(r -> admin.remove(region, r.day().date()));
        }
    }

    @Test
    void countyOverrideBeatsCityBeatsProvinceBeatsNational() {
        // Built before the edits: the cache must notice them.
        assertThat(calendars.calendar("321081").isWorkingDay(WED)).isTrue();

        admin.save("CN", WED, DayKind.DAY_OFF, "测试假日", "测试");
        admin.save("320000", THU, DayKind.DAY_OFF, "省内假日", "苏政办测试");
        admin.save("321000", WED, DayKind.WORKING_DAY, "市内上班", "扬府办测试");
        admin.save("321081", THU, DayKind.WORKING_DAY, "县内上班", "仪政办测试");
        admin.save("321081", FRI, DayKind.DAY_OFF, "县内假日", "仪政办测试");

        assertWorking("CN", false, true, true);
        assertWorking("320000", false, false, true);
        assertWorking("321000", true, false, true);
        assertWorking("321081", true, true, false);

        // The page's rows say where each entry comes from and what it overrides.
        List<CalendarAdministration.Row> rows = admin.rows("321081", 2035);
        assertThat(rows).extracting(r -> r.day().date(), r -> r.day().regionCode(), CalendarAdministration.Row::own)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(WED, "321000", false),
                        org.assertj.core.groups.Tuple.tuple(THU, "321081", true),
                        org.assertj.core.groups.Tuple.tuple(FRI, "321081", true));
        assertThat(rows.get(1).inherited().regionCode()).isEqualTo("320000");

        // Removing the county's override lets the city's (here: the province's) entry apply again.
        admin.remove("321081", THU);
        assertWorking("321081", true, false, false);

        // A deadline in the county sees its own calendar: 2035-05-01 (Tue) + 3 working days.
        assertThat(calendars.deadline("321081", DeadlineRequest.of(LocalDate.of(2035, 5, 1), 3, LimitUnit.WORKING_DAYS))
                .deadline().dueDate()).isEqualTo(LocalDate.of(2035, 5, 8));
        assertThat(calendars.deadline(null, DeadlineRequest.of(LocalDate.of(2035, 5, 1), 3, LimitUnit.WORKING_DAYS))
                .deadline().dueDate()).isEqualTo(LocalDate.of(2035, 5, 7));
    }

    @Test
    void everyChangeIsAudited() {
        admin.save("321000", WED, DayKind.DAY_OFF, "审计测试", "测试");
        admin.save("321000", WED, DayKind.WORKING_DAY, "审计测试", "测试");
        admin.remove("321000", WED);
        // other modules hear of it, to recompute stored due dates in that year
        assertThat(events.stream(CalendarChanged.class)).contains(new CalendarChanged("321000", java.util.Set.of(2035)));
        if (auditTrail instanceof Supplier<?> recorded) {
            @SuppressWarnings("unchecked")
            List<AuditEntry> entries = (List<AuditEntry>) recorded.get();
            assertThat(entries).filteredOn(e -> e.objectId().equals("321000:" + WED))
                    .extracting(AuditEntry::action)
                    .containsSubsequence("calendar.entry.create", "calendar.entry.update", "calendar.entry.delete");
            AuditEntry update = entries.stream().filter(e -> e.action().equals("calendar.entry.update")
                    && e.objectId().equals("321000:" + WED)).reduce((a, b) -> b).orElseThrow();
            assertThat(update.before()).contains("DAY_OFF");
            assertThat(update.after()).contains("WORKING_DAY");
        }
    }

    @Test
    void refusedEditsNameTheField() {
        assertThatThrownBy(() -> admin.save("321081", null, null, " ", "x".repeat(201)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(org.sunlight.common.FieldProblem::field).containsExactly("date", "kind", "name", "source"));
        assertThatThrownBy(() -> admin.save("999999", WED, DayKind.DAY_OFF, "x", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(org.sunlight.common.FieldProblem::field).containsExactly("region"));
    }

    private void assertWorking(String region, boolean wed, boolean thu, boolean fri) {
        WorkingCalendar cal = calendars.calendar(region);
        assertThat(List.of(cal.isWorkingDay(WED), cal.isWorkingDay(THU), cal.isWorkingDay(FRI)))
                .as("working on %s, %s, %s in %s", WED, THU, FRI, region).containsExactly(wed, thu, fri);
    }
}
