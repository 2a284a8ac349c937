package org.sunlight.flow.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.PostView;
import org.sunlight.organization.UnitView;

/** The posts a template's post names resolve to: the item department's active posts, its own unit first. */
@Component
public class ItemPosts {

    private final OrganizationDirectory organization;

    ItemPosts(OrganizationDirectory organization) {
        this.organization = organization;
    }

    /** Post name → id; where two units have a post of that name, the item's unit wins, then unit order. */
    public Map<String, Long> byName(PowerItemView item) {
        Map<String, Long> posts = new LinkedHashMap<>();
        for (UnitView u : units(item)) {
            organization.postsOf(u.id()).stream().filter(PostView::active).forEach(p -> posts.putIfAbsent(p.name(), p.id()));
        }
        return posts;
    }

    /** The department's active units, the item's unit first. */
    public List<UnitView> units(PowerItemView item) {
        return organization.unitsOf(item.departmentId()).stream().filter(UnitView::active)
                .sorted(Comparator.comparing((UnitView u) -> item.unitId() == null || u.id() != item.unitId())).toList();
    }
}
