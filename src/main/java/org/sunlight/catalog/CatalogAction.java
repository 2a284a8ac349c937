package org.sunlight.catalog;

/**
 * What can be done to an item or its versions. The item page offers exactly the actions
 * {@link CatalogOverview#allowedActions} returns for the signed-in user.
 */
public enum CatalogAction {
    /** change the open draft's content (catalog clerk) */
    EDIT,
    /** send the draft to review (catalog clerk) */
    SUBMIT,
    /** approve or reject at a review level (the level's role) */
    REVIEW,
    /** publish the legally approved version with an effective date (catalog clerk) */
    PUBLISH,
    /** start a new draft version from the published one (catalog clerk) */
    NEW_VERSION,
    /** suspend the item (leader) */
    SUSPEND,
    /** resume a suspended item (leader) */
    RESUME,
    /** abolish the item, finally (leader) */
    ABOLISH,
    /** delegate the item to a department at a lower level (leader) */
    DELEGATE
}
