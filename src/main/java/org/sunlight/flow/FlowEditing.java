package org.sunlight.flow;

import java.time.LocalDate;
import java.util.List;

import org.sunlight.catalog.PowerCategory;

/**
 * The catalog clerk's commands on flowcharts. Every command requires {@code CATALOG_CLERK} with a
 * scope covering the item (its unit, or its department) and leaves an audit entry. Refusals:
 * {@link org.sunlight.common.InvalidInputException} (400, each problem naming its step or transition
 * as {@code steps[i].field} / {@code transitions[i].field}), {@link org.sunlight.common.ConflictException}
 * (409: not a draft, a draft already exists, a stale version), {@link org.sunlight.common.NotFoundException},
 * {@link org.sunlight.common.ForbiddenException}.
 */
public interface FlowEditing {

    /** All templates, in their display order. */
    List<FlowTemplate> templates();

    /** Templates recommended for the category first, then the others. */
    List<FlowTemplate> templatesFor(PowerCategory category);

    /** A new draft for the item version, from a template. One draft per item at a time. */
    FlowVersionView createFromTemplate(long itemVersionId, String templateCode);

    /** A new draft for the item version, copying another version of the same item (to revise it). */
    FlowVersionView copyToDraft(long itemVersionId, long sourceFlowVersionId);

    /** Replaces a draft's content. The draft may be invalid; only publication needs it valid. */
    FlowVersionView updateDraft(long id, long expectedVersion, FlowDefinition definition);

    /** Checks a definition against an item version without saving (for the live preview). */
    FlowValidation validate(long itemVersionId, FlowDefinition definition);

    /** Checks a saved version against its item version. */
    FlowValidation validate(long id);

    /**
     * Publishes a draft. The effective date may not be before today (a change is public before it
     * applies), nor before the catalog version's effective date or a previously published version's.
     * Errors refuse; warnings refuse unless {@code confirmWarnings}.
     */
    FlowVersionView publish(long id, long expectedVersion, LocalDate effectiveFrom, boolean confirmWarnings);

    /** Saves the draft's content and publishes it in one step (all or nothing). */
    FlowVersionView saveAndPublish(long id, long expectedVersion, FlowDefinition definition, LocalDate effectiveFrom,
            boolean confirmWarnings);

    /** Throws a draft away (drafts are referenced by nothing). */
    void discard(long id, long expectedVersion);
}
