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
import org.sunlight.organization.OrganizationEvent.PostCreated;
import org.sunlight.organization.OrganizationEvent.PostDeactivated;
import org.sunlight.organization.OrganizationEvent.PostMoved;
import org.sunlight.organization.OrganizationEvent.PostReactivated;
import org.sunlight.organization.OrganizationEvent.PostRenamed;
import org.sunlight.organization.PostView;
import org.sunlight.organization.Versioned;
import org.sunlight.organization.internal.Rows.PostRow;
import org.sunlight.organization.internal.Rows.UnitRow;

/** Creating, renaming, moving and (de)activating posts (岗位). Runs inside the facade's transaction. */
@Component
class PostCommands {

    private final UnitStore units;
    private final PostStore posts;
    private final StaffStore staff;
    private final Changes changes;

    PostCommands(UnitStore units, PostStore posts, StaffStore staff, Changes changes) {
        this.units = units;
        this.posts = posts;
        this.staff = staff;
        this.changes = changes;
    }

    Versioned<PostView> get(long id) {
        return versioned(row(id));
    }

    Versioned<PostView> create(long unitId, String rawName) {
        String name = clean(rawName);
        Checks checks = Checks.start().text(name, "name", OrganizationAdmin.POST_NAME_MAX);
        Optional<UnitRow> unit = units.find(unitId);
        if (unit.isEmpty()) {
            checks.add(FieldProblem.of("unitId", "organization.unit.not-found", String.valueOf(unitId)));
        }
        checks.throwIfAny();
        if (!unit.get().active()) {
            throw conflictOn("unitId", "organization.unit.inactive", unit.get().name());
        }
        if (posts.findByName(unitId, name).isPresent()) {
            throw conflictOn("name", "organization.post.name-taken", name);
        }
        long id;
        try {
            id = posts.insert(unitId, name);
        } catch (DuplicateKeyException e) {
            throw conflictOn("name", "organization.post.name-taken", name);
        }
        PostRow created = row(id);
        changes.done("post.create", "post", id, null, text(created), new PostCreated(id, unitId, name));
        return versioned(created);
    }

    Versioned<PostView> rename(long id, long version, String rawName) {
        PostRow before = row(id);
        String name = clean(rawName);
        Checks.start().text(name, "name", OrganizationAdmin.POST_NAME_MAX).throwIfAny();
        requireVersion(before.version(), version);
        if (name.equals(before.name())) {
            return versioned(before);
        }
        if (posts.findByName(before.unitId(), name).isPresent()) {
            throw conflictOn("name", "organization.post.name-taken", name);
        }
        if (!posts.rename(id, version, name)) {
            throw stale();
        }
        PostRow after = row(id);
        changes.done("post.rename", "post", id, text(before), text(after), new PostRenamed(id, before.name(), name));
        return versioned(after);
    }

    Versioned<PostView> move(long id, long version, long unitId) {
        PostRow before = row(id);
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
        if (posts.findByName(unitId, before.name()).isPresent()) {
            throw conflictOn("unitId", "organization.post.name-taken-in-unit", before.name(), unit.get().name());
        }
        // Staff hold only posts of their own unit, so a post that is held cannot leave it.
        int holders = staff.countHolders(id);
        if (holders > 0) {
            throw conflictOn("unitId", "organization.post.held", holders);
        }
        if (!posts.move(id, version, unitId)) {
            throw stale();
        }
        PostRow after = row(id);
        changes.done("post.move", "post", id, text(before), text(after), new PostMoved(id, before.unitId(), unitId));
        return versioned(after);
    }

    Versioned<PostView> deactivate(long id) {
        PostRow before = row(id);
        if (!before.active()) {
            return versioned(before);
        }
        int holders = staff.countActiveHolders(id);
        if (holders > 0) {
            throw conflict("organization.post.held-by-active", holders);
        }
        return setActive(before, false);
    }

    Versioned<PostView> reactivate(long id) {
        PostRow before = row(id);
        if (before.active()) {
            return versioned(before);
        }
        UnitRow unit = units.find(before.unitId()).orElseThrow();
        if (!unit.active()) {
            throw conflict("organization.unit.inactive", unit.name());
        }
        return setActive(before, true);
    }

    private Versioned<PostView> setActive(PostRow before, boolean active) {
        if (!posts.setActive(before.id(), before.version(), active)) {
            throw stale();
        }
        PostRow after = row(before.id());
        changes.done(active ? "post.reactivate" : "post.deactivate", "post", before.id(), text(before), text(after),
                active ? new PostReactivated(before.id()) : new PostDeactivated(before.id()));
        return versioned(after);
    }

    private PostRow row(long id) {
        return posts.find(id).orElseThrow(() -> new NotFoundException("organization.post.not-found", String.valueOf(id)));
    }

    private static Versioned<PostView> versioned(PostRow p) {
        return new Versioned<>(JdbcOrganizationDirectory.view(p), p.version());
    }

    private static String text(PostRow p) {
        return AuditText.of("id", p.id(), "unitId", p.unitId(), "name", p.name(), "active", p.active());
    }
}
