package org.sunlight.organization.internal;

import static org.sunlight.organization.internal.Changes.clean;
import static org.sunlight.organization.internal.Changes.conflict;
import static org.sunlight.organization.internal.Changes.conflictOn;
import static org.sunlight.organization.internal.Changes.requireVersion;
import static org.sunlight.organization.internal.Changes.stale;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.sunlight.common.Checks;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.InvalidInputException;
import org.sunlight.common.NotFoundException;
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationEvent.StaffCreated;
import org.sunlight.organization.OrganizationEvent.StaffDeactivated;
import org.sunlight.organization.OrganizationEvent.StaffMoved;
import org.sunlight.organization.OrganizationEvent.StaffPostGranted;
import org.sunlight.organization.OrganizationEvent.StaffPostRevoked;
import org.sunlight.organization.OrganizationEvent.StaffReactivated;
import org.sunlight.organization.OrganizationEvent.StaffRenamed;
import org.sunlight.organization.StaffView;
import org.sunlight.organization.Versioned;
import org.sunlight.organization.internal.Rows.PostRow;
import org.sunlight.organization.internal.Rows.StaffRow;
import org.sunlight.organization.internal.Rows.UnitRow;

/**
 * Staff: creating, renaming, placing in a unit, (de)activating, and the posts they hold.
 * Names may repeat (two people can share a name). Runs inside the facade's transaction.
 */
@Component
class StaffCommands {

    private final UnitStore units;
    private final PostStore posts;
    private final StaffStore staff;
    private final Changes changes;

    StaffCommands(UnitStore units, PostStore posts, StaffStore staff, Changes changes) {
        this.units = units;
        this.posts = posts;
        this.staff = staff;
        this.changes = changes;
    }

    Versioned<StaffView> get(long id) {
        return versioned(row(id));
    }

    Versioned<StaffView> create(String rawName, long unitId) {
        String name = clean(rawName);
        Checks checks = Checks.start().text(name, "name", OrganizationAdmin.STAFF_NAME_MAX);
        Optional<UnitRow> unit = units.find(unitId);
        if (unit.isEmpty()) {
            checks.add(FieldProblem.of("unitId", "organization.unit.not-found", String.valueOf(unitId)));
        }
        checks.throwIfAny();
        if (!unit.get().active()) {
            throw conflictOn("unitId", "organization.unit.inactive", unit.get().name());
        }
        long id = staff.insert(name, unitId);
        StaffRow created = row(id);
        changes.done("staff.create", "staff", id, null, text(created, Set.of()), new StaffCreated(id, name, unitId));
        return versioned(created);
    }

    Versioned<StaffView> rename(long id, long version, String rawName) {
        StaffRow before = row(id);
        String name = clean(rawName);
        Checks.start().text(name, "name", OrganizationAdmin.STAFF_NAME_MAX).throwIfAny();
        requireVersion(before.version(), version);
        if (name.equals(before.name())) {
            return versioned(before);
        }
        if (!staff.rename(id, version, name)) {
            throw stale();
        }
        StaffRow after = row(id);
        Set<Long> held = staff.postsOf(id);
        changes.done("staff.rename", "staff", id, text(before, held), text(after, held), new StaffRenamed(id, before.name(), name));
        return versioned(after);
    }

    Versioned<StaffView> move(long id, long version, long unitId) {
        StaffRow before = row(id);
        Optional<UnitRow> unit = units.find(unitId);
        if (unit.isEmpty()) {
            throw new InvalidInputException("unitId", "organization.unit.not-found", String.valueOf(unitId));
        }
        requireVersion(before.version(), version);
        if (unitId == before.unitId()) {
            return versioned(before);
        }
        if (!unit.get().active()) {
            throw conflictOn("unitId", "organization.unit.inactive", unit.get().name());
        }
        Set<Long> held = staff.postsOf(id);
        if (!staff.move(id, version, unitId)) {
            throw stale();
        }
        // Posts belong to units: the old unit's posts do not travel with the person.
        staff.revokeAll(id);
        StaffRow after = row(id);
        changes.done("staff.move", "staff", id, text(before, held), text(after, Set.of()),
                new StaffMoved(id, before.unitId(), unitId, Set.copyOf(held)));
        return versioned(after);
    }

    Versioned<StaffView> deactivate(long id) {
        StaffRow before = row(id);
        if (!before.active()) {
            return versioned(before);
        }
        return setActive(before, false);
    }

    Versioned<StaffView> reactivate(long id) {
        StaffRow before = row(id);
        if (before.active()) {
            return versioned(before);
        }
        UnitRow unit = units.find(before.unitId()).orElseThrow();
        if (!unit.active()) {
            throw conflict("organization.unit.inactive", unit.name());
        }
        return setActive(before, true);
    }

    Versioned<StaffView> grant(long staffId, long postId) {
        StaffRow person = row(staffId);
        PostRow post = posts.find(postId).orElseThrow(() -> new NotFoundException("organization.post.not-found", String.valueOf(postId)));
        if (staff.holds(staffId, postId)) {
            return versioned(person);
        }
        if (!person.active()) {
            throw conflict("organization.staff.inactive", person.name());
        }
        if (!post.active()) {
            throw conflictOn("postId", "organization.post.inactive", post.name());
        }
        if (post.unitId() != person.unitId()) {
            throw conflictOn("postId", "organization.staff.post-other-unit", post.name());
        }
        Set<Long> before = staff.postsOf(staffId);
        staff.grant(staffId, postId);
        changes.done("staff.grant-post", "staff", staffId, text(person, before), text(person, staff.postsOf(staffId)),
                new StaffPostGranted(staffId, postId));
        return versioned(person);
    }

    Versioned<StaffView> revoke(long staffId, long postId) {
        StaffRow person = row(staffId);
        if (!staff.holds(staffId, postId)) {
            return versioned(person);
        }
        Set<Long> before = staff.postsOf(staffId);
        staff.revoke(staffId, postId);
        changes.done("staff.revoke-post", "staff", staffId, text(person, before), text(person, staff.postsOf(staffId)),
                new StaffPostRevoked(staffId, postId));
        return versioned(person);
    }

    private Versioned<StaffView> setActive(StaffRow before, boolean active) {
        if (!staff.setActive(before.id(), before.version(), active)) {
            throw stale();
        }
        StaffRow after = row(before.id());
        Set<Long> held = staff.postsOf(before.id());
        changes.done(active ? "staff.reactivate" : "staff.deactivate", "staff", before.id(), text(before, held), text(after, held),
                active ? new StaffReactivated(before.id()) : new StaffDeactivated(before.id()));
        return versioned(after);
    }

    private StaffRow row(long id) {
        return staff.find(id).orElseThrow(() -> new NotFoundException("organization.staff.not-found", String.valueOf(id)));
    }

    private Versioned<StaffView> versioned(StaffRow s) {
        return new Versioned<>(staff.view(s.id()).orElseThrow(), s.version());
    }

    private static String text(StaffRow s, Set<Long> posts) {
        return AuditText.of("id", s.id(), "name", s.name(), "unitId", s.unitId(), "postIds", posts, "active", s.active());
    }
}
