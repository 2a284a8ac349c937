package org.sunlight.catalog.search;

import java.time.LocalDate;
import java.util.List;

import org.sunlight.catalog.ItemLifecycle;
import org.sunlight.catalog.PowerCategory;

/**
 * What the index holds of one item: only public data of the version in force (see {@link PublicItemText}
 * for what goes into {@code body}). {@code regionPath} runs from the root region down to the
 * department's region.
 */
public record IndexedItem(long itemId, String code, int seqNo, String name, PowerCategory category, long departmentId,
        String departmentName, String regionCode, List<String> regionPath, ItemLifecycle lifecycle, LocalDate abolishedOn,
        int versionNo, LocalDate effectiveFrom, String body) {
}
