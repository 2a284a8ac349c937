package org.sunlight.catalog;

/**
 * The review of one version, level by level (clerk › unit head › leader › legal review › published).
 * Rejection at any level returns the version to DRAFT with the opinion.
 */
public enum VersionState {
    /** being written by the catalog clerk; the only editable state */
    DRAFT,
    /** submitted, awaiting the unit head */
    SUBMITTED,
    /** approved by the unit head, awaiting the leader */
    UNIT_APPROVED,
    /** approved by the leader, awaiting legal review */
    LEADER_APPROVED,
    /** passed legal review, ready to publish with an effective date */
    LEGAL_APPROVED,
    /** public; in force from its effective date until superseded */
    PUBLISHED,
    /** replaced by a later published version; stays in the public history */
    SUPERSEDED
}
