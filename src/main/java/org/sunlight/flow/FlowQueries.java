package org.sunlight.flow;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Read access to flowcharts for other modules. A case starts on {@link #flowInForce} for its
 * item and start date, stores the version id, and keeps using {@link #model(long)} of that version
 * to the end, even after newer versions take effect.
 */
public interface FlowQueries {

    Optional<FlowVersionView> version(long flowVersionId);

    /** Every version of an item, newest first (drafts included: callers filter for the public). */
    List<FlowVersionView> versionsOf(long itemId);

    /**
     * The version that applies to a case started on {@code date}: the published (or since superseded)
     * version with the latest effective date on or before {@code date} (the higher version number
     * when two share a date).
     */
    Optional<FlowVersionView> flowInForce(long itemId, LocalDate date);

    /** As {@link #flowInForce(long, LocalDate)} for the item with this catalog code. */
    Optional<FlowVersionView> flowInForce(String itemCode, LocalDate date);

    /** The runnable model of a published or superseded version (empty for drafts and unknown ids). */
    Optional<FlowModel> model(long flowVersionId);
}
