package org.sunlight.catalog;

/**
 * Command to add a power item to a department's catalog. {@code unitId} is optional (assignment may
 * come later); {@code seqNo} is the number in the department's list, the next free one when null.
 * {@code content} is the first draft and may be incomplete: completeness is checked at submission.
 */
public record NewPowerItem(String code, Long departmentId, Long unitId, Integer seqNo, PowerItemContent content) {
}
