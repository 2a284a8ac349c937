package org.sunlight.calendar;

import java.time.Duration;

/**
 * Where a deadline stands at a given instant.
 * <ul>
 *   <li>{@code remainingDays}: for day units, the countable days left including today when today
 *       still counts (on the due day itself it is 1); 0 once overdue; 0 for hours.</li>
 *   <li>{@code overdueDays}: days past the due date in the limit's unit (working days past it for
 *       working-day limits, so a Saturday right after a Friday due date is overdue by 0 working
 *       days but still overdue); 0 when not overdue.</li>
 *   <li>{@code remaining} / {@code overdueBy}: wall-clock time to / since the due instant.</li>
 * </ul>
 * Overdue starts at the due instant: 24:00 of the due day, i.e. from the next day.
 */
public record DeadlineStatus(boolean overdue, int remainingDays, int overdueDays, Duration remaining, Duration overdueBy) {
}
