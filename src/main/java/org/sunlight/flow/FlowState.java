package org.sunlight.flow;

/** The life of one flowchart version. Only drafts can change; published versions are kept for ever. */
public enum FlowState {
    /** being edited by the catalog clerk; may be invalid */
    DRAFT,
    /** valid and public; applies to cases started on or after its effective date */
    PUBLISHED,
    /**
     * a later version was published to replace it; it still applies until the later version's
     * effective date, and cases started on it keep it to the end
     */
    SUPERSEDED
}
