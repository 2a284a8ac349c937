package org.sunlight.organization;

import java.util.List;

/**
 * A region as other modules see it. {@code path} lists the codes from the root down to and
 * including this region, so "is X within Y's subtree" is {@code x.path().contains(y.code())}.
 */
public record RegionView(String code, String name, RegionLevel level, String parentCode, List<String> path, boolean active) {

    public boolean within(String ancestorCode) {
        return path.contains(ancestorCode);
    }
}
