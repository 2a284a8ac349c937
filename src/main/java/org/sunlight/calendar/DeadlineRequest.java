package org.sunlight.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a deadline is computed from: the start (the day of the start instant is day zero), the
 * limit and its unit, pauses, approved extensions (same unit) and optional step budgets.
 */
public record DeadlineRequest(Instant start, int limit, LimitUnit unit, List<Pause> pauses,
        List<Extension> extensions, List<StepBudget> steps, StartKind startKind) {

    public DeadlineRequest {
        pauses = pauses == null ? List.of() : List.copyOf(pauses);
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
        steps = steps == null ? List.of() : List.copyOf(steps);
        startKind = startKind == null ? StartKind.ACCEPTANCE : startKind;
    }

    public static DeadlineRequest of(Instant start, int limit, LimitUnit unit) {
        return new DeadlineRequest(start, limit, unit, List.of(), List.of(), List.of(), StartKind.ACCEPTANCE);
    }

    /** Starting at noon Beijing time on {@code startDate} (only the date matters for day limits). */
    public static DeadlineRequest of(LocalDate startDate, int limit, LimitUnit unit) {
        return of(startDate.atTime(12, 0).atZone(WorkingCalendar.BEIJING).toInstant(), limit, unit);
    }

    public DeadlineRequest withPauses(List<Pause> more) {
        return new DeadlineRequest(start, limit, unit, more, extensions, steps, startKind);
    }

    public DeadlineRequest withPause(Pause pause) {
        List<Pause> all = new ArrayList<>(pauses);
        all.add(pause);
        return withPauses(all);
    }

    public DeadlineRequest withExtensions(List<Extension> more) {
        return new DeadlineRequest(start, limit, unit, pauses, more, steps, startKind);
    }

    public DeadlineRequest withSteps(List<StepBudget> more) {
        return new DeadlineRequest(start, limit, unit, pauses, extensions, more, startKind);
    }

    public DeadlineRequest withStartKind(StartKind kind) {
        return new DeadlineRequest(start, limit, unit, pauses, extensions, steps, kind);
    }

    public DeadlineRequest withLimit(int newLimit) {
        return new DeadlineRequest(start, newLimit, unit, pauses, extensions, steps, startKind);
    }
}
