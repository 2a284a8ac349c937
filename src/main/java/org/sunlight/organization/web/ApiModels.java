package org.sunlight.organization.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;

import org.sunlight.common.InvalidInputException;
import org.sunlight.organization.DepartmentKind;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.PostView;
import org.sunlight.organization.RegionLevel;
import org.sunlight.organization.RegionView;
import org.sunlight.organization.StaffView;
import org.sunlight.organization.UnitView;
import org.sunlight.organization.Versioned;

/**
 * The JSON the organisation API reads and writes. Single-object answers carry the {@code version}
 * a client sends back with its next rename or move.
 */
final class ApiModels {

    private ApiModels() {
    }

    // ---- requests

    record CreateRegion(String code, String name, String level, String parentCode) {
    }

    record CreateDepartment(String regionCode, String name, String shortName, String kind) {
    }

    record CreateUnit(@NotNull(message = "{error.required}") Long departmentId, String name) {
    }

    record CreatePost(@NotNull(message = "{error.required}") Long unitId, String name) {
    }

    record CreateStaff(String name, @NotNull(message = "{error.required}") Long unitId) {
    }

    record Rename(String name, @NotNull(message = "{error.required}") Long version) {
    }

    record RenameDepartment(String name, String shortName, String kind, @NotNull(message = "{error.required}") Long version) {
    }

    record MoveRegion(String parentCode, @NotNull(message = "{error.required}") Long version) {
    }

    record MoveDepartment(String regionCode, @NotNull(message = "{error.required}") Long version) {
    }

    record MoveUnit(@NotNull(message = "{error.required}") Long departmentId, @NotNull(message = "{error.required}") Long version) {
    }

    record MoveToUnit(@NotNull(message = "{error.required}") Long unitId, @NotNull(message = "{error.required}") Long version) {
    }

    // ---- answers

    record RegionJson(String code, String name, RegionLevel level, String parentCode, List<String> path, boolean active, long version) {
        static RegionJson of(Versioned<RegionView> v) {
            RegionView r = v.value();
            return new RegionJson(r.code(), r.name(), r.level(), r.parentCode(), r.path(), r.active(), v.version());
        }
    }

    record DepartmentJson(long id, String regionCode, String name, String shortName, DepartmentKind kind, boolean active, long version) {
        static DepartmentJson of(Versioned<DepartmentView> v, DepartmentKind kind) {
            DepartmentView d = v.value();
            return new DepartmentJson(d.id(), d.regionCode(), d.name(), d.shortName(), kind, d.active(), v.version());
        }
    }

    record UnitJson(long id, long departmentId, String name, boolean active, long version) {
        static UnitJson of(Versioned<UnitView> v) {
            UnitView u = v.value();
            return new UnitJson(u.id(), u.departmentId(), u.name(), u.active(), v.version());
        }
    }

    record PostJson(long id, long unitId, String name, boolean active, long version) {
        static PostJson of(Versioned<PostView> v) {
            PostView p = v.value();
            return new PostJson(p.id(), p.unitId(), p.name(), p.active(), v.version());
        }
    }

    record StaffJson(long id, String name, long unitId, long departmentId, String regionCode, Set<Long> postIds, boolean active, long version) {
        static StaffJson of(Versioned<StaffView> v) {
            StaffView s = v.value();
            return new StaffJson(s.id(), s.name(), s.unitId(), s.departmentId(), s.regionCode(), s.postIds(), s.active(), v.version());
        }
    }

    // ---- parsing of enumerated fields, so a wrong value is a 400 naming its field

    static RegionLevel level(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RegionLevel.valueOf(value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("level", "organization.region.level.invalid");
        }
    }

    static DepartmentKind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DepartmentKind.valueOf(value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "organization.department.kind.invalid");
        }
    }
}
