package org.sunlight.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An interval during which the clock stops: it consumes nothing of the limit.
 * <p>
 * Either a <b>closed date range</b> {@code [fromDate, toDate]} — both days are paused, so
 * 10-12..10-15 stops the clock on four days and counting resumes on the 16th — or an <b>instant
 * range</b> {@code [from, to)}. For limits in days an instant range pauses every day it touches
 * (a supplement notice sent at 16:00 pauses that whole day); for limits in hours a date range
 * pauses from 00:00 of {@code fromDate} to 24:00 of {@code toDate}, an instant range exactly its
 * duration. Overlapping or touching pauses are merged before counting.
 */
public record Pause(PauseKind kind, LocalDate fromDate, LocalDate toDate, Instant from, Instant to) {

    public static Pause days(PauseKind kind, LocalDate from, LocalDate to) {
        return new Pause(kind, from, to, null, null);
    }

    public static Pause between(PauseKind kind, Instant from, Instant to) {
        return new Pause(kind, null, null, from, to);
    }

    public boolean byDate() {
        return from == null && to == null;
    }

    public PauseKind kindOrOther() {
        return kind == null ? PauseKind.OTHER : kind;
    }
}
