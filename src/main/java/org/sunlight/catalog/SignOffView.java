package org.sunlight.catalog;

import java.time.Instant;

/**
 * One step of an item's trail (新增, 提交, 审核, 退回, 发布, 挂起, …): who did it in which role, when,
 * with what opinion, and the state before and after. {@code versionNo} is null for item-level steps.
 */
public record SignOffView(long id, long itemId, Long versionId, Integer versionNo, String action, String fromState,
        String toState, String actor, String role, String opinion, Instant at) {
}
