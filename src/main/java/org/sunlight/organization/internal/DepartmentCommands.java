package org.sunlight.organization.internal;

import static org.sunlight.organization.internal.Changes.clean;
import static org.sunlight.organization.internal.Changes.cleanOptional;
import static org.sunlight.organization.internal.Changes.conflict;
import static org.sunlight.organization.internal.Changes.conflictOn;
import static org.sunlight.organization.internal.Changes.requireVersion;
import static org.sunlight.organization.internal.Changes.stale;

import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.sunlight.common.Checks;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.NotFoundException;
import org.sunlight.organization.DepartmentKind;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationEvent.DepartmentCreated;
import org.sunlight.organization.OrganizationEvent.DepartmentDeactivated;
import org.sunlight.organization.OrganizationEvent.DepartmentMoved;
import org.sunlight.organization.OrganizationEvent.DepartmentReactivated;
import org.sunlight.organization.OrganizationEvent.DepartmentRenamed;
import org.sunlight.organization.Versioned;
import org.sunlight.organization.internal.Rows.DepartmentRow;
import org.sunlight.organization.internal.Rows.RegionRow;

/** Creating, renaming, moving and (de)activating departments. Runs inside the facade's transaction. */
@Component
class DepartmentCommands {

    private final RegionStore regions;
    private final DepartmentStore departments;
    private final UnitStore units;
    private final Changes changes;

    DepartmentCommands(RegionStore regions, DepartmentStore departments, UnitStore units, Changes changes) {
        this.regions = regions;
        this.departments = departments;
        this.units = units;
        this.changes = changes;
    }

    Versioned<DepartmentView> get(long id) {
        return versioned(row(id));
    }

    Versioned<DepartmentView> create(String rawRegion, String rawName, String rawShort, DepartmentKind kind) {
        String regionCode = clean(rawRegion);
        String name = clean(rawName);
        String shortName = cleanOptional(rawShort);
        Checks checks = Checks.start()
                .text(name, "name", OrganizationAdmin.DEPARTMENT_NAME_MAX)
                .optionalText(shortName, "shortName", OrganizationAdmin.SHORT_NAME_MAX);
        RegionRow region = existingRegion(regionCode, checks);
        checks.throwIfAny();
        if (!region.active()) {
            throw conflictOn("regionCode", "organization.region.inactive", regionCode);
        }
        if (departments.findByName(regionCode, name).isPresent()) {
            throw conflictOn("name", "organization.department.name-taken", name);
        }
        long id;
        try {
            id = departments.insert(regionCode, name, shortName, kind);
        } catch (DuplicateKeyException e) {
            throw conflictOn("name", "organization.department.name-taken", name);
        }
        DepartmentRow created = row(id);
        changes.done("department.create", "department", id, null, text(created),
                new DepartmentCreated(id, regionCode, name, shortName));
        return versioned(created);
    }

    Versioned<DepartmentView> rename(long id, long version, String rawName, String rawShort, DepartmentKind kind) {
        DepartmentRow before = row(id);
        String name = clean(rawName);
        String shortName = cleanOptional(rawShort);
        Checks.start()
                .text(name, "name", OrganizationAdmin.DEPARTMENT_NAME_MAX)
                .optionalText(shortName, "shortName", OrganizationAdmin.SHORT_NAME_MAX)
                .throwIfAny();
        requireVersion(before.version(), version);
        if (name.equals(before.name()) && Objects.equals(shortName, before.shortName()) && kind == before.kind()) {
            return versioned(before);
        }
        Optional<DepartmentRow> sameName = departments.findByName(before.regionCode(), name);
        if (sameName.isPresent() && sameName.get().id() != id) {
            throw conflictOn("name", "organization.department.name-taken", name);
        }
        if (!departments.rename(id, version, name, shortName, kind)) {
            throw stale();
        }
        DepartmentRow after = row(id);
        changes.done("department.rename", "department", id, text(before), text(after),
                new DepartmentRenamed(id, before.name(), name, shortName));
        return versioned(after);
    }

    Versioned<DepartmentView> move(long id, long version, String rawRegion) {
        DepartmentRow before = row(id);
        String regionCode = clean(rawRegion);
        Checks checks = Checks.start();
        RegionRow region = existingRegion(regionCode, checks);
        checks.throwIfAny();
        requireVersion(before.version(), version);
        if (regionCode.equals(before.regionCode())) {
            return versioned(before);
        }
        if (!region.active()) {
            throw conflictOn("regionCode", "organization.region.inactive", regionCode);
        }
        if (departments.findByName(regionCode, before.name()).isPresent()) {
            throw conflictOn("regionCode", "organization.department.name-taken-in-region", before.name(), region.name());
        }
        if (!departments.move(id, version, regionCode)) {
            throw stale();
        }
        DepartmentRow after = row(id);
        changes.done("department.move", "department", id, text(before), text(after),
                new DepartmentMoved(id, before.regionCode(), regionCode));
        return versioned(after);
    }

    Versioned<DepartmentView> deactivate(long id) {
        DepartmentRow before = row(id);
        if (!before.active()) {
            return versioned(before);
        }
        int inUse = units.countActiveIn(id);
        if (inUse > 0) {
            throw conflict("organization.department.has-active-units", inUse);
        }
        return setActive(before, false);
    }

    Versioned<DepartmentView> reactivate(long id) {
        DepartmentRow before = row(id);
        if (before.active()) {
            return versioned(before);
        }
        if (!regions.find(before.regionCode()).map(RegionRow::active).orElse(false)) {
            throw conflict("organization.region.inactive", before.regionCode());
        }
        return setActive(before, true);
    }

    private Versioned<DepartmentView> setActive(DepartmentRow before, boolean active) {
        if (!departments.setActive(before.id(), before.version(), active)) {
            throw stale();
        }
        DepartmentRow after = row(before.id());
        changes.done(active ? "department.reactivate" : "department.deactivate", "department", before.id(), text(before), text(after),
                active ? new DepartmentReactivated(before.id()) : new DepartmentDeactivated(before.id()));
        return versioned(after);
    }

    /** The region a department is to live in; a missing or unknown code is a problem with the field. */
    private RegionRow existingRegion(String regionCode, Checks checks) {
        if (regionCode == null || regionCode.isEmpty()) {
            checks.add(FieldProblem.of("regionCode", "error.required"));
            return null;
        }
        Optional<RegionRow> region = regions.find(regionCode);
        if (region.isEmpty()) {
            checks.add(FieldProblem.of("regionCode", "organization.region.not-found", regionCode));
        }
        return region.orElse(null);
    }

    private DepartmentRow row(long id) {
        return departments.find(id).orElseThrow(() -> new NotFoundException("organization.department.not-found", String.valueOf(id)));
    }

    private static Versioned<DepartmentView> versioned(DepartmentRow d) {
        return new Versioned<>(JdbcOrganizationDirectory.view(d), d.version());
    }

    private static String text(DepartmentRow d) {
        return AuditText.of("id", d.id(), "regionCode", d.regionCode(), "name", d.name(), "shortName", d.shortName(),
                "kind", d.kind(), "active", d.active());
    }
}
