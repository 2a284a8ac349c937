package org.sunlight.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The calendar module's API for other modules: a region's working-day calendar and deadlines
 * computed on it, explained in the user's language.
 * <p>
 * A region's calendar is the national arrangement overlaid with the entries of every region on its
 * path (province › city › county › town, the lowest level winning). Built calendars are cached and
 * rebuilt after every edit. {@code regionCode} null or blank means the national calendar; an unknown
 * code is refused ({@link org.sunlight.common.InvalidInputException} on field {@code region}).
 */
public interface CalendarService {

    /** Region code of the national calendar (the State Council's arrangement). */
    String NATIONAL = "CN";

    WorkingCalendar calendar(String regionCode);

    /**
     * The deadline for a limit from {@code start}; explanation in the current request's language
     * (Chinese when there is none).
     */
    DeadlineAnswer deadline(String regionCode, Instant start, int limit, LimitUnit unit, List<Pause> pauses,
            List<Extension> extensions);

    /** The same with everything a request can carry (step budgets, start kind). */
    DeadlineAnswer deadline(String regionCode, DeadlineRequest request);

    /** A deadline's explanation in {@code locale}. */
    List<String> explain(Deadline deadline, Locale locale);

    /** Whether the national arrangement for {@code year} is loaded. */
    boolean yearLoaded(int year);
}
