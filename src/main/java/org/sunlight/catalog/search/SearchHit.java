package org.sunlight.catalog.search;

import java.time.LocalDate;

import org.sunlight.catalog.ItemLifecycle;
import org.sunlight.catalog.PowerCategory;

/**
 * One result. {@code nameHtml} is the item name and {@code snippetHtml} a passage of its guide (null when
 * the guide text did not match): both are HTML with the text escaped and the matches in
 * {@code <mark>…</mark>}, safe to insert as they are.
 */
public record SearchHit(long itemId, String code, String name, PowerCategory category, long departmentId,
        String departmentName, String regionCode, ItemLifecycle lifecycle, LocalDate abolishedOn, int versionNo,
        LocalDate effectiveFrom, float score, String nameHtml, String snippetHtml) {
}
