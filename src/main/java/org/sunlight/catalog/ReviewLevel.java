package org.sunlight.catalog;

import java.util.Arrays;
import java.util.Optional;

import org.sunlight.identity.Role;

/**
 * The three review levels a version passes after the clerk submits it, in order. Each level is
 * signed by one role, awaits one state and moves the version to the next.
 */
public enum ReviewLevel {
    /** 科室负责人: the head of the item's unit (or of any unit of the department when the item has none) */
    UNIT_HEAD(Role.UNIT_HEAD, VersionState.SUBMITTED, VersionState.UNIT_APPROVED),
    /** 分管领导: a leader of the item's department */
    LEADER(Role.LEADER, VersionState.UNIT_APPROVED, VersionState.LEADER_APPROVED),
    /** 法制审核: a legal reviewer of the department's region (or of the department) */
    LEGAL(Role.LEGAL_REVIEWER, VersionState.LEADER_APPROVED, VersionState.LEGAL_APPROVED);

    private final Role role;
    private final VersionState awaits;
    private final VersionState approved;

    ReviewLevel(Role role, VersionState awaits, VersionState approved) {
        this.role = role;
        this.awaits = awaits;
        this.approved = approved;
    }

    /** The role that signs at this level. */
    public Role role() {
        return role;
    }

    /** The state a version is in while it waits for this level. */
    public VersionState awaits() {
        return awaits;
    }

    /** The state an approval at this level moves the version to. */
    public VersionState approved() {
        return approved;
    }

    /** The level a version in {@code state} waits for, if it waits for one. */
    public static Optional<ReviewLevel> awaiting(VersionState state) {
        return Arrays.stream(values()).filter(l -> l.awaits == state).findFirst();
    }

    /** Lower-case name for URLs and messages, e.g. unit_head. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The level named by its key (unit_head, leader, legal; case and dashes ignored); 404 when there is none. */
    public static ReviewLevel fromKey(String key) {
        String name = key == null ? "" : key.trim().replace('-', '_').toUpperCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new org.sunlight.common.NotFoundException("catalog.review.level-unknown", key));
    }
}
