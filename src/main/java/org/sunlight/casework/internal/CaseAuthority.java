package org.sunlight.casework.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.sunlight.common.ForbiddenException;
import org.sunlight.flow.FlowStep;
import org.sunlight.identity.Actor;
import org.sunlight.identity.CurrentUser;
import org.sunlight.identity.Grant;
import org.sunlight.identity.OrgTarget;
import org.sunlight.identity.Role;
import org.sunlight.organization.DepartmentKind;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.OrganizationEvent;
import org.sunlight.organization.PostView;
import org.sunlight.organization.StaffView;

/**
 * Who may act on a case. A step is worked by whoever holds the step's post (岗位) and the step's role
 * with a scope covering the post's unit (or the case's unit or department when the step names no post).
 * Organisation lookups are cached and forgotten on every organisation change.
 */
@Component
class CaseAuthority {

    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final Map<Long, OrgTarget> unitTargets = new ConcurrentHashMap<>();
    private final Map<Long, OrgTarget> departmentTargets = new ConcurrentHashMap<>();
    private final Map<Long, Optional<PostView>> posts = new ConcurrentHashMap<>();
    private final Map<Long, Set<Long>> staffPosts = new ConcurrentHashMap<>();
    private final Map<Long, DepartmentView> departments = new ConcurrentHashMap<>();

    CaseAuthority(OrganizationDirectory organization, CurrentUser currentUser) {
        this.organization = organization;
        this.currentUser = currentUser;
    }

    @EventListener
    void organisationChanged(OrganizationEvent event) {
        unitTargets.clear();
        departmentTargets.clear();
        posts.clear();
        staffPosts.clear();
        departments.clear();
    }

    /** A department (for its abbreviation in document numbers), cached like the rest. */
    DepartmentView department(long id) {
        return departments.computeIfAbsent(id, d -> organization.department(d).orElseThrow());
    }

    /** The unit a step is worked in: its post's unit, else the case's unit (null: department level). */
    Long stepUnit(FlowStep step, CaseFile f) {
        if (step.postId() != null) {
            Optional<PostView> post = posts.computeIfAbsent(step.postId(), organization::post);
            if (post.isPresent()) {
                return post.get().unitId();
            }
        }
        return f.unitId;
    }

    OrgTarget target(Long unitId, long departmentId) {
        return unitId != null
                ? unitTargets.computeIfAbsent(unitId, currentUser::targetOfUnit)
                : departmentTargets.computeIfAbsent(departmentId, currentUser::targetOfDepartment);
    }

    boolean mayWork(Actor actor, FlowStep step, CaseFile f) {
        return reasonAgainst(actor, step, f) == null;
    }

    /** Refuses with the reason (missing post, missing role or outside scope). */
    void requireStep(Actor actor, FlowStep step, CaseFile f) {
        String reason = reasonAgainst(actor, step, f);
        if (reason != null) {
            throw new ForbiddenException(reason, step.label());
        }
    }

    private String reasonAgainst(Actor actor, FlowStep step, CaseFile f) {
        return reasonAgainst(actor, step.postId(), step.role(), stepUnit(step, f), f.departmentId);
    }

    /** The same rule for an open-step row of the work queue, which already names post, role, unit and department. */
    boolean mayWork(Actor actor, Long postId, Role role, Long unitId, long departmentId) {
        return reasonAgainst(actor, postId, role, unitId, departmentId) == null;
    }

    private String reasonAgainst(Actor actor, Long postId, Role stepRole, Long unitId, long departmentId) {
        if (postId != null && (actor.staffId() == null || !postsOf(actor.staffId()).contains(postId))) {
            return "casework.forbidden.post";
        }
        Role role = stepRole != null ? stepRole : Role.HANDLER;
        if (!covers(actor, role, target(unitId, departmentId))) {
            return "casework.forbidden.scope";
        }
        return null;
    }

    Set<Long> postsOf(long staffId) {
        return staffPosts.computeIfAbsent(staffId, id -> organization.staff(id).map(StaffView::postIds).orElse(Set.of()));
    }

    boolean covers(Actor actor, Role role, OrgTarget target) {
        for (Grant g : actor.grantsOf(role)) {
            if (CurrentUser.covers(g, target)) {
                return true;
            }
        }
        return false;
    }

    /** Who may receive at a window for a department: its handlers, or the handlers of the region's government service centre. */
    boolean mayReceive(Actor actor, CaseFile f) {
        if (covers(actor, Role.HANDLER, target(f.unitId, f.departmentId))
                || covers(actor, Role.HANDLER, target(null, f.departmentId))) {
            return true;
        }
        for (Grant g : actor.grantsOf(Role.HANDLER)) {
            if (g.scopeRef() == null) {
                continue;
            }
            Long departmentId = switch (g.scopeKind()) {
                case UNIT -> organization.unit(Long.parseLong(g.scopeRef())).map(u -> u.departmentId()).orElse(null);
                case DEPARTMENT -> Long.parseLong(g.scopeRef());
                default -> null;
            };
            if (departmentId != null && organization.kindOf(departmentId).orElse(null) == DepartmentKind.GOVERNMENT_SERVICE
                    && organization.department(departmentId).map(d -> d.regionCode().equals(f.regionCode)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** Unit heads of the case's unit, or leaders of its department (termination, the unit's case list). */
    boolean isHead(Actor actor, CaseFile f) {
        return (f.unitId != null && covers(actor, Role.UNIT_HEAD, target(f.unitId, f.departmentId)))
                || covers(actor, Role.LEADER, target(null, f.departmentId));
    }

    boolean isLeader(Actor actor, CaseFile f) {
        return covers(actor, Role.LEADER, target(null, f.departmentId));
    }
}
