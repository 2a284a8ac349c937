package org.sunlight.flow;

import java.time.LocalDate;

/** A flowchart version was published; cases started on or after {@code effectiveFrom} use it. */
public record FlowVersionPublished(long flowVersionId, long itemId, long itemVersionId, int versionNo, LocalDate effectiveFrom) {
}
