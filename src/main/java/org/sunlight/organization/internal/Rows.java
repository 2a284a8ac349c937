package org.sunlight.organization.internal;

import org.sunlight.organization.DepartmentKind;
import org.sunlight.organization.RegionLevel;

/** The stored rows, as the stores read and write them. */
final class Rows {

    private Rows() {
    }

    record RegionRow(String code, String name, RegionLevel level, String parentCode, boolean active, long version) {
    }

    record DepartmentRow(long id, String regionCode, String name, String shortName, DepartmentKind kind,
            boolean active, long version) {
    }

    record UnitRow(long id, long departmentId, String name, boolean active, long version) {
    }

    record PostRow(long id, long unitId, String name, boolean active, long version) {
    }

    record StaffRow(long id, String name, long unitId, boolean active, long version) {
    }
}
