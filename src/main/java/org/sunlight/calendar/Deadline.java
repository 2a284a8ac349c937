package org.sunlight.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.sunlight.calendar.ExplanationLine.Amount;
import org.sunlight.calendar.ExplanationLine.HolidayName;
import org.sunlight.calendar.ExplanationLine.TimeSpan;

/**
 * A computed deadline: the due date and instant, whether it is provisional, the status at any
 * instant and the explanation (built on first use, so computing many due dates stays cheap).
 * Immutable and thread-safe.
 */
public final class Deadline {

    private final WorkingCalendar calendar;
    private final DeadlineRequest request;
    private final int totalLimit;
    private final long startDay;
    private final long rawDueDay;
    private final long dueDay;
    private final Instant dueInstant;
    private final Deadlines.Spans pauses;
    private final int pausedDays;
    private final long pausedSeconds;
    private final int[] provisionalYears;
    private final List<StepDue> steps;
    private volatile List<ExplanationLine> explanation;

    Deadline(WorkingCalendar calendar, DeadlineRequest request, int totalLimit, long startDay, long rawDueDay,
            long dueDay, Instant dueInstant, Deadlines.Spans pauses, int pausedDays, long pausedSeconds,
            int[] provisionalYears, List<StepDue> steps) {
        this.calendar = calendar;
        this.request = request;
        this.totalLimit = totalLimit;
        this.startDay = startDay;
        this.rawDueDay = rawDueDay;
        this.dueDay = dueDay;
        this.dueInstant = dueInstant;
        this.pauses = pauses;
        this.pausedDays = pausedDays;
        this.pausedSeconds = pausedSeconds;
        this.provisionalYears = provisionalYears;
        this.steps = steps;
    }

    public DeadlineRequest request() {
        return request;
    }

    public LimitUnit unit() {
        return request.unit();
    }

    /** The limit as asked, without extensions. */
    public int limit() {
        return request.limit();
    }

    /** The limit with every approved extension added. */
    public int totalLimit() {
        return totalLimit;
    }

    /** Day zero: the date of the start instant, not counted. */
    public LocalDate startDate() {
        return LocalDate.ofEpochDay(startDay);
    }

    /** The last day of the period; the deadline is 24:00 of this day (for hours: the due instant's date). */
    public LocalDate dueDate() {
        return LocalDate.ofEpochDay(dueDay);
    }

    /** For natural days: the last day before rolling over days off (equal to {@link #dueDate()} otherwise). */
    public LocalDate unrolledDueDate() {
        return LocalDate.ofEpochDay(rawDueDay);
    }

    public boolean rolledOver() {
        return rawDueDay != dueDay;
    }

    /** The instant the period ends: 00:00 after the due day for day limits. Overdue from here on. */
    public Instant dueInstant() {
        return dueInstant;
    }

    /** True when a year from the start day to the due date has no loaded calendar (Mon–Fri assumed). */
    public boolean provisional() {
        return provisionalYears.length > 0;
    }

    public List<Integer> provisionalYears() {
        return Arrays.stream(provisionalYears).boxed().toList();
    }

    /**
     * Countable days within the pauses up to the due date: working days for working-day limits,
     * days for natural-day limits, 0 for hours.
     */
    public int pausedDays() {
        return pausedDays;
    }

    /** Paused wall-clock time up to the due instant, for hour limits (zero for day limits). */
    public Duration pausedTime() {
        return Duration.ofSeconds(pausedSeconds);
    }

    /** Working days counted from day zero to the due date, pauses excluded (0 for hours). */
    public int workingDaysCounted() {
        if (!unit().days()) {
            return 0;
        }
        if (unit() == LimitUnit.WORKING_DAYS) {
            return totalLimit;
        }
        int all = Deadlines.count(calendar, true, startDay + 1, dueDay + 1);
        for (int i = 0; i < pauses.size; i++) {
            if (pauses.from[i] <= rawDueDay) {
                all -= Deadlines.count(calendar, true, Math.max(pauses.from[i], startDay + 1), Math.min(pauses.to[i], dueDay) + 1);
            }
        }
        return all;
    }

    /** Step budgets planned one after another, with their due dates. */
    public List<StepDue> steps() {
        return steps;
    }

    // ---- status ---------------------------------------------------------------------------------

    public DeadlineStatus statusAt(Instant now) {
        ZoneId zone = calendar.zone();
        long today = LocalDate.ofInstant(now, zone).toEpochDay();
        if (!now.isBefore(dueInstant)) {
            int overdueDays = switch (unit()) {
                case WORKING_DAYS -> Deadlines.count(calendar, true, dueDay + 1, today + 1);
                case NATURAL_DAYS -> (int) (today - dueDay);
                case HOURS -> 0;
            };
            return new DeadlineStatus(true, 0, overdueDays, Duration.ZERO, Duration.between(dueInstant, now));
        }
        int remaining = 0;
        if (unit().days()) {
            boolean working = unit() == LimitUnit.WORKING_DAYS;
            long lo = Math.max(today, startDay + 1);
            remaining = Deadlines.count(calendar, working, lo, dueDay + 1);
            for (int i = 0; i < pauses.size; i++) {
                long a = Math.max(pauses.from[i], lo);
                long b = Math.min(pauses.to[i], dueDay);
                remaining -= Deadlines.count(calendar, working, a, b + 1);
            }
        }
        return new DeadlineStatus(false, Math.max(remaining, 0), 0, Duration.between(now, dueInstant), Duration.ZERO);
    }

    // ---- explanation ----------------------------------------------------------------------------

    /** The explanation, line by line, as message keys with arguments; see {@link ExplanationRenderer}. */
    public List<ExplanationLine> explanation() {
        List<ExplanationLine> lines = explanation;
        if (lines == null) {
            lines = unit().days() ? explainDays() : explainHours();
            explanation = lines;
        }
        return lines;
    }

    private record Event(long day, int order, ExplanationLine line) {
    }

    private List<ExplanationLine> explainDays() {
        boolean working = unit() == LimitUnit.WORKING_DAYS;
        List<ExplanationLine> out = new ArrayList<>();
        out.add(ExplanationLine.of("calendar.explain.start." + request.startKind().name(), startDate().toString()));
        if (!working) {
            out.add(ExplanationLine.of("calendar.explain.natural-days", new Amount(request.limit(), unit())));
        }
        addExtensions(out);
        List<Event> events = new ArrayList<>();
        if (working) {
            holidayEvents(events);
        }
        for (int i = 0; i < pauses.size; i++) {
            DaySpan span = new DaySpan(LocalDate.ofEpochDay(pauses.from[i]), LocalDate.ofEpochDay(pauses.to[i]));
            boolean after = pauses.from[i] > rawDueDay;
            events.add(new Event(pauses.from[i], 2, ExplanationLine.of(
                    after ? "calendar.explain.pause-after-due" : "calendar.explain.pause", pauses.kindsOf(i), span)));
        }
        events.sort(Comparator.comparingLong(Event::day).thenComparingInt(Event::order));
        events.forEach(e -> out.add(e.line()));
        if (working) {
            out.add(ExplanationLine.of("calendar.explain.nth-working-day", totalLimit, dueDate()));
        } else {
            out.add(ExplanationLine.of("calendar.explain.nth-natural-day", totalLimit, unrolledDueDate()));
            if (rolledOver()) {
                out.add(ExplanationLine.of("calendar.explain.rolled", unrolledDueDate(), dueDate()));
            }
        }
        out.add(ExplanationLine.of("calendar.explain.due", dueDate()));
        addSteps(out);
        for (int y : provisionalYears) {
            out.add(ExplanationLine.of("calendar.explain.provisional", String.valueOf(y)));
        }
        out.add(ExplanationLine.of("calendar.explain.basis." + unit().name()));
        return List.copyOf(out);
    }

    /** Days off (grouped by holiday) and adjusted working days between day zero and the due date. */
    private void holidayEvents(List<Event> events) {
        List<CalendarDay> inWindow = calendar.entriesBetween(LocalDate.ofEpochDay(startDay + 1), LocalDate.ofEpochDay(dueDay));
        CalendarDay runStart = null;
        CalendarDay runEnd = null;
        for (CalendarDay d : inWindow) {
            if (d.dayOff()) {
                boolean continues = runEnd != null && runEnd.date().plusDays(1).equals(d.date()) && runEnd.name().equals(d.name());
                if (!continues) {
                    flushHoliday(events, runStart, runEnd);
                    runStart = d;
                }
                runEnd = d;
            } else {
                flushHoliday(events, runStart, runEnd);
                runStart = null;
                runEnd = null;
                long day = d.date().toEpochDay();
                if (!paused(day)) {
                    events.add(new Event(day, 1, ExplanationLine.of("calendar.explain.adjusted", d.date())));
                }
            }
        }
        flushHoliday(events, runStart, runEnd);
    }

    private static void flushHoliday(List<Event> events, CalendarDay from, CalendarDay to) {
        if (from != null) {
            events.add(new Event(from.date().toEpochDay(), 0, ExplanationLine.of("calendar.explain.holiday",
                    new DaySpan(from.date(), to.date()), new HolidayName(from.name()))));
        }
    }

    private boolean paused(long day) {
        for (int i = 0; i < pauses.size; i++) {
            if (day >= pauses.from[i] && day <= pauses.to[i]) {
                return true;
            }
        }
        return false;
    }

    private void addExtensions(List<ExplanationLine> out) {
        for (Extension e : request.extensions()) {
            boolean reason = e.reason() != null && !e.reason().isBlank();
            out.add(reason
                    ? ExplanationLine.of("calendar.explain.extension.reason", new Amount(e.amount(), unit()), e.reason().strip())
                    : ExplanationLine.of("calendar.explain.extension", new Amount(e.amount(), unit())));
        }
    }

    private void addSteps(List<ExplanationLine> out) {
        ZoneId zone = calendar.zone();
        for (StepDue s : steps) {
            Object when = unit().days() ? s.due() : LocalDateTime.ofInstant(s.dueInstant(), zone);
            out.add(ExplanationLine.of(unit().days() ? "calendar.explain.step" : "calendar.explain.step.hours",
                    s.name(), new Amount(s.limit(), unit()), when));
        }
        if (!steps.isEmpty()) {
            int planned = steps.get(steps.size() - 1).cumulativeLimit();
            if (planned > totalLimit) {
                out.add(ExplanationLine.of("calendar.explain.steps-over", new Amount(planned, unit()), new Amount(totalLimit, unit())));
            }
        }
    }

    private List<ExplanationLine> explainHours() {
        ZoneId zone = calendar.zone();
        List<ExplanationLine> out = new ArrayList<>();
        out.add(ExplanationLine.of("calendar.explain.hours-start", LocalDateTime.ofInstant(request.start(), zone),
                new Amount(request.limit(), unit())));
        addExtensions(out);
        for (int i = 0; i < pauses.size; i++) {
            TimeSpan span = new TimeSpan(LocalDateTime.ofInstant(Instant.ofEpochSecond(pauses.from[i]), zone),
                    LocalDateTime.ofInstant(Instant.ofEpochSecond(pauses.to[i]), zone));
            boolean after = pauses.from[i] >= dueInstant.getEpochSecond();
            out.add(ExplanationLine.of(after ? "calendar.explain.pause-after-due" : "calendar.explain.pause",
                    pauses.kindsOf(i), span));
        }
        out.add(ExplanationLine.of("calendar.explain.hours-due", LocalDateTime.ofInstant(dueInstant, zone)));
        addSteps(out);
        out.add(ExplanationLine.of("calendar.explain.basis.HOURS"));
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "Deadline[" + startDate() + " +" + totalLimit + " " + unit() + " -> " + dueDate()
                + (provisional() ? " provisional" : "") + "]";
    }
}
