package org.sunlight.flow.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.common.NotFoundException;
import org.sunlight.identity.CurrentUser;
import org.sunlight.identity.Grant;
import org.sunlight.identity.OrgTarget;
import org.sunlight.identity.Role;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.UnitView;

/**
 * Who may edit an item's flowcharts: a catalog clerk whose scope covers the item — its unit when the
 * item is assigned to one, else its department (a department-wide clerk covers every unit of it).
 */
@Component
public class FlowPermissions {

    private final CatalogQueries catalog;
    private final CurrentUser currentUser;
    private final OrganizationDirectory organization;

    FlowPermissions(CatalogQueries catalog, CurrentUser currentUser, OrganizationDirectory organization) {
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.organization = organization;
    }

    public PowerItemView item(long itemId) {
        return catalog.item(itemId).orElseThrow(() -> new NotFoundException("flow.error.item-not-found", itemId));
    }

    public OrgTarget targetOf(PowerItemView item) {
        return item.unitId() != null ? currentUser.targetOfUnit(item.unitId()) : currentUser.targetOfDepartment(item.departmentId());
    }

    public boolean canEdit(PowerItemView item) {
        return currentUser.can(Role.CATALOG_CLERK, targetOf(item));
    }

    /** The item, if the current user may edit its flowcharts; refuses otherwise. */
    public PowerItemView requireEditor(long itemId) {
        PowerItemView item = item(itemId);
        currentUser.require(Role.CATALOG_CLERK, targetOf(item));
        return item;
    }

    /** The items the current user may edit, by department then list order. */
    public List<PowerItemView> editableItems() {
        Map<Long, PowerItemView> items = new LinkedHashMap<>();
        for (Grant g : currentUser.grants(Role.CATALOG_CLERK)) {
            switch (g.scopeKind()) {
                case DEPARTMENT -> catalog.itemsOf(Long.parseLong(g.scopeRef())).forEach(i -> items.putIfAbsent(i.id(), i));
                case UNIT -> organization.unit(Long.parseLong(g.scopeRef())).map(UnitView::departmentId).ifPresent(d ->
                        catalog.itemsOf(d).stream().filter(i -> String.valueOf(i.unitId()).equals(g.scopeRef()))
                                .forEach(i -> items.putIfAbsent(i.id(), i)));
                default -> {
                    // region grants are not given to clerks (Role.CATALOG_CLERK allows department and unit scopes)
                }
            }
        }
        return new ArrayList<>(items.values());
    }
}
