/**
 * Calendar: working-day calendars per region (national State Council arrangement, inherited by
 * each region with local overrides) and the deadline clock.
 * <p>
 * The base package is the API. The kernel ({@link org.sunlight.calendar.WorkingCalendar},
 * {@link org.sunlight.calendar.Deadlines} and their value types) is plain Java with no framework
 * inside, so it can be tested and benchmarked on its own. {@link org.sunlight.calendar.CalendarService}
 * is what other modules call: it builds and caches each region's calendar from the module's own
 * tables and answers deadlines with an explanation in the user's language.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.sunlight.calendar;
