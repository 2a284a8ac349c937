package org.sunlight.catalog;

import java.time.Instant;
import java.time.LocalDate;

/** One version of an item with its content and review state. */
public record PowerItemVersionView(long id, long itemId, int versionNo, VersionState state, LocalDate effectiveFrom,
        Instant publishedAt, PowerItemContent content, long version) {
}
