package org.sunlight.calendar;

import java.util.List;

/**
 * One line of a deadline's explanation, language-free: a message key of the calendar bundle and
 * its arguments ({@link java.time.LocalDate}, {@link DaySpan}, {@link java.time.LocalDateTime},
 * numbers, {@link PauseKind} lists, holiday names as {@link HolidayName}, plain strings).
 * {@link ExplanationRenderer} turns it into Chinese or English.
 */
public record ExplanationLine(String key, List<Object> args) {

    public static ExplanationLine of(String key, Object... args) {
        return new ExplanationLine(key, List.of(args));
    }

    /** A holiday's name as the notice gives it (e.g. 春节); rendered in English where known. */
    public record HolidayName(String name) {
    }

    /** An amount in a unit ("10 个工作日", "10 working days"). */
    public record Amount(int value, LimitUnit unit) {
    }

    /** A range of wall-clock times in the calendar's zone ("10月1日 10:00 至 10月2日 09:00"). */
    public record TimeSpan(java.time.LocalDateTime from, java.time.LocalDateTime to) {
    }
}
