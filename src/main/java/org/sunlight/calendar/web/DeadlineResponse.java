package org.sunlight.calendar.web;

import java.time.Instant;
import java.util.List;

import org.sunlight.calendar.DeadlineAnswer;
import org.sunlight.calendar.DeadlineStatus;
import org.sunlight.calendar.Deadline;

import io.swagger.v3.oas.annotations.media.Schema;

/** The public calculator's JSON answer. */
@Schema(description = "A computed deadline with its explanation")
record DeadlineResponse(
        @Schema(description = "Last day of the period (the deadline is 24:00 of this day)", example = "2026-11-09") String due,
        @Schema(description = "The instant the period ends; overdue from then on", example = "2026-11-09T16:00:00Z") Instant dueInstant,
        @Schema(description = "Start day (day zero, not counted)", example = "2026-09-30") String start,
        @Schema(example = "WORKING_DAYS") String unit,
        @Schema(description = "Limit as asked", example = "20") int limit,
        @Schema(description = "Limit including extensions", example = "20") int totalLimit,
        @Schema(description = "Working days counted up to the due date, pauses excluded", example = "20") int workingDaysCounted,
        @Schema(description = "Countable days inside pauses", example = "4") int pausedDays,
        @Schema(description = "Natural days: the last day before rolling over days off") String unrolledDue,
        @Schema(description = "Calendar used: CN for national, else the region code", example = "321081") String region,
        @Schema(description = "Region name", example = "仪征市") String regionName,
        @Schema(description = "True when a year on the way has no loaded holiday arrangement (Mon–Fri assumed)") boolean provisional,
        List<Integer> provisionalYears,
        @Schema(description = "How the deadline was computed, line by line, in the caller's language") List<String> explanation,
        @Schema(description = "Where the deadline stands now") Status status) {

    @Schema(description = "Status at `at`: days in the limit's unit (today included while it counts), and wall-clock seconds")
    record Status(Instant at, boolean overdue, int remainingDays, int overdueDays, long remainingSeconds, long overdueSeconds) {

        /** The figure to show a person: days in the limit's unit, or whole hours for hour limits. */
        int amount(String unit) {
            if (!"HOURS".equals(unit)) {
                return overdue ? overdueDays : remainingDays;
            }
            return (int) (overdue ? overdueSeconds / 3600 : (remainingSeconds + 3599) / 3600);
        }
    }

    static DeadlineResponse of(DeadlineAnswer answer, String regionName, Instant now) {
        Deadline d = answer.deadline();
        DeadlineStatus s = d.statusAt(now);
        return new DeadlineResponse(d.dueDate().toString(), d.dueInstant(), d.startDate().toString(), d.unit().name(),
                d.limit(), d.totalLimit(), d.workingDaysCounted(), d.pausedDays(),
                d.rolledOver() ? d.unrolledDueDate().toString() : null, answer.regionCode(), regionName,
                d.provisional(), d.provisionalYears(), answer.explanation(),
                new Status(now, s.overdue(), s.remainingDays(), s.overdueDays(), s.remaining().getSeconds(), s.overdueBy().getSeconds()));
    }
}
