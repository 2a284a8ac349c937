package org.sunlight.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.sunlight.common.Checks;
import org.sunlight.common.FieldProblem;

/**
 * The deadline clock: (calendar, start, limit, unit, pauses, extensions, step budgets) → due
 * instant, status at any instant and an explanation. Pure Java; no framework inside.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Day zero.</b> The day of the start instant (Beijing time) is not counted; counting begins
 *       the next day (《民法典》第二百零一条: 开始的当日不计入，自下一日开始计算).</li>
 *   <li><b>Working days</b> are the days the calendar marks as working: Mon–Fri, minus the notice's
 *       days off, plus its adjusted working days (调休补班). "Days" in 行政许可法 第八十二条 and
 *       行政处罚法 第八十五条 are working days excluding statutory holidays. The N-th working day is
 *       the due date, so a working-day due date never falls on a day off.</li>
 *   <li><b>Natural days</b> count every day. If the last day is a day off (weekend or holiday, by
 *       the calendar), the period ends on the first working day after it (《民法典》第二百零三条第一款:
 *       期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日). An adjusted working
 *       Saturday is a working day and is not rolled over.</li>
 *   <li><b>End of day.</b> A period in days ends at 24:00 of its last day (第二百零三条第二款), i.e. the
 *       due instant is 00:00 of the next day; it is overdue from then on.</li>
 *   <li><b>Hours</b> are wall-clock hours from the start instant (第二百零一条第二款); nights, weekends
 *       and holidays count. Pauses do apply to hours: the paused time is added to the due instant.</li>
 *   <li><b>Pauses</b> (补正, 特别程序, 中止) consume nothing. A date pause is the closed range
 *       [from, to]; an instant pause [from, to) pauses, for day limits, every day it touches. Pauses
 *       are merged where they overlap or touch. A pause must not start before the case (before the
 *       start day for day limits, before the start instant for hours); a pause that begins after the
 *       period has ended does not change it (the explanation says so).</li>
 *   <li><b>Extensions</b> add to the limit in the same unit.</li>
 *   <li><b>Provisional.</b> When any year from the start day to the due date is not loaded, that
 *       year is counted Mon–Fri, the result is marked provisional and the explanation says so.</li>
 * </ul>
 * Errors: a missing start or unit, a limit below 1 or above ten years, a non-positive extension or
 * step budget, a pause that ends before it starts or begins before the case — all reported at once
 * as {@link org.sunlight.common.InvalidInputException} naming the field ({@code limit},
 * {@code unit}, {@code pause[0].to}, ...).
 */
public final class Deadlines {

    private Deadlines() {
    }

    public static Deadline compute(WorkingCalendar calendar, DeadlineRequest request) {
        validate(request, calendar.zone());
        return request.unit() == LimitUnit.HOURS ? hours(calendar, request) : days(calendar, request);
    }

    /** Convenience: a plain working-day limit without pauses. */
    public static Deadline workingDays(WorkingCalendar calendar, LocalDate start, int limit) {
        return compute(calendar, DeadlineRequest.of(start, limit, LimitUnit.WORKING_DAYS));
    }

    // ---- validation ---------------------------------------------------------------------------

    /** Everything wrong with {@code r}, each problem naming its field; empty when it can be computed. */
    public static List<FieldProblem> problems(DeadlineRequest r) {
        Checks checks = Checks.start();
        check(checks, r, WorkingCalendar.BEIJING);
        return checks.problems();
    }

    static void validate(DeadlineRequest r, ZoneId zone) {
        Checks checks = Checks.start();
        check(checks, r, zone);
        checks.throwIfAny();
    }

    // Field names are only built for problems: validation runs on every computation.
    private static void check(Checks checks, DeadlineRequest r, ZoneId zone) {
        if (r.start() == null) {
            problem(checks, "start", "error.required");
        }
        if (r.unit() == null) {
            problem(checks, "unit", "error.required");
        }
        int max = r.unit() == null ? LimitUnit.WORKING_DAYS.max() : r.unit().max();
        boolean limitOk = r.limit() >= 1 && r.limit() <= max;
        if (r.limit() < 1) {
            problem(checks, "limit", "calendar.error.limit-positive");
        } else if (r.limit() > max) {
            problem(checks, "limit", "calendar.error.limit-too-large", max);
        }
        long total = r.limit();
        List<Extension> extensions = r.extensions();
        for (int i = 0; i < extensions.size(); i++) {
            Extension e = extensions.get(i);
            if (e == null || e.amount() < 1) {
                problem(checks, "extension[" + i + "]", "calendar.error.extension-positive");
            } else {
                total += e.amount();
            }
        }
        if (limitOk && total > max) {
            problem(checks, "extension", "calendar.error.limit-too-large", max);
        }
        List<StepBudget> steps = r.steps();
        for (int i = 0; i < steps.size(); i++) {
            StepBudget s = steps.get(i);
            if (s == null || s.name() == null || s.name().isBlank()) {
                problem(checks, "step[" + i + "].name", "error.required");
            }
            if (s == null || s.limit() < 1 || s.limit() > max) {
                problem(checks, "step[" + i + "].limit", "calendar.error.limit-positive");
            }
        }
        List<Pause> pauses = r.pauses();
        if (pauses.isEmpty()) {
            return;
        }
        long startDay = r.start() == null ? 0 : LocalDate.ofInstant(r.start(), zone).toEpochDay();
        for (int i = 0; i < pauses.size(); i++) {
            checkPause(checks, r, pauses.get(i), i, startDay, zone);
        }
    }

    private static void checkPause(Checks checks, DeadlineRequest r, Pause p, int i, long startDay, ZoneId zone) {
        if (p == null) {
            problem(checks, "pause[" + i + "]", "error.required");
            return;
        }
        boolean byDate = p.byDate();
        Object from = byDate ? p.fromDate() : p.from();
        Object to = byDate ? p.toDate() : p.to();
        if (from == null) {
            problem(checks, "pause[" + i + "].from", "error.required");
        }
        if (to == null) {
            problem(checks, "pause[" + i + "].to", "error.required");
        }
        if (from == null || to == null) {
            return;
        }
        if (byDate ? p.toDate().isBefore(p.fromDate()) : !p.to().isAfter(p.from())) {
            problem(checks, "pause[" + i + "].to", "calendar.error.pause-ends-before-start");
        }
        if (byDate && (p.fromDate().getYear() < 1900 || p.toDate().getYear() > 2500)) {
            problem(checks, "pause[" + i + "]", "calendar.error.date-range");
        }
        if (r.start() == null || r.unit() == null) {
            return;
        }
        boolean before;
        if (r.unit().days()) {
            long pauseDay = byDate ? p.fromDate().toEpochDay() : LocalDate.ofInstant(p.from(), zone).toEpochDay();
            before = pauseDay < startDay;
        } else {
            Instant pauseFrom = byDate ? p.fromDate().atStartOfDay(zone).toInstant() : p.from();
            before = pauseFrom.isBefore(r.start());
        }
        if (before) {
            problem(checks, "pause[" + i + "].from", "calendar.error.pause-before-start");
        }
    }

    private static void problem(Checks checks, String field, String code, Object... args) {
        checks.add(FieldProblem.of(field, code, args));
    }

    // ---- day limits -----------------------------------------------------------------------------

    private static Deadline days(WorkingCalendar cal, DeadlineRequest r) {
        ZoneId zone = cal.zone();
        boolean working = r.unit() == LimitUnit.WORKING_DAYS;
        long s = LocalDate.ofInstant(r.start(), zone).toEpochDay();
        int total = total(r);
        Spans pauses = daySpans(r.pauses(), zone);
        long raw = forward(cal, working, s, pauses, total);
        long due = working || cal.isWorking(raw) ? raw : cal.nthWorkingAfter(raw, 1);
        int paused = 0;
        for (int i = 0; i < pauses.size; i++) {
            if (pauses.from[i] <= raw) {
                paused += count(cal, working, Math.max(pauses.from[i], s + 1), pauses.to[i] + 1);
            }
        }
        Instant dueInstant = endOfDay(cal, due);
        List<StepDue> steps = r.steps().isEmpty() ? List.of() : daySteps(cal, working, s, pauses, r.steps());
        return new Deadline(cal, r, total, s, raw, due, dueInstant, pauses, paused, 0L,
                provisionalYears(cal, s, due), steps);
    }

    /** Counts {@code n} countable days after day {@code s}, skipping the pauses; the last one. */
    private static long forward(WorkingCalendar cal, boolean working, long s, Spans p, int n) {
        long cursor = s;
        for (int i = 0; i < p.size; i++) {
            if (p.to[i] <= cursor) {
                continue;
            }
            long lo = cursor + 1;
            int available = p.from[i] > lo ? count(cal, working, lo, p.from[i]) : 0;
            if (n <= available) {
                return advance(cal, working, cursor, n);
            }
            n -= available;
            cursor = p.to[i];
        }
        return advance(cal, working, cursor, n);
    }

    /** Countable days in [a, b). */
    static int count(WorkingCalendar cal, boolean working, long a, long b) {
        if (b <= a) {
            return 0;
        }
        return working ? cal.workingDaysBefore(b) - cal.workingDaysBefore(a) : (int) (b - a);
    }

    private static long advance(WorkingCalendar cal, boolean working, long cursor, int n) {
        return working ? cal.nthWorkingAfter(cursor, n) : cursor + n;
    }

    private static List<StepDue> daySteps(WorkingCalendar cal, boolean working, long s, Spans pauses,
            List<StepBudget> budgets) {
        List<StepDue> out = new ArrayList<>(budgets.size());
        int cumulative = 0;
        for (StepBudget b : budgets) {
            cumulative += b.limit();
            long raw = forward(cal, working, s, pauses, cumulative);
            long due = working || cal.isWorking(raw) ? raw : cal.nthWorkingAfter(raw, 1);
            out.add(new StepDue(b.name(), b.limit(), cumulative, LocalDate.ofEpochDay(due), endOfDay(cal, due)));
        }
        return List.copyOf(out);
    }

    /** 24:00 of the day: 00:00 of the next one. */
    static Instant endOfDay(WorkingCalendar cal, long epochDay) {
        return cal.startOfDay(epochDay + 1);
    }

    private static int[] provisionalYears(WorkingCalendar cal, long fromDay, long toDay) {
        int y0 = LocalDate.ofEpochDay(fromDay).getYear();
        int y1 = LocalDate.ofEpochDay(toDay).getYear();
        int missing = 0;
        for (int y = y0; y <= y1; y++) {
            if (!cal.isLoaded(y)) {
                missing++;
            }
        }
        if (missing == 0) {
            return NO_YEARS;
        }
        int[] years = new int[missing];
        int k = 0;
        for (int y = y0; y <= y1; y++) {
            if (!cal.isLoaded(y)) {
                years[k++] = y;
            }
        }
        return years;
    }

    private static final int[] NO_YEARS = new int[0];

    // ---- hours ----------------------------------------------------------------------------------

    private static Deadline hours(WorkingCalendar cal, DeadlineRequest r) {
        ZoneId zone = cal.zone();
        long start = r.start().getEpochSecond();
        int total = total(r);
        Spans pauses = secondSpans(r.pauses(), zone);
        long due = forwardSeconds(start, pauses, total * 3600L);
        long paused = 0;
        for (int i = 0; i < pauses.size; i++) {
            if (pauses.from[i] < due) {
                paused += pauses.to[i] - Math.max(pauses.from[i], start);
            }
        }
        Instant dueInstant = Instant.ofEpochSecond(due);
        List<StepDue> steps = new ArrayList<>();
        int cumulative = 0;
        for (StepBudget b : r.steps()) {
            cumulative += b.limit();
            Instant at = Instant.ofEpochSecond(forwardSeconds(start, pauses, cumulative * 3600L));
            steps.add(new StepDue(b.name(), b.limit(), cumulative, LocalDate.ofInstant(at, zone), at));
        }
        long startDay = LocalDate.ofInstant(r.start(), zone).toEpochDay();
        long dueDay = LocalDate.ofInstant(dueInstant, zone).toEpochDay();
        return new Deadline(cal, r, total, startDay, dueDay, dueDay, dueInstant, pauses, 0, paused, NO_YEARS, List.copyOf(steps));
    }

    private static long forwardSeconds(long start, Spans p, long remaining) {
        long cursor = start;
        for (int i = 0; i < p.size; i++) {
            if (p.to[i] <= cursor) {
                continue;
            }
            long gap = Math.max(0, p.from[i] - cursor);
            if (remaining <= gap) {
                return cursor + remaining;
            }
            remaining -= gap;
            cursor = p.to[i];
        }
        return cursor + remaining;
    }

    private static int total(DeadlineRequest r) {
        int total = r.limit();
        for (Extension e : r.extensions()) {
            total += e.amount();
        }
        return total;
    }

    // ---- pauses as merged spans -----------------------------------------------------------------

    /**
     * Merged, sorted pause spans: closed epoch-day ranges for day limits, half-open epoch-second
     * ranges for hours. {@code kinds[i]} is a bit set of the {@link PauseKind}s merged into span i.
     */
    static final class Spans {
        final long[] from;
        final long[] to;
        final int[] kinds;
        final int size;

        Spans(long[] from, long[] to, int[] kinds, int size) {
            this.from = from;
            this.to = to;
            this.kinds = kinds;
            this.size = size;
        }

        List<PauseKind> kindsOf(int i) {
            List<PauseKind> out = new ArrayList<>(2);
            for (PauseKind k : PauseKind.values()) {
                if ((kinds[i] & (1 << k.ordinal())) != 0) {
                    out.add(k);
                }
            }
            return out;
        }
    }

    private static final Spans NO_SPANS = new Spans(new long[0], new long[0], new int[0], 0);

    private static Spans daySpans(List<Pause> pauses, ZoneId zone) {
        int n = pauses.size();
        if (n == 0) {
            return NO_SPANS;
        }
        long[] from = new long[n];
        long[] to = new long[n];
        int[] kinds = new int[n];
        for (int i = 0; i < n; i++) {
            Pause p = pauses.get(i);
            if (p.byDate()) {
                from[i] = p.fromDate().toEpochDay();
                to[i] = p.toDate().toEpochDay();
            } else {
                from[i] = LocalDate.ofInstant(p.from(), zone).toEpochDay();
                to[i] = LocalDate.ofInstant(p.to().minusNanos(1), zone).toEpochDay();
            }
            kinds[i] = 1 << p.kindOrOther().ordinal();
        }
        return merge(from, to, kinds, n, 1);
    }

    private static Spans secondSpans(List<Pause> pauses, ZoneId zone) {
        int n = pauses.size();
        if (n == 0) {
            return NO_SPANS;
        }
        long[] from = new long[n];
        long[] to = new long[n];
        int[] kinds = new int[n];
        for (int i = 0; i < n; i++) {
            Pause p = pauses.get(i);
            if (p.byDate()) {
                from[i] = p.fromDate().atStartOfDay(zone).toEpochSecond();
                to[i] = p.toDate().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(zone).toEpochSecond();
            } else {
                from[i] = p.from().getEpochSecond();
                to[i] = p.to().getEpochSecond();
            }
            kinds[i] = 1 << p.kindOrOther().ordinal();
        }
        return merge(from, to, kinds, n, 0);
    }

    /** Sorts by start (insertion sort: pauses are few) and merges spans that overlap or touch. */
    private static Spans merge(long[] from, long[] to, int[] kinds, int n, long touch) {
        for (int i = 1; i < n; i++) {
            long f = from[i];
            long t = to[i];
            int k = kinds[i];
            int j = i - 1;
            while (j >= 0 && from[j] > f) {
                from[j + 1] = from[j];
                to[j + 1] = to[j];
                kinds[j + 1] = kinds[j];
                j--;
            }
            from[j + 1] = f;
            to[j + 1] = t;
            kinds[j + 1] = k;
        }
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (m > 0 && from[i] <= to[m - 1] + touch) {
                to[m - 1] = Math.max(to[m - 1], to[i]);
                kinds[m - 1] |= kinds[i];
            } else {
                from[m] = from[i];
                to[m] = to[i];
                kinds[m] = kinds[i];
                m++;
            }
        }
        return new Spans(from, to, kinds, m);
    }
}
