package org.sunlight.catalog.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import org.sunlight.catalog.CatalogAction;
import org.sunlight.catalog.ItemDetail;
import org.sunlight.catalog.ItemLifecycle;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemVersionView;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.catalog.ReviewLevel;
import org.sunlight.catalog.SignOffView;
import org.sunlight.common.Checks;

/** Request and response bodies of the catalog API. */
final class ApiModels {

    private ApiModels() {
    }

    @Schema(description = "A new power item with its first (possibly incomplete) draft")
    record CreateItem(@Schema(example = "320102001000-321081-001") String code, Long departmentId,
            @Schema(description = "optional unit (科室) of the department") Long unitId,
            @Schema(description = "number in the department's list; next free one when absent") Integer seqNo,
            PowerItemContent content) {
    }

    @Schema(description = "A draft's new content, with the version (optimistic lock) the editor loaded")
    record EditDraft(Long version, PowerItemContent content) {
    }

    @Schema(description = "The version (optimistic lock) the caller acted on")
    record Expected(Long version) {
    }

    @Schema(description = "A review decision; level defaults to the level the version is waiting for")
    record ReviewDecision(Long version, ReviewLevel level, String opinion) {
    }

    @Schema(description = "Publication of a legally approved version")
    record Publish(Long version, @Schema(example = "2026-12-01") LocalDate effectiveFrom) {
    }

    @Schema(description = "Suspend, resume or abolish: the item's version (optimistic lock), the reason, and for abolish the date")
    record LifecycleChange(Long version, String reason, LocalDate abolishedOn) {
    }

    @Schema(description = "Delegation to a department at a lower level; code defaults to <code>-<region code>")
    record Delegate(Long version, Long departmentId, String code, String reason) {
    }

    @Schema(description = "Assignment to a unit (null: back to the department) by number range or by item ids")
    record Assign(Long unitId, Integer fromSeq, Integer toSeq, List<Long> itemIds) {
    }

    record ItemJson(long id, String code, long departmentId, Long unitId, int seqNo, ItemLifecycle lifecycle,
            String lifecycleReason, LocalDate abolishedOn, Long delegatedToItemId, Long delegatedFromItemId, long version,
            boolean acceptsNewCases) {

        static ItemJson of(PowerItemView i) {
            return new ItemJson(i.id(), i.code(), i.departmentId(), i.unitId(), i.seqNo(), i.lifecycle(), i.lifecycleReason(),
                    i.abolishedOn(), i.delegatedToItemId(), i.delegatedFromItemId(), i.version(), i.acceptsNewCases());
        }
    }

    record DetailJson(ItemJson item, List<PowerItemVersionView> versions, List<SignOffView> trail, Set<CatalogAction> actions,
            ReviewLevel reviewLevel) {

        static DetailJson of(ItemDetail d) {
            return new DetailJson(ItemJson.of(d.item()), d.versions(), d.trail(), d.actions(), d.reviewLevel());
        }
    }

    /** A required optimistic-lock version, reported as a field problem when absent. */
    static long version(Long version) {
        Checks.start().require(version != null, "version", "error.required").throwIfAny();
        return version;
    }
}
