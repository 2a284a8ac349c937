package org.sunlight.casework.internal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemVersionView;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.flow.FlowQueries;
import org.sunlight.flow.FlowStep;
import org.sunlight.flow.FlowVersionView;
import org.sunlight.flow.StepKind;
import org.sunlight.identity.Actor;
import org.sunlight.identity.CurrentUser;
import org.sunlight.identity.DemoActors;
import org.sunlight.identity.OrgTarget;
import org.sunlight.identity.Role;
import org.sunlight.legal.CertificateView;
import org.sunlight.legal.EnforcementOfficers;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.PostView;
import org.sunlight.organization.RegionView;
import org.sunlight.organization.StaffView;
import org.sunlight.organization.UnitView;

/**
 * Finds, for every demo item with a flowchart in force, which demo account works each step — by the same
 * rule casework checks (the step's post, and the step's role with a scope covering the post's unit) — and
 * keeps the items whose whole path can be worked. The commands check everything again; this only avoids
 * planning cases nobody in the demo could move. Public for the benchmark data generator (src/bench).
 */
public final class DemoCrew {

    /** The demo accounts that work cases (identity's demo data), in the order they are preferred. */
    static final List<String> STAFF = List.of("wg_handler", "wg_reviewer", "wg_head", "handler", "handler2", "unit_head", "leader",
            "legal_reviewer", "sj_handler", "sj_officer", "sj_reviewer", "sj_head", "sj_leader", "zr_officer", "zr_officer2",
            "zr_head", "zr_leader", "yz_officer", "yz_officer2", "yz_head", "yz_leader", "ys_officer", "ys_officer2", "ys_head",
            "ys_leader", "gy_officer", "gy_officer2", "gy_head", "gy_leader");
    /** The demo's public account: applies online. */
    static final String APPLICANT = "citizen";

    private final CatalogQueries catalog;
    private final FlowQueries flows;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final EnforcementOfficers officers;
    private final List<Actor> actors = new ArrayList<>();
    private final Map<Long, Set<Long>> postsOfStaff = new HashMap<>();
    private final Map<Long, Optional<PostView>> posts = new HashMap<>();
    private final Map<Long, OrgTarget> unitTargets = new HashMap<>();
    private final Map<Long, OrgTarget> departmentTargets = new HashMap<>();
    private final Map<Long, List<Long>> certifiedStaff = new HashMap<>();

    public DemoCrew(CatalogQueries catalog, FlowQueries flows, OrganizationDirectory organization, CurrentUser currentUser,
            EnforcementOfficers officers, DemoActors demoActors) {
        this.catalog = catalog;
        this.flows = flows;
        this.organization = organization;
        this.currentUser = currentUser;
        this.officers = officers;
        for (String username : STAFF) {
            demoActors.actor(username).ifPresent(actors::add);
        }
    }

    /** Every item of every demo department whose cases the demo people can take from start to end. */
    public List<DemoItem> items(LocalDate today, BigDecimal majorFine) {
        List<DemoItem> result = new ArrayList<>();
        for (RegionView root : organization.rootRegions()) {
            for (DepartmentView d : organization.departmentsWithin(root.code())) {
                for (PowerItemView item : catalog.itemsOf(d.id())) {
                    resolve(item, d, today, majorFine).ifPresent(result::add);
                }
            }
        }
        result.sort(Comparator.comparingLong(i -> i.item().id()));
        return result;
    }

    private Optional<DemoItem> resolve(PowerItemView item, DepartmentView department, LocalDate today, BigDecimal majorFine) {
        if (!item.acceptsNewCases()) {
            return Optional.empty();
        }
        Optional<PowerItemVersionView> version = catalog.versionInForce(item.id(), today);
        Optional<FlowVersionView> flow = flows.flowInForce(item.id(), today);
        if (version.isEmpty() || flow.isEmpty()) {
            return Optional.empty();
        }
        boolean penalty = version.get().content().category() == PowerCategory.PENALTY;
        String template = flow.get().template();
        if (penalty ? !"penalty-general".equals(template) : !"licensing".equals(template)) {
            return Optional.empty(); // inspections and compulsory measures are not applied for; other shapes are not scripted
        }
        Map<String, Actor> steps = new LinkedHashMap<>();
        for (FlowStep step : flow.get().definition().steps()) {
            if (step.gateway()) {
                continue;
            }
            Actor avoid = step.kind() == StepKind.REVIEW ? steps.get("accept") : null;
            workerOf(step, item).stream().sorted(Comparator.comparing((Actor a) -> a.equals(avoid))).findFirst()
                    .ifPresent(a -> steps.put(step.key(), a));
        }
        if (!steps.keySet().containsAll(penalty ? DemoItem.PENALTY_STEPS : DemoItem.LICENSING_STEPS)) {
            return Optional.empty();
        }
        OrgTarget unitTarget = target(item.unitId(), department.id());
        OrgTarget departmentTarget = departmentTarget(department.id());
        Actor leader = actors.stream().filter(a -> covers(a, Role.LEADER, departmentTarget)).findFirst().orElse(null);
        Actor head = item.unitId() == null ? leader
                : actors.stream().filter(a -> covers(a, Role.UNIT_HEAD, unitTarget)).findFirst().orElse(leader);
        if (head == null) {
            return Optional.empty();
        }
        if (!penalty) {
            Actor accept = steps.get("accept");
            Actor receiver = receives(accept, unitTarget, departmentTarget) ? accept
                    : actors.stream().filter(a -> receives(a, unitTarget, departmentTarget)).findFirst().orElse(null);
            return receiver == null ? Optional.empty()
                    : Optional.of(new DemoItem(item, department.regionCode(), city(department), version.get().content(), false,
                            steps, receiver, head, leader, List.of(), null, inForceFrom(version.get(), flow.get()), majorFine));
        }
        // Penalties: the acting officer works every officers' step and must hold a valid certificate; a second
        // certified officer of the department is named beside them (the two-officer rule).
        Actor acting = steps.get("file");
        for (String key : List.of("investigate", "notify", "deliver", "execute")) {
            if (!acting.equals(steps.get(key))) {
                return Optional.empty();
            }
        }
        if (acting.staffId() == null || !officers.isCertifiedFor(acting.staffId(), department.id(), null, today)) {
            return Optional.empty();
        }
        Long second = certified(department.id(), today).stream().filter(id -> id.longValue() != acting.staffId()).findFirst()
                .orElse(null);
        if (second == null) {
            return Optional.empty();
        }
        Actor filer = receives(acting, unitTarget, departmentTarget) ? acting : head;
        LocalDate from = validFrom(acting.staffId(), department.id(), today);
        LocalDate secondFrom = validFrom(second, department.id(), today);
        return Optional.of(new DemoItem(item, department.regionCode(), city(department), version.get().content(), true, steps,
                filer, head, leader, List.of(acting.staffId(), second), from.isAfter(secondFrom) ? from : secondFrom,
                inForceFrom(version.get(), flow.get()), majorFine));
    }

    private static LocalDate inForceFrom(PowerItemVersionView version, FlowVersionView flow) {
        LocalDate v = version.effectiveFrom() == null ? LocalDate.MIN : version.effectiveFrom();
        LocalDate f = flow.effectiveFrom() == null ? LocalDate.MIN : flow.effectiveFrom();
        return v.isAfter(f) ? v : f;
    }

    /** The place name parties' addresses start with: the department's region. */
    private String city(DepartmentView d) {
        return organization.region(d.regionCode()).map(RegionView::name).orElse("");
    }

    /** The department's staff who are certified officers of it today. */
    private List<Long> certified(long departmentId, LocalDate today) {
        return certifiedStaff.computeIfAbsent(departmentId, d -> {
            List<Long> ids = new ArrayList<>();
            for (UnitView unit : organization.unitsOf(d)) {
                for (StaffView s : organization.staffOf(unit.id())) {
                    if (s.active() && officers.isCertifiedFor(s.id(), d, null, today)) {
                        ids.add(s.id());
                    }
                }
            }
            return ids;
        });
    }

    /** The first day of the certificate that makes {@code staffId} an officer of the department today. */
    private LocalDate validFrom(long staffId, long departmentId, LocalDate today) {
        return officers.validCertificates(staffId, today).stream().filter(c -> c.departmentId() == departmentId)
                .map(CertificateView::validFrom).min(Comparator.naturalOrder()).orElse(today);
    }

    /** The demo accounts that may work {@code step} of a case of {@code item}. */
    private List<Actor> workerOf(FlowStep step, PowerItemView item) {
        Long unit = item.unitId();
        if (step.postId() != null) {
            Optional<PostView> post = posts.computeIfAbsent(step.postId(), organization::post);
            if (post.isPresent()) {
                unit = post.get().unitId();
            }
        }
        OrgTarget target = target(unit, item.departmentId());
        Role role = step.role() != null ? step.role() : Role.HANDLER;
        return actors.stream()
                .filter(a -> step.postId() == null || (a.staffId() != null && postsOf(a.staffId()).contains(step.postId())))
                .filter(a -> covers(a, role, target)).toList();
    }

    private boolean receives(Actor a, OrgTarget unitTarget, OrgTarget departmentTarget) {
        return covers(a, Role.HANDLER, unitTarget) || covers(a, Role.HANDLER, departmentTarget);
    }

    private OrgTarget target(Long unitId, long departmentId) {
        return unitId != null ? unitTargets.computeIfAbsent(unitId, currentUser::targetOfUnit) : departmentTarget(departmentId);
    }

    private OrgTarget departmentTarget(long departmentId) {
        return departmentTargets.computeIfAbsent(departmentId, currentUser::targetOfDepartment);
    }

    private static boolean covers(Actor a, Role role, OrgTarget target) {
        return a.grantsOf(role).stream().anyMatch(g -> CurrentUser.covers(g, target));
    }

    private Set<Long> postsOf(long staffId) {
        return postsOfStaff.computeIfAbsent(staffId, id -> organization.staff(id).map(StaffView::postIds).orElse(Set.of()));
    }
}
