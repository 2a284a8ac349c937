package org.sunlight.identity.web;

import org.springframework.stereotype.Component;
import org.sunlight.identity.CurrentUser;
import org.sunlight.identity.Grant;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.RegionView;
import org.sunlight.organization.UnitView;

/** Human names for a grant's scope: 仪征市住房和城乡建设局 · 法规科, 扬州市 (含下级), … */
@Component
class ScopeLabels {

    private final OrganizationDirectory organization;

    ScopeLabels(OrganizationDirectory organization) {
        this.organization = organization;
    }

    record GrantLabel(Grant grant, String scope) {
    }

    GrantLabel label(Grant g) {
        String scope = switch (g.scopeKind()) {
            case NONE -> "";
            case UNIT -> organization.unit(Long.parseLong(g.scopeRef())).map(this::unitName).orElse(g.scopeRef());
            case DEPARTMENT -> organization.department(Long.parseLong(g.scopeRef())).map(DepartmentView::name).orElse(g.scopeRef());
            case REGION -> CurrentUser.EVERYWHERE.equals(g.scopeRef()) ? "*"
                    : organization.region(g.scopeRef()).map(RegionView::name).orElse(g.scopeRef()) + " (" + g.scopeRef() + ")";
        };
        return new GrantLabel(g, scope);
    }

    private String unitName(UnitView u) {
        return organization.department(u.departmentId()).map(d -> d.name() + " · ").orElse("") + u.name();
    }
}
