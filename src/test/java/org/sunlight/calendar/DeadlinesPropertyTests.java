package org.sunlight.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Properties of the clock over many seeded-random inputs (no jqwik: java.util.Random with fixed
 * seeds; every assertion names the input that broke it). Calendars are the real national one and
 * random ones with random days off, adjusted working weekends and loaded years.
 */
class DeadlinesPropertyTests {

    private static final int RUNS = 2000;
    private static final LocalDate FROM = LocalDate.of(2023, 6, 1);

    private record Case(WorkingCalendar cal, Map<LocalDate, DayKind> entries, LocalDate start, int limit, List<Pause> pauses) {
        DeadlineRequest request(LimitUnit unit) {
            return DeadlineRequest.of(start, limit, unit).withPauses(pauses);
        }

        @Override
        public String toString() {
            return "start=" + start + " limit=" + limit + " pauses=" + pauses.stream()
                    .map(p -> p.fromDate() + "/" + p.toDate()).toList() + " entries=" + entries.size();
        }
    }

    /** The definition, day by day: the slow, obviously right count the fast kernel must equal. */
    private static boolean working(Map<LocalDate, DayKind> entries, LocalDate d) {
        DayKind k = entries.get(d);
        if (k != null) {
            return k == DayKind.WORKING_DAY;
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static boolean paused(List<Pause> pauses, LocalDate d) {
        return pauses.stream().anyMatch(p -> !d.isBefore(p.fromDate()) && !d.isAfter(p.toDate()));
    }

    private static LocalDate oracle(Case c, LimitUnit unit) {
        LocalDate d = c.start();
        int n = c.limit();
        while (n > 0) {
            d = d.plusDays(1);
            if (paused(c.pauses(), d)) {
                continue;
            }
            if (unit == LimitUnit.NATURAL_DAYS || working(c.entries(), d)) {
                n--;
            }
        }
        if (unit == LimitUnit.NATURAL_DAYS) {
            while (!working(c.entries(), d)) {
                d = d.plusDays(1);
            }
        }
        return d;
    }

    private static Map<LocalDate, DayKind> randomEntries(Random rnd) {
        Map<LocalDate, DayKind> entries = new HashMap<>();
        for (int i = 0; i < 40 + rnd.nextInt(80); i++) {
            LocalDate d = FROM.plusDays(rnd.nextInt(5 * 365));
            boolean weekend = d.getDayOfWeek().getValue() >= 6;
            // mostly realistic (weekday holidays, working weekends), sometimes redundant entries
            DayKind kind = rnd.nextInt(10) == 0 ? (rnd.nextBoolean() ? DayKind.DAY_OFF : DayKind.WORKING_DAY)
                    : weekend ? DayKind.WORKING_DAY : DayKind.DAY_OFF;
            entries.put(d, kind);
        }
        // a long holiday run now and then
        LocalDate run = FROM.plusDays(rnd.nextInt(4 * 365));
        for (int i = 0; i < rnd.nextInt(12); i++) {
            entries.put(run.plusDays(i), DayKind.DAY_OFF);
        }
        return entries;
    }

    private static Case randomCase(Random rnd) {
        WorkingCalendar cal;
        Map<LocalDate, DayKind> entries = new HashMap<>();
        if (rnd.nextInt(3) == 0) {
            NationalSeed.days().forEach(d -> entries.put(d.date(), d.kind()));
            cal = NationalSeed.calendar();
        } else {
            entries.putAll(randomEntries(rnd));
            WorkingCalendar.Builder b = WorkingCalendar.builder();
            entries.forEach((d, k) -> b.day(new CalendarDay(d, k, "h", "s", CalendarService.NATIONAL)));
            for (int y = 2023; y <= 2028; y++) {
                if (rnd.nextBoolean()) {
                    b.loadedYear(y);
                }
            }
            cal = b.build();
        }
        LocalDate start = FROM.plusDays(rnd.nextInt(4 * 365));
        int limit = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 400 : 40);
        List<Pause> pauses = new ArrayList<>();
        for (int i = 0; i < rnd.nextInt(4); i++) {
            LocalDate from = start.plusDays(rnd.nextInt(60));
            pauses.add(Pause.days(PauseKind.values()[rnd.nextInt(4)], from, from.plusDays(rnd.nextInt(15))));
        }
        return new Case(cal, entries, start, limit, pauses);
    }

    @Test
    void equalsTheDayByDayDefinition() {
        Random rnd = new Random(20260930L);
        for (int i = 0; i < RUNS; i++) {
            Case c = randomCase(rnd);
            for (LimitUnit unit : List.of(LimitUnit.WORKING_DAYS, LimitUnit.NATURAL_DAYS)) {
                Deadline d = Deadlines.compute(c.cal(), c.request(unit));
                assertThat(d.dueDate()).as("%s %s", unit, c).isEqualTo(oracle(c, unit));
            }
        }
    }

    @Test
    void monotonicInTheLimit() {
        Random rnd = new Random(1L);
        for (int i = 0; i < RUNS; i++) {
            Case c = randomCase(rnd);
            for (LimitUnit unit : List.of(LimitUnit.WORKING_DAYS, LimitUnit.NATURAL_DAYS)) {
                LocalDate a = Deadlines.compute(c.cal(), c.request(unit)).dueDate();
                LocalDate b = Deadlines.compute(c.cal(), c.request(unit).withLimit(c.limit() + 1)).dueDate();
                if (unit == LimitUnit.WORKING_DAYS) {
                    assertThat(b).as("%s %s", unit, c).isAfter(a);
                } else {
                    assertThat(b).as("%s %s", unit, c).isAfterOrEqualTo(a);
                }
            }
        }
    }

    @Test
    void workingDayDueDatesNeverFallOnADayOff() {
        Random rnd = new Random(2L);
        for (int i = 0; i < RUNS; i++) {
            Case c = randomCase(rnd);
            for (LimitUnit unit : List.of(LimitUnit.WORKING_DAYS, LimitUnit.NATURAL_DAYS)) {
                Deadline d = Deadlines.compute(c.cal(), c.request(unit));
                assertThat(c.cal().isWorkingDay(d.dueDate())).as("%s %s -> %s", unit, c, d.dueDate()).isTrue();
                assertThat(working(c.entries(), d.dueDate())).as("%s %s", unit, c).isTrue();
            }
        }
    }

    @Test
    void naturalDaysRollOnlyOverDaysOff() {
        Random rnd = new Random(3L);
        for (int i = 0; i < RUNS; i++) {
            Case c = randomCase(rnd);
            Deadline d = Deadlines.compute(c.cal(), c.request(LimitUnit.NATURAL_DAYS));
            // every day from the unrolled last day up to (not including) the due date is a day off
            for (LocalDate x = d.unrolledDueDate(); x.isBefore(d.dueDate()); x = x.plusDays(1)) {
                assertThat(c.cal().isWorkingDay(x)).as("%s: %s skipped but working", c, x).isFalse();
            }
            assertThat(d.rolledOver()).as("%s", c).isEqualTo(!c.cal().isWorkingDay(d.unrolledDueDate()));
        }
    }

    @Test
    void pausingOnDaysOffChangesNothing() {
        Random rnd = new Random(4L);
        for (int i = 0; i < RUNS; i++) {
            Case c = randomCase(rnd);
            DeadlineRequest plain = DeadlineRequest.of(c.start(), c.limit(), LimitUnit.WORKING_DAYS);
            LocalDate due = Deadlines.compute(c.cal(), plain).dueDate();
            // pause every run of days off inside the period, one pause per run
            List<Pause> offPauses = new ArrayList<>();
            LocalDate runStart = null;
            for (LocalDate x = c.start().plusDays(1); !x.isAfter(due.plusDays(1)); x = x.plusDays(1)) {
                boolean off = !c.cal().isWorkingDay(x) && x.isBefore(due);
                if (off && runStart == null) {
                    runStart = x;
                } else if (!off && runStart != null) {
                    offPauses.add(Pause.days(PauseKind.OTHER, runStart, x.minusDays(1)));
                    runStart = null;
                }
            }
            LocalDate withPauses = Deadlines.compute(c.cal(), plain.withPauses(offPauses)).dueDate();
            assertThat(withPauses).as("%s off-day pauses %s", c, offPauses.size()).isEqualTo(due);
        }
    }

    @Test
    void aPauseOfKWorkingDaysShiftsTheDueDateByKWorkingDays() {
        Random rnd = new Random(5L);
        for (int i = 0; i < RUNS; i++) {
            Case c = randomCase(rnd);
            DeadlineRequest plain = DeadlineRequest.of(c.start(), c.limit(), LimitUnit.WORKING_DAYS);
            LocalDate due = Deadlines.compute(c.cal(), plain).dueDate();
            long span = due.toEpochDay() - c.start().toEpochDay();
            LocalDate from = c.start().plusDays(1 + rnd.nextInt((int) span));
            LocalDate to = from.plusDays(rnd.nextInt(20));
            int k = c.cal().workingDaysBetween(from, to);
            LocalDate shifted = Deadlines.compute(c.cal(), plain.withPause(Pause.days(PauseKind.SUPPLEMENT, from, to))).dueDate();
            LocalDate expected = k == 0 ? due : c.cal().nthWorkingDayAfter(due, k);
            assertThat(shifted).as("%s pause %s/%s k=%s", c, from, to, k).isEqualTo(expected);
        }
    }

    @Test
    void splittingALimitEqualsDoingItInTwoParts() {
        Random rnd = new Random(6L);
        for (int i = 0; i < RUNS; i++) {
            Case c = randomCase(rnd);
            if (c.limit() < 2) {
                continue;
            }
            int a = 1 + rnd.nextInt(c.limit() - 1);
            int b = c.limit() - a;
            LocalDate whole = Deadlines.compute(c.cal(), c.request(LimitUnit.WORKING_DAYS)).dueDate();
            LocalDate first = Deadlines.compute(c.cal(), c.request(LimitUnit.WORKING_DAYS).withLimit(a)).dueDate();
            // part two starts on part one's due day (its day zero) with the pauses still ahead of it
            List<Pause> ahead = c.pauses().stream().filter(p -> !p.toDate().isBefore(first))
                    .map(p -> p.fromDate().isBefore(first) ? Pause.days(p.kind(), first, p.toDate()) : p).toList();
            LocalDate second = Deadlines.compute(c.cal(), DeadlineRequest.of(first, b, LimitUnit.WORKING_DAYS).withPauses(ahead)).dueDate();
            assertThat(second).as("%s split %s+%s", c, a, b).isEqualTo(whole);
            // and the step plan says the same
            Deadline planned = Deadlines.compute(c.cal(), c.request(LimitUnit.WORKING_DAYS)
                    .withSteps(List.of(new StepBudget("a", a), new StepBudget("b", b))));
            assertThat(planned.steps().get(0).due()).as("%s", c).isEqualTo(first);
            assertThat(planned.steps().get(1).due()).as("%s", c).isEqualTo(whole);
        }
    }

    @Test
    void extensionsEqualALargerLimit() {
        Random rnd = new Random(7L);
        for (int i = 0; i < RUNS; i++) {
            Case c = randomCase(rnd);
            int ext = 1 + rnd.nextInt(15);
            for (LimitUnit unit : List.of(LimitUnit.WORKING_DAYS, LimitUnit.NATURAL_DAYS)) {
                LocalDate extended = Deadlines.compute(c.cal(), c.request(unit).withExtensions(List.of(Extension.of(ext)))).dueDate();
                LocalDate larger = Deadlines.compute(c.cal(), c.request(unit).withLimit(c.limit() + ext)).dueDate();
                assertThat(extended).as("%s %s +%s", unit, c, ext).isEqualTo(larger);
            }
        }
    }

    @Test
    void provisionalExactlyWhenAYearOnTheWayIsNotLoaded() {
        Random rnd = new Random(8L);
        for (int i = 0; i < RUNS; i++) {
            Case c = randomCase(rnd);
            Deadline d = Deadlines.compute(c.cal(), c.request(LimitUnit.WORKING_DAYS));
            boolean missing = false;
            for (int y = c.start().getYear(); y <= d.dueDate().getYear(); y++) {
                missing |= !c.cal().isLoaded(y);
            }
            assertThat(d.provisional()).as("%s due %s", c, d.dueDate()).isEqualTo(missing);
        }
    }

    @Test
    void hoursAddExactlyThePausedTime() {
        Random rnd = new Random(9L);
        for (int i = 0; i < RUNS; i++) {
            Instant start = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(rnd.nextInt(300 * 86400));
            int hours = 1 + rnd.nextInt(200);
            List<Pause> pauses = new ArrayList<>();
            for (int k = 0; k < rnd.nextInt(4); k++) {
                Instant from = start.plusSeconds(rnd.nextInt(250 * 3600));
                pauses.add(Pause.between(PauseKind.SPECIAL_PROCEDURE, from, from.plusSeconds(1 + rnd.nextInt(30 * 3600))));
            }
            Deadline d = Deadlines.compute(NationalSeed.calendar(), DeadlineRequest.of(start, hours, LimitUnit.HOURS).withPauses(pauses));
            // walk the clock: skip whatever pause covers it, run until the next pause starts
            Instant at = start;
            long remaining = hours * 3600L;
            while (true) {
                Instant now = at;
                Instant coveredUntil = pauses.stream().filter(p -> !now.isBefore(p.from()) && now.isBefore(p.to()))
                        .map(Pause::to).max(Instant::compareTo).orElse(null);
                if (coveredUntil != null) {
                    at = coveredUntil;
                    continue;
                }
                Instant nextStart = pauses.stream().map(Pause::from).filter(f -> f.isAfter(now)).min(Instant::compareTo).orElse(null);
                long gap = nextStart == null ? Long.MAX_VALUE : Duration.between(now, nextStart).getSeconds();
                if (remaining <= gap) {
                    at = now.plusSeconds(remaining);
                    break;
                }
                remaining -= gap;
                at = nextStart;
            }
            assertThat(d.dueInstant()).as("start=%s hours=%s pauses=%s", start, hours, pauses).isEqualTo(at);
        }
    }
}
