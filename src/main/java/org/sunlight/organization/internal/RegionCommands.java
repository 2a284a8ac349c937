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
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationEvent.RegionCreated;
import org.sunlight.organization.OrganizationEvent.RegionDeactivated;
import org.sunlight.organization.OrganizationEvent.RegionMoved;
import org.sunlight.organization.OrganizationEvent.RegionReactivated;
import org.sunlight.organization.OrganizationEvent.RegionRenamed;
import org.sunlight.organization.RegionLevel;
import org.sunlight.organization.RegionView;
import org.sunlight.organization.Versioned;
import org.sunlight.organization.internal.Rows.RegionRow;

/** Creating, renaming, moving and (de)activating regions. Runs inside the facade's transaction. */
@Component
class RegionCommands {

    private final RegionStore regions;
    private final DepartmentStore departments;
    private final JdbcOrganizationDirectory directory;
    private final Changes changes;

    RegionCommands(RegionStore regions, DepartmentStore departments, JdbcOrganizationDirectory directory, Changes changes) {
        this.regions = regions;
        this.departments = departments;
        this.directory = directory;
        this.changes = changes;
    }

    Versioned<RegionView> get(String code) {
        return versioned(row(code));
    }

    Versioned<RegionView> create(String rawCode, String rawName, RegionLevel level, String rawParent) {
        String code = clean(rawCode);
        String name = clean(rawName);
        String parentCode = cleanOptional(rawParent);
        Optional<RegionRow> parent = regions.find(parentCode);
        Checks checks = Checks.start();
        RegionCodes.check(code, level, parentCode, parent.map(RegionRow::level).orElse(null)).forEach(checks::add);
        checks.text(name, "name", OrganizationAdmin.REGION_NAME_MAX).throwIfAny();
        if (regions.find(code).isPresent()) {
            throw conflictOn("code", "organization.region.code-taken", code);
        }
        if (parent.isPresent() && !parent.get().active()) {
            throw conflictOn("parentCode", "organization.region.parent.inactive", parentCode);
        }
        try {
            regions.insert(code, name, level, parentCode);
        } catch (DuplicateKeyException e) {
            throw conflictOn("code", "organization.region.code-taken", code);
        }
        RegionRow created = row(code);
        changes.done("region.create", "region", code, null, text(created),
                new RegionCreated(code, name, level, parentCode));
        return versioned(created);
    }

    Versioned<RegionView> rename(String code, long version, String rawName) {
        RegionRow before = row(code);
        String name = clean(rawName);
        Checks.start().text(name, "name", OrganizationAdmin.REGION_NAME_MAX).throwIfAny();
        requireVersion(before.version(), version);
        if (name.equals(before.name())) {
            return versioned(before);
        }
        if (!regions.rename(code, version, name)) {
            throw stale();
        }
        RegionRow after = row(code);
        changes.done("region.rename", "region", code, text(before), text(after), new RegionRenamed(code, before.name(), name));
        return versioned(after);
    }

    Versioned<RegionView> move(String code, long version, String rawParent) {
        RegionRow before = row(code);
        String parentCode = cleanOptional(rawParent);
        Optional<RegionRow> parent = regions.find(parentCode);
        Checks checks = Checks.start();
        // The code is fixed; a code that does not fit the new parent is the parent's fault here.
        for (FieldProblem p : RegionCodes.check(before.code(), before.level(), parentCode, parent.map(RegionRow::level).orElse(null))) {
            checks.add(p.field().equals("code") ? FieldProblem.of("parentCode", p.code(), p.args()) : p);
        }
        checks.throwIfAny();
        requireVersion(before.version(), version);
        if (Objects.equals(parentCode, before.parentCode())) {
            return versioned(before);
        }
        if (parent.isPresent()) {
            if (!parent.get().active()) {
                throw conflictOn("parentCode", "organization.region.parent.inactive", parentCode);
            }
            if (directory.pathOf(parent.get()).contains(code)) {
                throw conflictOn("parentCode", "organization.region.move-cycle", parentCode);
            }
        }
        if (!regions.move(code, version, parentCode)) {
            throw stale();
        }
        RegionRow after = row(code);
        changes.done("region.move", "region", code, text(before), text(after), new RegionMoved(code, before.parentCode(), parentCode));
        return versioned(after);
    }

    Versioned<RegionView> deactivate(String code) {
        RegionRow before = row(code);
        if (!before.active()) {
            return versioned(before);
        }
        int children = regions.countActiveChildren(code);
        if (children > 0) {
            throw conflict("organization.region.has-active-children", children);
        }
        int inUse = departments.countActiveIn(code);
        if (inUse > 0) {
            throw conflict("organization.region.has-active-departments", inUse);
        }
        return setActive(before, false);
    }

    Versioned<RegionView> reactivate(String code) {
        RegionRow before = row(code);
        if (before.active()) {
            return versioned(before);
        }
        if (before.parentCode() != null && !row(before.parentCode()).active()) {
            throw conflict("organization.region.parent.inactive", before.parentCode());
        }
        return setActive(before, true);
    }

    private Versioned<RegionView> setActive(RegionRow before, boolean active) {
        if (!regions.setActive(before.code(), before.version(), active)) {
            throw stale();
        }
        RegionRow after = row(before.code());
        changes.done(active ? "region.reactivate" : "region.deactivate", "region", before.code(), text(before), text(after),
                active ? new RegionReactivated(before.code()) : new RegionDeactivated(before.code()));
        return versioned(after);
    }

    private RegionRow row(String code) {
        return regions.find(code).orElseThrow(() -> new NotFoundException("organization.region.not-found", code));
    }

    private Versioned<RegionView> versioned(RegionRow r) {
        return new Versioned<>(JdbcOrganizationDirectory.view(r, directory.pathOf(r)), r.version());
    }

    private static String text(RegionRow r) {
        return AuditText.of("code", r.code(), "name", r.name(), "level", r.level(), "parentCode", r.parentCode(), "active", r.active());
    }
}
