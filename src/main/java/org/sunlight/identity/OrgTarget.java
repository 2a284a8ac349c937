package org.sunlight.identity;

import java.util.List;

/**
 * Where in the organisation an action lands: the region path (root → region), and the department
 * and unit when known. Built by {@link CurrentUser#targetOfUnit}, {@link CurrentUser#targetOfDepartment}
 * or {@link CurrentUser#targetOfRegion}.
 */
public record OrgTarget(List<String> regionPath, Long departmentId, Long unitId) {

    public String regionCode() {
        return regionPath.isEmpty() ? null : regionPath.get(regionPath.size() - 1);
    }
}
