package org.sunlight.organization.internal;

import static org.sunlight.organization.internal.Changes.clean;
import static org.sunlight.organization.internal.Changes.conflict;
import static org.sunlight.organization.internal.Changes.conflictOn;
import static org.sunlight.organization.internal.Changes.requireVersion;
import static org.sunlight.organization.internal.Changes.stale;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.sunlight.common.Checks;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.InvalidInputException;
import org.sunlight.common.NotFoundException;
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationEvent.UnitCreated;
import org.sunlight.organization.OrganizationEvent.UnitDeactivated;
import org.sunlight.organization.OrganizationEvent.UnitMoved;
import org.sunlight.organization.OrganizationEvent.UnitReactivated;
import org.sunlight.organization.OrganizationEvent.UnitRenamed;
import org.sunlight.organization.UnitView;
import org.sunlight.organization.Versioned;
import org.sunlight.organization.internal.Rows.DepartmentRow;
import org.sunlight.organization.internal.Rows.UnitRow;

/** Creating, renaming, moving and (de)activating units (科室). Runs inside the facade's transaction. */
@Component
class UnitCommands {

    private final DepartmentStore departments;
    private final UnitStore units;
    private final PostStore posts;
    private final StaffStore staff;
    private final Changes changes;

    UnitCommands(DepartmentStore departments, UnitStore units, PostStore posts, StaffStore staff, Changes changes) {
        this.departments = departments;
        this.units = units;
        this.posts = posts;
        this.staff = staff;
        this.changes = changes;
    }

    Versioned<UnitView> get(long id) {
        return versioned(row(id));
    }

    Versioned<UnitView> create(long departmentId, String rawName) {
        String name = clean(rawName);
        Checks checks = Checks.start().text(name, "name", OrganizationAdmin.UNIT_NAME_MAX);
        Optional<DepartmentRow> department = departments.find(departmentId);
        if (department.isEmpty()) {
            checks.add(FieldProblem.of("departmentId", "organization.department.not-found", String.valueOf(departmentId)));
        }
        checks.throwIfAny();
        if (!department.get().active()) {
            throw conflictOn("departmentId", "organization.department.inactive", department.get().name());
        }
        if (units.findByName(departmentId, name).isPresent()) {
            throw conflictOn("name", "organization.unit.name-taken", name);
        }
        long id;
        try {
            id = units.insert(departmentId, name);
        } catch (DuplicateKeyException e) {
            throw conflictOn("name", "organization.unit.name-taken", name);
        }
        UnitRow created = row(id);
        changes.done("unit.create", "unit", id, null, text(created), new UnitCreated(id, departmentId, name));
        return versioned(created);
    }

    Versioned<UnitView> rename(long id, long version, String rawName) {
        UnitRow before = row(id);
        String name = clean(rawName);
        Checks.start().text(name, "name", OrganizationAdmin.UNIT_NAME_MAX).throwIfAny();
        requireVersion(before.version(), version);
        if (name.equals(before.name())) {
            return versioned(before);
        }
        if (units.findByName(before.departmentId(), name).isPresent()) {
            throw conflictOn("name", "organization.unit.name-taken", name);
        }
        if (!units.rename(id, version, name)) {
            throw stale();
        }
        UnitRow after = row(id);
        changes.done("unit.rename", "unit", id, text(before), text(after), new UnitRenamed(id, before.name(), name));
        return versioned(after);
    }

    Versioned<UnitView> move(long id, long version, long departmentId) {
        UnitRow before = row(id);
        Optional<DepartmentRow> department = departments.find(departmentId);
        if (department.isEmpty()) {
            throw new InvalidInputException("departmentId", "organization.department.not-found", String.valueOf(departmentId));
        }
        requireVersion(before.version(), version);
        if (departmentId == before.departmentId()) {
            return versioned(before);
        }
        if (!department.get().active()) {
            throw conflictOn("departmentId", "organization.department.inactive", department.get().name());
        }
        if (units.findByName(departmentId, before.name()).isPresent()) {
            throw conflictOn("departmentId", "organization.unit.name-taken-in-department", before.name(), department.get().name());
        }
        if (!units.move(id, version, departmentId)) {
            throw stale();
        }
        UnitRow after = row(id);
        changes.done("unit.move", "unit", id, text(before), text(after), new UnitMoved(id, before.departmentId(), departmentId));
        return versioned(after);
    }

    Versioned<UnitView> deactivate(long id) {
        UnitRow before = row(id);
        if (!before.active()) {
            return versioned(before);
        }
        int activePosts = posts.countActiveIn(id);
        if (activePosts > 0) {
            throw conflict("organization.unit.has-active-posts", activePosts);
        }
        int activeStaff = staff.countActiveIn(id);
        if (activeStaff > 0) {
            throw conflict("organization.unit.has-active-staff", activeStaff);
        }
        return setActive(before, false);
    }

    Versioned<UnitView> reactivate(long id) {
        UnitRow before = row(id);
        if (before.active()) {
            return versioned(before);
        }
        DepartmentRow department = departments.find(before.departmentId()).orElseThrow();
        if (!department.active()) {
            throw conflict("organization.department.inactive", department.name());
        }
        return setActive(before, true);
    }

    private Versioned<UnitView> setActive(UnitRow before, boolean active) {
        if (!units.setActive(before.id(), before.version(), active)) {
            throw stale();
        }
        UnitRow after = row(before.id());
        changes.done(active ? "unit.reactivate" : "unit.deactivate", "unit", before.id(), text(before), text(after),
                active ? new UnitReactivated(before.id()) : new UnitDeactivated(before.id()));
        return versioned(after);
    }

    private UnitRow row(long id) {
        return units.find(id).orElseThrow(() -> new NotFoundException("organization.unit.not-found", String.valueOf(id)));
    }

    private static Versioned<UnitView> versioned(UnitRow u) {
        return new Versioned<>(JdbcOrganizationDirectory.view(u), u.version());
    }

    private static String text(UnitRow u) {
        return AuditText.of("id", u.id(), "departmentId", u.departmentId(), "name", u.name(), "active", u.active());
    }
}
