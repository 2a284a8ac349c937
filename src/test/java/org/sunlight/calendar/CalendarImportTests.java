package org.sunlight.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.sunlight.IntegrationTest;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;
import org.sunlight.calendar.internal.CalendarAdministration;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.InvalidInputException;

/**
 * Importing holiday-cn JSON and iCalendar files: a good file replaces the region's year, a bad one
 * (malformed date, duplicate day) lists every problem and imports nothing. National imports use
 * 2033, regional ones 2034: years no other test touches.
 */
@IntegrationTest
class CalendarImportTests {

    private static final String GOOD_2033 = """
            {"year":2033,"papers":["国办发明电〔2032〕9号（测试）"],"days":[
              {"name":"元旦","date":"2033-01-01","isOffDay":true},
              {"name":"春节","date":"2033-01-29","isOffDay":false},
              {"name":"春节","date":"2033-01-31","isOffDay":true},
              {"name":"春节","date":"2033-02-01","isOffDay":true},
              {"name":"国庆节","date":"2033-10-03","isOffDay":true}
            ]}""";

    @Autowired
    CalendarAdministration admin;
    @Autowired
    CalendarService calendars;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void cleanUp() {
        for (String region : List.of("CN", "321081")) {
            for (int year : List.of(2033, 2034)) {
                admin.rows(region, year).stream().filter(CalendarAdministration.Row::own)
                        .forEach(r -> admin.remove(region, r.day().date()));
            }
        }
        admin.markYear(2033, false, null);
    }

    @Test
    void holidayCnFileReplacesTheYearAndMarksItLoaded() {
        admin.save("CN", LocalDate.of(2033, 6, 1), DayKind.DAY_OFF, "旧的安排", "旧");
        assertThat(calendars.yearLoaded(2033)).isFalse();

        CalendarAdministration.ImportResult result = admin.importFile("CN", "2033.json", GOOD_2033.getBytes(StandardCharsets.UTF_8), null, null);

        assertThat(result.year()).isEqualTo(2033);
        assertThat(result.imported()).isEqualTo(5);
        assertThat(result.removed()).isEqualTo(1);
        assertThat(calendars.yearLoaded(2033)).isTrue();
        WorkingCalendar cal = calendars.calendar(null);
        assertThat(cal.isWorkingDay(LocalDate.of(2033, 1, 29))).as("adjusted working Saturday").isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2033, 1, 31))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2033, 6, 1))).as("the old entry was replaced").isTrue();
        assertThat(cal.entry(LocalDate.of(2033, 10, 3)).orElseThrow().source()).isEqualTo("国办发明电〔2032〕9号（测试）");
        if (auditTrail instanceof Supplier<?> recorded) {
            assertThat(((List<?>) recorded.get())).map(e -> (AuditEntry) e)
                    .anyMatch(e -> e.action().equals("calendar.import") && e.objectId().equals("CN:2033")
                            && e.before().contains("旧的安排") && e.after().contains("2033-10-03"));
        }
    }

    @Test
    void malformedDatesAndDuplicatesAreAllListedAndNothingIsImported() {
        admin.save("CN", LocalDate.of(2033, 6, 1), DayKind.DAY_OFF, "已有安排", "旧");
        String bad = """
                {"year":2033,"days":[
                  {"name":"元旦","date":"2033-01-01","isOffDay":true},
                  {"name":"春节","date":"2033-02-30","isOffDay":true},
                  {"name":"元旦","date":"2033-01-01","isOffDay":true},
                  {"name":"","date":"2033-03-01","isOffDay":"yes"}
                ]}""";
        assertThatThrownBy(() -> admin.importFile("CN", "bad.json", bad.getBytes(StandardCharsets.UTF_8), null, "x"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code)
                        .containsExactly("calendar.import.error.date", "calendar.import.error.duplicate",
                                "calendar.import.error.name", "calendar.import.error.off-day"));
        assertThat(admin.rows("CN", 2033)).extracting(r -> r.day().name()).containsExactly("已有安排");
        assertThat(calendars.yearLoaded(2033)).isFalse();
    }

    @Test
    void iCalendarFileForARegion() {
        String ics = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//test//calendar//ZH\r
                BEGIN:VEVENT\r
                DTSTART;VALUE=DATE:20341001\r
                DTEND;VALUE=DATE:20341004\r
                SUMMARY:国庆节（休）\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                DTSTART;VALUE=DATE:20340930\r
                SUMMARY:国庆节补班\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                DTSTART:20341007\r
                SUMMARY:仪征地方活动\r
                X-SUNLIGHT-DAY-KIND:WORKING\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                DTSTART;VALUE=DATE:20341009\r
                SUMMARY:一个很长的\r
                  地方假日\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;
        CalendarAdministration.ImportResult result = admin.importFile("321081", "yizheng.ics", ics.getBytes(StandardCharsets.UTF_8), 2034, "仪政办测试");
        assertThat(result.imported()).isEqualTo(6);
        assertThat(result.yearMarked()).isFalse();
        assertThat(admin.rows("321081", 2034)).extracting(r -> r.day().date().toString(), r -> r.day().kind(), r -> r.day().name())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2034-09-30", DayKind.WORKING_DAY, "国庆节补班"),
                        org.assertj.core.groups.Tuple.tuple("2034-10-01", DayKind.DAY_OFF, "国庆节"),
                        org.assertj.core.groups.Tuple.tuple("2034-10-02", DayKind.DAY_OFF, "国庆节"),
                        org.assertj.core.groups.Tuple.tuple("2034-10-03", DayKind.DAY_OFF, "国庆节"),
                        org.assertj.core.groups.Tuple.tuple("2034-10-07", DayKind.WORKING_DAY, "仪征地方活动"),
                        org.assertj.core.groups.Tuple.tuple("2034-10-09", DayKind.DAY_OFF, "一个很长的 地方假日"));
        assertThat(calendars.calendar("321081").isWorkingDay(LocalDate.of(2034, 10, 2))).isFalse();
        assertThat(calendars.calendar("321000").isWorkingDay(LocalDate.of(2034, 10, 2))).as("the city is not affected").isTrue();
    }

    @Test
    void badICalendarFileImportsNothing() {
        String ics = """
                BEGIN:VCALENDAR
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20341001
                DTEND;VALUE=DATE:20341003
                SUMMARY:国庆节
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20341002
                SUMMARY:重复的一天
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:2034-10-05
                SUMMARY:坏日期
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20341006
                SUMMARY:坏类型
                X-SUNLIGHT-DAY-KIND:MAYBE
                END:VEVENT
                END:VCALENDAR
                """;
        assertThatThrownBy(() -> admin.importFile("321081", "bad.ics", ics.getBytes(StandardCharsets.UTF_8), 2034, "x"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code)
                        .containsExactly("calendar.import.error.duplicate", "calendar.import.error.date", "calendar.import.error.ical-kind"));
        assertThat(admin.rows("321081", 2034)).isEmpty();
    }

    @Test
    void uploadOnTheAdminPageListsTheErrors() throws Exception {
        String bad = "{\"year\":2033,\"days\":[{\"name\":\"春节\",\"date\":\"2033-13-01\",\"isOffDay\":true},"
                + "{\"name\":\"春节\",\"date\":\"2033-02-01\",\"isOffDay\":true},{\"name\":\"春节\",\"date\":\"2033-02-01\",\"isOffDay\":true}]}";
        mvc.perform(multipart("/admin/calendar/import").file(new MockMultipartFile("file", "bad.json", "application/json",
                                bad.getBytes(StandardCharsets.UTF_8)))
                        .param("region", "CN").param("year", "2033")
                        .with(user("sysadmin").roles("SYSTEM_ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("第 1 条：日期“2033-13-01”格式不正确")))
                .andExpect(content().string(Matchers.containsString("第 3 条：日期 2033-02-01 与第 2 条重复")));
        assertThat(admin.rows("CN", 2033)).isEmpty();

        mvc.perform(multipart("/admin/calendar/import").file(new MockMultipartFile("file", "2033.json", "application/json",
                                GOOD_2033.getBytes(StandardCharsets.UTF_8)))
                        .param("region", "CN").param("year", "2033")
                        .with(user("sysadmin").roles("SYSTEM_ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/calendar?year=2033&region=CN"));
        assertThat(admin.rows("CN", 2033)).hasSize(5);
    }

    @Test
    void onlyTheSystemAdministratorMayImport() throws Exception {
        mvc.perform(multipart("/admin/calendar/import").file(new MockMultipartFile("file", "2033.json", "application/json",
                                GOOD_2033.getBytes(StandardCharsets.UTF_8)))
                        .param("region", "CN").with(user("auditor").roles("AUDIT_ADMIN")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(admin.rows("CN", 2033)).isEmpty();
    }
}
