package org.sunlight.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.InvalidInputException;

/**
 * The clock against the real 2024–2026 national calendars (as shipped in the seed migration).
 * Every expected date below was counted by hand on the notices' dates and double-checked with a
 * separate day-by-day count.
 */
class DeadlinesTableTests {

    private static final WorkingCalendar NATIONAL = NationalSeed.calendar();

    private static Deadline compute(DeadlineRequest r) {
        return Deadlines.compute(NATIONAL, r);
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void theIssueExample() {
        Deadline due = compute(DeadlineRequest.of(d("2026-09-30"), 20, LimitUnit.WORKING_DAYS)
                .withPause(Pause.days(PauseKind.SUPPLEMENT, d("2026-10-12"), d("2026-10-15"))));

        assertThat(due.dueDate()).isEqualTo(d("2026-11-09"));
        assertThat(due.dueInstant()).isEqualTo(ZonedDateTime.parse("2026-11-10T00:00+08:00[Asia/Shanghai]").toInstant());
        assertThat(due.provisional()).isFalse();
        assertThat(due.pausedDays()).isEqualTo(4);
        assertThat(NationalSeed.render(due, Locale.SIMPLIFIED_CHINESE)).startsWith(
                "受理日 2026-09-30 不计入",
                "10月1日至7日 国庆节放假",
                "10月10日 调休上班，计入",
                "补正 10月12日至15日 不计时",
                "第20个工作日为 11月9日",
                "截止 11月9日 24:00");
        assertThat(NationalSeed.render(due, Locale.ENGLISH)).startsWith(
                "Day of acceptance 2026-09-30 is not counted",
                "1–7 Oct: National Day holiday, not counted",
                "10 Oct: adjusted working day, counted",
                "Supplement 12–15 Oct: the clock is stopped",
                "Working day no. 20 is 9 Nov",
                "Due by 24:00 on 9 Nov");
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // 2025 春节 1/28–2/4 off, 1/26 (Sun) and 2/8 (Sat) worked
            "2025-01-20, 20, 2025-02-21",
            "2025-01-27,  5, 2025-02-10",
            "2025-01-24,  1, 2025-01-26",
            // 2025 劳动节 5/1–5/5 off, 4/27 (Sun) worked
            "2025-04-25, 10, 2025-05-13",
            // 2025 国庆节、中秋节 10/1–10/8 off, 9/28 (Sun) and 10/11 (Sat) worked
            "2025-09-26, 20, 2025-10-30",
            "2025-09-30,  1, 2025-10-09",
            // 2026 春节 2/15–2/23 off, 2/14 and 2/28 (Sat) worked
            "2026-02-10, 20, 2026-03-16",
            "2026-02-13,  1, 2026-02-14",
            // 2026 劳动节 5/1–5/5 off, 5/9 (Sat) worked
            "2026-04-28, 10, 2026-05-14",
            // 2026 中秋 9/25–27 and 国庆 10/1–7 off, 9/20 (Sun) and 10/10 (Sat) worked
            "2026-09-18, 20, 2026-10-22",
            "2026-09-30, 20, 2026-11-03",
            // New Year across years: 2025-01-01 off; 2026-01-01..03 off, 01-04 (Sun) worked
            "2024-12-20, 10, 2025-01-06",
            "2025-12-26,  5, 2026-01-05",
            // 2024 国庆 10/1–7 off, 9/29 (Sun) and 10/12 (Sat) worked
            "2024-09-27, 10, 2024-10-16",
    })
    void workingDays(String start, int limit, String expected) {
        Deadline due = compute(DeadlineRequest.of(d(start), limit, LimitUnit.WORKING_DAYS));
        assertThat(due.dueDate()).isEqualTo(d(expected));
        assertThat(NATIONAL.isWorkingDay(due.dueDate())).isTrue();
        assertThat(due.provisional()).isFalse();
    }

    @ParameterizedTest(name = "{0} + {1} natural days = {2}")
    @CsvSource({
            // lands in 国庆 2025 (10/3), rolls to the first working day after the holiday
            "2025-09-26,  7, 2025-10-03, 2025-10-09",
            // lands on an adjusted working Sunday: no roll
            "2025-09-21,  7, 2025-09-28, 2025-09-28",
            // lands in 春节 2026 (2/20), rolls to 2/24
            "2026-02-10, 10, 2026-02-20, 2026-02-24",
            // lands on the adjusted working Saturday 2026-05-09: no roll
            "2026-05-06,  3, 2026-05-09, 2026-05-09",
            // lands on 端午 2026 (Sat 6/20): rolls over the holiday to Mon 6/22
            "2026-06-15,  5, 2026-06-20, 2026-06-22",
            // an ordinary weekend rolls too
            "2026-03-02,  5, 2026-03-07, 2026-03-09",
    })
    void naturalDays(String start, int limit, String unrolled, String expected) {
        Deadline due = compute(DeadlineRequest.of(d(start), limit, LimitUnit.NATURAL_DAYS));
        assertThat(due.unrolledDueDate()).isEqualTo(d(unrolled));
        assertThat(due.dueDate()).isEqualTo(d(expected));
        assertThat(due.rolledOver()).isEqualTo(!unrolled.equals(expected));
        if (due.rolledOver()) {
            assertThat(NationalSeed.render(due, Locale.SIMPLIFIED_CHINESE))
                    .anyMatch(l -> l.contains("为休息日") && l.contains("顺延"));
        }
    }

    @Test
    void provisionalWhenReachingAnUnloadedYear() {
        Deadline due = compute(DeadlineRequest.of(d("2026-12-20"), 20, LimitUnit.WORKING_DAYS));
        // 2027 unknown: Mon–Fri, so 2027-01-01 (Fri) counts as the 10th working day.
        assertThat(due.dueDate()).isEqualTo(d("2027-01-15"));
        assertThat(due.provisional()).isTrue();
        assertThat(due.provisionalYears()).containsExactly(2027);
        assertThat(NationalSeed.render(due, Locale.SIMPLIFIED_CHINESE))
                .contains("2027年节假日安排尚未载入，该年暂按周一至周五上班推算，本结果为临时结果");

        Deadline inside = compute(DeadlineRequest.of(d("2026-12-01"), 10, LimitUnit.WORKING_DAYS));
        assertThat(inside.provisional()).isFalse();
    }

    @Test
    void extensionsAddWorkingDaysAndAreExplained() {
        Deadline due = compute(DeadlineRequest.of(d("2026-09-30"), 20, LimitUnit.WORKING_DAYS)
                .withExtensions(List.of(new Extension(10, "情况复杂，经负责人批准"))));
        assertThat(due.totalLimit()).isEqualTo(30);
        assertThat(due.dueDate()).isEqualTo(compute(DeadlineRequest.of(d("2026-09-30"), 30, LimitUnit.WORKING_DAYS)).dueDate());
        assertThat(NationalSeed.render(due, Locale.SIMPLIFIED_CHINESE))
                .contains("经批准延长 10 个工作日（情况复杂，经负责人批准）", "第30个工作日为 11月17日");
    }

    @Test
    void stepBudgetsArePlannedOneAfterAnother() {
        Deadline due = compute(DeadlineRequest.of(d("2026-09-30"), 20, LimitUnit.WORKING_DAYS)
                .withSteps(List.of(new StepBudget("受理", 1), new StepBudget("审查", 12), new StepBudget("决定", 10))));
        assertThat(due.steps()).extracting(StepDue::due)
                .containsExactly(d("2026-10-08"), d("2026-10-23"), d("2026-11-06"));
        assertThat(NationalSeed.render(due, Locale.SIMPLIFIED_CHINESE))
                .contains("步骤“审查”12 个工作日，截止 10月23日 24:00", "各步骤时限合计 23 个工作日，超过总时限 20 个工作日");
    }

    @Test
    void hoursAreWallClockAndPausesStopThem() {
        Instant start = ZonedDateTime.parse("2026-09-30T16:00+08:00[Asia/Shanghai]").toInstant();
        Deadline plain = compute(DeadlineRequest.of(start, 24, LimitUnit.HOURS));
        // Through the National Day holiday: hours count anyway.
        assertThat(plain.dueInstant()).isEqualTo(start.plus(Duration.ofHours(24)));
        assertThat(plain.provisional()).isFalse();

        Instant pauseFrom = start.plus(Duration.ofHours(2));
        Deadline paused = compute(DeadlineRequest.of(start, 24, LimitUnit.HOURS)
                .withPause(Pause.between(PauseKind.SPECIAL_PROCEDURE, pauseFrom, pauseFrom.plus(Duration.ofHours(5)))));
        assertThat(paused.dueInstant()).isEqualTo(start.plus(Duration.ofHours(29)));
        assertThat(paused.pausedTime()).isEqualTo(Duration.ofHours(5));
        assertThat(NationalSeed.render(paused, Locale.SIMPLIFIED_CHINESE))
                .contains("特别程序 9月30日 18:00 至 9月30日 23:00 不计时", "截止 10月1日 21:00");
    }

    @Test
    void statusCountsRemainingAndOverdueDays() {
        Deadline due = compute(DeadlineRequest.of(d("2026-09-30"), 20, LimitUnit.WORKING_DAYS)
                .withPause(Pause.days(PauseKind.SUPPLEMENT, d("2026-10-12"), d("2026-10-15"))));
        // On the start day nothing is used yet.
        assertThat(due.statusAt(at("2026-09-30T10:00")).remainingDays()).isEqualTo(20);
        // On 10-16 (Fri) three working days (10/8, 10/9, 10/10) are used; 10-16 itself still counts.
        assertThat(due.statusAt(at("2026-10-16T09:00")).remainingDays()).isEqualTo(17);
        // On the due day: the last day.
        DeadlineStatus last = due.statusAt(at("2026-11-09T23:59"));
        assertThat(last.overdue()).isFalse();
        assertThat(last.remainingDays()).isEqualTo(1);
        assertThat(last.remaining()).isEqualTo(Duration.ofMinutes(1));
        // Overdue from the next day.
        DeadlineStatus next = due.statusAt(at("2026-11-10T00:00"));
        assertThat(next.overdue()).isTrue();
        assertThat(next.overdueDays()).isEqualTo(1);
        assertThat(due.statusAt(at("2026-11-16T08:00")).overdueDays()).isEqualTo(5);
    }

    @Test
    void pausesAfterThePeriodChangeNothingAndSaySo() {
        Deadline plain = compute(DeadlineRequest.of(d("2026-03-02"), 5, LimitUnit.WORKING_DAYS));
        Deadline late = compute(DeadlineRequest.of(d("2026-03-02"), 5, LimitUnit.WORKING_DAYS)
                .withPause(Pause.days(PauseKind.SUSPENSION, d("2026-03-20"), d("2026-03-25"))));
        assertThat(late.dueDate()).isEqualTo(plain.dueDate()).isEqualTo(d("2026-03-09"));
        assertThat(NationalSeed.render(late, Locale.SIMPLIFIED_CHINESE)).contains("中止 3月20日至25日 在期限届满之后，不影响期限");
    }

    @Test
    void overlappingPausesAreMerged() {
        Deadline due = compute(DeadlineRequest.of(d("2026-03-02"), 10, LimitUnit.WORKING_DAYS).withPauses(List.of(
                Pause.days(PauseKind.SUPPLEMENT, d("2026-03-04"), d("2026-03-06")),
                Pause.days(PauseKind.SPECIAL_PROCEDURE, d("2026-03-05"), d("2026-03-10")))));
        // Paused 3/4–3/10: five working days (4, 5, 6, 9, 10).
        assertThat(due.pausedDays()).isEqualTo(5);
        assertThat(due.dueDate()).isEqualTo(d("2026-03-23"));
        assertThat(NationalSeed.render(due, Locale.SIMPLIFIED_CHINESE)).contains("补正、特别程序 3月4日至10日 不计时");
    }

    @Test
    void badInputNamesEveryField() {
        DeadlineRequest bad = new DeadlineRequest(null, 0, null, List.of(
                Pause.days(PauseKind.SUPPLEMENT, d("2026-10-15"), d("2026-10-12"))), List.of(Extension.of(-1)), List.of(), null);
        assertThatThrownBy(() -> compute(bad)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field)
                        .contains("start", "unit", "limit", "extension[0]", "pause[0].to"));

        DeadlineRequest beforeStart = DeadlineRequest.of(d("2026-09-30"), 20, LimitUnit.WORKING_DAYS)
                .withPause(Pause.days(PauseKind.SUPPLEMENT, d("2026-09-29"), d("2026-10-02")));
        assertThatThrownBy(() -> compute(beforeStart)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("pause[0].from", "calendar.error.pause-before-start")));

        assertThatThrownBy(() -> compute(DeadlineRequest.of(d("2026-09-30"), -3, LimitUnit.NATURAL_DAYS)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("limit"));
        assertThatThrownBy(() -> LimitUnit.parse("FORTNIGHTS", "unit"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple("unit", "calendar.error.unit-unknown")));
    }

    @Test
    void aPauseMayStartOnTheStartDay() {
        Deadline due = compute(DeadlineRequest.of(d("2026-03-02"), 1, LimitUnit.WORKING_DAYS)
                .withPause(Pause.days(PauseKind.SUPPLEMENT, d("2026-03-02"), d("2026-03-03"))));
        assertThat(due.dueDate()).isEqualTo(d("2026-03-04"));
    }

    @Test
    void everyKindOfLineRendersInBothLanguages() {
        Deadline natural = compute(DeadlineRequest.of(d("2026-02-10"), 10, LimitUnit.NATURAL_DAYS)
                .withExtensions(List.of(Extension.of(1)))
                .withSteps(List.of(new StepBudget("审查", 1))));
        assertThat(NationalSeed.render(natural, Locale.ENGLISH)).contains(
                "Limit of 10 days, counted in natural days: holidays count", "Extension of 1 day approved",
                "Day no. 11 is 21 Feb", "21 Feb is a day off, so the period ends on the day after the days off: 24 Feb",
                "Step \"审查\" (1 day) due by 24:00 on 11 Feb");
        assertThat(NationalSeed.render(natural, Locale.SIMPLIFIED_CHINESE)).contains(
                "期限 10 日，按自然日计算，节假日计入", "经批准延长 1 日", "第11日为 2月21日",
                "2月21日 为休息日，期间的最后一日顺延至休息日结束的次日 2月24日");
        Instant start = ZonedDateTime.parse("2026-12-31T20:00+08:00[Asia/Shanghai]").toInstant();
        Deadline hours = compute(DeadlineRequest.of(start, 3660, LimitUnit.HOURS));
        assertThat(NationalSeed.render(hours, Locale.ENGLISH).get(0))
                .isEqualTo("Counting 3,660 hours from 31 Dec 20:00 in elapsed time: nights and holidays count");
        assertThat(NationalSeed.render(hours, Locale.SIMPLIFIED_CHINESE).get(1)).isEqualTo("截止 2027年6月2日 08:00");
    }

    @Test
    void everyCalendarMessageIsAValidPattern() throws java.io.IOException {
        for (String file : List.of("calendar.properties", "calendar_en.properties")) {
            java.util.Properties p = new java.util.Properties();
            try (var in = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("src/main/resources/i18n", file))) {
                p.load(in);
            }
            for (String key : p.stringPropertyNames()) {
                if (key.equals("calendar.admin.import.hint")) {
                    continue; // shown without arguments: its braces are literal JSON
                }
                String pattern = p.getProperty(key);
                assertThat(new java.text.MessageFormat(pattern, Locale.ROOT).format(new Object[] {7, 8, 9}))
                        .as("%s in %s", key, file).isNotBlank();
            }
        }
    }

    private static Instant at(String beijing) {
        return ZonedDateTime.parse(beijing + "+08:00[Asia/Shanghai]").toInstant();
    }
}
