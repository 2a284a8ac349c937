package org.sunlight.casework.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.StaffView;
import org.sunlight.organization.UnitView;

/** People to choose from (officers of a penalty case): a department's active staff, labelled "unit · name". */
@Component
class StaffOptions {

    record StaffOption(long id, String label) {
    }

    private final OrganizationDirectory organization;

    StaffOptions(OrganizationDirectory organization) {
        this.organization = organization;
    }

    List<StaffOption> of(long departmentId) {
        List<StaffOption> options = new ArrayList<>();
        for (UnitView unit : organization.unitsOf(departmentId)) {
            if (!unit.active()) {
                continue;
            }
            organization.staffOf(unit.id()).stream().filter(StaffView::active).sorted(Comparator.comparing(StaffView::name))
                    .forEach(s -> options.add(new StaffOption(s.id(), unit.name() + " · " + s.name())));
        }
        return options;
    }

    String name(long staffId) {
        return organization.staff(staffId).map(StaffView::name).orElse("#" + staffId);
    }
}
