package org.sunlight.catalog;

import java.time.Instant;

/**
 * A version waiting for the signed-in reviewer at {@code level}: the item, the version, who submitted
 * it and when it arrived at this level.
 */
public record ReviewTask(ReviewLevel level, PowerItemView item, long versionId, int versionNo, long version,
        String name, PowerCategory category, String submittedBy, Instant waitingSince) {
}
