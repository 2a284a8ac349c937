package org.sunlight.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sunlight.calendar.DayKind;
import org.sunlight.common.FieldProblem;

import tools.jackson.databind.json.JsonMapper;

/** The two import formats on their own: what is read, what is refused. */
class ImportFormatsTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void holidayCnReadsOffAndWorkingDays() {
        ImportedCalendar c = HolidayCnFormat.parse(json, """
                {"year":2026,"papers":["https://www.gov.cn/zhengce/content/202511/content_0000000.htm"],
                 "days":[{"name":"春节","date":"2026-02-16","isOffDay":true},{"name":"春节","date":"2026-02-14","isOffDay":false}]}
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(c.problems()).isEmpty();
        assertThat(c.year()).isEqualTo(2026);
        assertThat(c.papers()).hasSize(1);
        assertThat(c.days()).extracting(ImportedCalendar.Day::kind).containsExactly(DayKind.DAY_OFF, DayKind.WORKING_DAY);
    }

    @Test
    void holidayCnAllowsTheNeighbouringYearOnly() {
        ImportedCalendar c = HolidayCnFormat.parse(json, """
                {"year":2023,"days":[{"name":"元旦","date":"2022-12-31","isOffDay":true},{"name":"x","date":"2030-01-01","isOffDay":true}]}
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(c.days()).extracting(d -> d.date().toString()).containsExactly("2022-12-31");
        assertThat(c.problems()).extracting(FieldProblem::code).containsExactly("calendar.import.error.outside-year");
    }

    @Test
    void notJsonOrNoYearOrNoDays() {
        assertThat(HolidayCnFormat.parse(json, "{\"year\":".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(FieldProblem::code).containsExactly("calendar.import.error.json");
        assertThat(HolidayCnFormat.parse(json, "{\"days\":{}}".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(FieldProblem::code).containsExactly("calendar.import.error.year", "calendar.import.error.no-days");
    }

    @Test
    void iCalendarNamesAndKinds() {
        assertThat(ICalendarFormat.name("春节（休）")).isEqualTo("春节");
        assertThat(ICalendarFormat.name("国庆节 班")).isEqualTo("国庆节");
        assertThat(ICalendarFormat.name("中秋节")).isEqualTo("中秋节");
        ImportedCalendar c = ICalendarFormat.parse("""
                BEGIN:VCALENDAR
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20260214
                SUMMARY:春节 班
                END:VEVENT
                BEGIN:VEVENT
                DTSTART:20260215T000000
                DTEND:20260217T000000
                SUMMARY:春节 休
                END:VEVENT
                END:VCALENDAR
                """.getBytes(StandardCharsets.UTF_8), 2026);
        assertThat(c.problems()).isEmpty();
        assertThat(c.days()).extracting(d -> d.date().toString() + " " + d.kind() + " " + d.name())
                .containsExactly("2026-02-14 WORKING_DAY 春节", "2026-02-15 DAY_OFF 春节", "2026-02-16 DAY_OFF 春节");
    }

    @Test
    void iCalendarRefusals() {
        ImportedCalendar c = ICalendarFormat.parse("""
                BEGIN:VCALENDAR
                BEGIN:VEVENT
                SUMMARY:没有开始日期
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20260301
                DTEND;VALUE=DATE:20260301
                SUMMARY:结束不晚于开始
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20260310
                END:VEVENT
                END:VCALENDAR
                """.getBytes(StandardCharsets.UTF_8), 2026);
        assertThat(c.problems()).extracting(FieldProblem::code).containsExactly(
                "calendar.import.error.ical-no-start", "calendar.import.error.ical-span", "calendar.import.error.name");
        assertThat(ICalendarFormat.parse("nothing here".getBytes(StandardCharsets.UTF_8), 2026).problems())
                .extracting(FieldProblem::code).containsExactly("calendar.import.error.no-events");
    }
}
