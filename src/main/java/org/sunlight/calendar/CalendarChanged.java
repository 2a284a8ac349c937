package org.sunlight.calendar;

import java.util.Set;

/**
 * Published when a region's calendar (or the national one, {@link CalendarService#NATIONAL}) changed
 * in the given years: an entry added, overridden or removed, a year imported, or a national year
 * marked loaded or not. Modules that store due dates recompute those that depend on these years —
 * in particular provisional ones once the State Council arrangement arrives. A national change
 * affects every region.
 */
public record CalendarChanged(String regionCode, Set<Integer> years) {
}
