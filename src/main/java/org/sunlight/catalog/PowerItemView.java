package org.sunlight.catalog;

import java.time.LocalDate;

/**
 * A power item's stable identity: its code, owning department, assigned unit, number in the
 * department's list (for assignment by range), and its lifecycle.
 */
public record PowerItemView(long id, String code, long departmentId, Long unitId, int seqNo, ItemLifecycle lifecycle,
        String lifecycleReason, LocalDate abolishedOn, Long delegatedToItemId, Long delegatedFromItemId, long version) {

    /** Suspended, abolished and delegated items accept no new cases. */
    public boolean acceptsNewCases() {
        return lifecycle == ItemLifecycle.ACTIVE;
    }
}
