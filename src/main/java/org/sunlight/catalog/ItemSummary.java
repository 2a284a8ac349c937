package org.sunlight.catalog;

/**
 * A line of a department's catalog list: the item with its newest version's name, category and
 * state, and the number of the version currently published (null when none is).
 */
public record ItemSummary(PowerItemView item, long latestVersionId, int latestVersionNo, VersionState latestState,
        String name, PowerCategory category, Integer publishedVersionNo) {
}
