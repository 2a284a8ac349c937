package org.sunlight.catalog;

/**
 * Filters of a department's catalog list; null means "any". {@code unassigned} lists only items
 * without a unit (then {@code unitId} is ignored). {@code query} matches code or name.
 */
public record ItemFilter(long departmentId, Long unitId, boolean unassigned, PowerCategory category, VersionState state,
        ItemLifecycle lifecycle, String query) {

    public static ItemFilter of(long departmentId) {
        return new ItemFilter(departmentId, null, false, null, null, null, null);
    }
}
