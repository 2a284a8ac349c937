package org.sunlight.flow;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One flowchart version of a power item. {@code itemVersionId} is the catalog version it was drawn
 * for (its promised limit and risk points are what the flowchart was checked against);
 * {@code version} is the optimistic-lock counter a draft's editor sends back.
 */
public record FlowVersionView(long id, long itemId, long itemVersionId, int versionNo, FlowState state, String template,
        LocalDate effectiveFrom, Instant publishedAt, String publishedBy, boolean warningsConfirmed, FlowDefinition definition,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version) {

    public boolean draft() {
        return state == FlowState.DRAFT;
    }

    /** Published or superseded: visible to the public and usable by cases. */
    public boolean released() {
        return state == FlowState.PUBLISHED || state == FlowState.SUPERSEDED;
    }
}
