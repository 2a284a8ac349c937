package org.sunlight.organization;

import java.util.Set;

/** A member of staff, placed in one unit, holding zero or more posts there. */
public record StaffView(long id, String name, long unitId, long departmentId, String regionCode, Set<Long> postIds, boolean active) {
}
