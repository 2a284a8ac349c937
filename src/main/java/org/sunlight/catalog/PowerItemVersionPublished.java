package org.sunlight.catalog;

import java.time.LocalDate;

/** A version passed every review and was published; it is in force from {@code effectiveFrom}. */
public record PowerItemVersionPublished(long itemId, long versionId, String code, long departmentId, int versionNo,
        LocalDate effectiveFrom) {
}
