package org.sunlight.casework.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.sunlight.casework.CaseAction;
import org.sunlight.casework.CaseKind;
import org.sunlight.casework.CaseStatus;
import org.sunlight.casework.CaseView;
import org.sunlight.casework.Channel;
import org.sunlight.flow.Condition;
import org.sunlight.flow.FlowModel;
import org.sunlight.flow.FlowMove;
import org.sunlight.flow.FlowStep;
import org.sunlight.flow.FlowTransition;
import org.sunlight.flow.StepKind;
import org.sunlight.identity.Actor;
import org.sunlight.identity.CurrentUser;
import org.sunlight.identity.Grant;
import org.sunlight.identity.OrgTarget;
import org.sunlight.identity.Role;
import org.sunlight.organization.DepartmentKind;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.PostView;
import org.sunlight.organization.StaffView;

/**
 * Which actions the case page offers the signed-in user now: the state table ({@link CaseAction#allowedIn})
 * and the same post, role, scope and officer rules the case service applies. Only an offer: the service
 * decides when the form is sent, and its refusal is shown beside the form.
 */
@Component
class CaseAbilities {

    /** Variables the case sets itself (from the assessment): never offered as a choice. */
    static final Set<String> SYSTEM_VARIABLES = Set.of("major", "fine");

    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;

    CaseAbilities(OrganizationDirectory organization, CurrentUser currentUser) {
        this.organization = organization;
        this.currentUser = currentUser;
    }

    /** One open step the user may finish, with the outcomes the flowchart offers there. */
    record StepForm(FlowStep step, List<String> outcomes, Set<String> needVariable, boolean first, boolean decide, boolean end,
            List<String> variables) {

        /** The outcome chosen when the form opens: the first one open without saying yes to a variable. */
        public String defaultOutcome() {
            return outcomes.stream().filter(o -> !needVariable.contains(o)).findFirst().orElse(outcomes.isEmpty() ? null : outcomes.get(0));
        }

        public String formKey() {
            return "complete-" + step.key();
        }
    }

    /** What to show. {@code forms} holds the key of every form offered (to tell whether a refused form is still there). */
    record Abilities(List<StepForm> steps, boolean preAccept, boolean refuse, boolean requestSupplement, boolean receiveSupplement,
            boolean startSpecial, boolean endSpecial, boolean extend, boolean assignOfficers, boolean assess, boolean chargeFee,
            boolean collect, boolean withdraw, boolean terminate, Set<String> forms) {

        public boolean any() {
            return !forms.isEmpty();
        }
    }

    Abilities of(Actor actor, CaseView c, FlowModel model) {
        Map<String, FlowStep> open = new LinkedHashMap<>();
        c.openSteps().forEach(s -> model.definition().step(s.key()).ifPresent(step -> open.put(step.key(), step)));
        Set<Long> posts = actor.staffId() == null ? Set.of()
                : organization.staff(actor.staffId()).map(StaffView::postIds).orElse(Set.of());
        Map<String, Boolean> works = new HashMap<>();
        open.values().forEach(step -> works.put(step.key(), mayWork(actor, posts, step, c)));
        boolean anyStep = works.containsValue(true) || isHead(actor, c);
        boolean officer = actor.staffId() != null && c.officerStaffIds().contains(actor.staffId());
        boolean penalty = c.kind() == CaseKind.PENALTY;
        boolean receiver = mayReceive(actor, c);
        CaseStatus status = c.status();

        FlowStep first = open.values().stream().filter(s -> s.kind() == StepKind.ACCEPT || s.kind() == StepKind.FILE).findFirst()
                .orElse(c.acceptedAt() == null ? model.definition().step(model.definition().start()).orElse(null) : null);
        boolean mayFirst = first != null && open.containsKey(first.key()) && works.get(first.key());

        List<StepForm> steps = new ArrayList<>();
        for (FlowStep step : open.values()) {
            if (!works.get(step.key())) {
                continue;
            }
            boolean isFirst = c.acceptedAt() == null && (step.kind() == StepKind.ACCEPT || step.kind() == StepKind.FILE);
            if (!(isFirst ? CaseAction.ACCEPT : CaseAction.COMPLETE_STEP).allowedIn(status)) {
                continue;
            }
            if (isFirst && c.channel() == Channel.ONLINE && status != CaseStatus.PRE_ACCEPTED) {
                continue;
            }
            if (penalty && (step.role() == null || step.role() == Role.HANDLER) && !officer) {
                continue;
            }
            List<String> variables = variablesOf(model, step.key());
            List<String> outcomes = outcomes(model, step.key(), c.variables(), variables);
            Set<String> openNow = new LinkedHashSet<>();
            model.moves(step.key(), c.variables()).forEach(m -> openNow.add(m.outcome()));
            Set<String> needVariable = new LinkedHashSet<>(outcomes);
            needVariable.removeAll(openNow);
            boolean end = step.end() && outcomes.isEmpty();
            steps.add(new StepForm(step, outcomes, needVariable, isFirst, step.kind() == StepKind.DECIDE, end, variables));
        }

        boolean preAccept = CaseAction.PRE_ACCEPT.allowedIn(status) && c.channel() == Channel.ONLINE && mayFirst;
        boolean refuse = CaseAction.REFUSE.allowedIn(status) && mayFirst;
        boolean requestSupplement = CaseAction.REQUEST_SUPPLEMENT.allowedIn(status) && anyStep;
        boolean receiveSupplement = CaseAction.RECEIVE_SUPPLEMENT.allowedIn(status) && (receiver || anyStep);
        boolean startSpecial = CaseAction.START_SPECIAL_PROCEDURE.allowedIn(status) && anyStep;
        boolean endSpecial = CaseAction.END_SPECIAL_PROCEDURE.allowedIn(status) && anyStep;
        boolean extend = CaseAction.EXTEND.allowedIn(status) && isLeader(actor, c);
        boolean assign = penalty && CaseAction.ASSIGN_OFFICERS.allowedIn(status) && (isHead(actor, c) || anyStep);
        boolean assess = penalty && CaseAction.ASSESS_PENALTY.allowedIn(status) && officer; // the case's officers, at any open step
        boolean fee = CaseAction.CHARGE_FEE.allowedIn(status) && anyStep;
        boolean collect = CaseAction.COLLECT.allowedIn(status) && !c.collected() && (receiver || anyStep);
        boolean withdraw = c.kind() == CaseKind.APPLICATION && CaseAction.WITHDRAW.allowedIn(status) && (receiver || anyStep);
        boolean terminate = CaseAction.TERMINATE.allowedIn(status) && isHead(actor, c);

        Set<String> forms = new LinkedHashSet<>();
        steps.forEach(s -> forms.add(s.formKey()));
        add(forms, preAccept, "pre-accept");
        add(forms, refuse, "refuse");
        add(forms, requestSupplement, "request-supplement");
        add(forms, receiveSupplement, "receive-supplement");
        add(forms, startSpecial, "start-special");
        add(forms, endSpecial, "end-special");
        add(forms, extend, "extend");
        add(forms, assign, "assign-officers");
        add(forms, assess, "assess");
        add(forms, fee, "charge-fee");
        add(forms, collect, "collect");
        add(forms, withdraw, "withdraw");
        add(forms, terminate, "terminate");
        return new Abilities(steps, preAccept, refuse, requestSupplement, receiveSupplement, startSpecial, endSpecial, extend, assign,
                assess, fee, collect, withdraw, terminate, forms);
    }

    private static void add(Set<String> forms, boolean offered, String key) {
        if (offered) {
            forms.add(key);
        }
    }

    /** The variables the conditions of a step's transitions read, minus those the case sets itself. */
    static List<String> variablesOf(FlowModel model, String step) {
        Set<String> names = new LinkedHashSet<>();
        for (FlowTransition t : model.definition().transitions()) {
            if (step.equals(t.from()) && t.condition() != null && !t.condition().isBlank()) {
                try {
                    names.addAll(Condition.parse(t.condition()).variables());
                } catch (RuntimeException e) {
                    // a published flowchart's conditions parse; nothing to offer otherwise
                }
            }
        }
        names.removeAll(SYSTEM_VARIABLES);
        return List.copyOf(names);
    }

    /**
     * The outcomes open at a step, in table order: those the case's variables allow now, and those that become
     * open when the user says yes to one of the step's variables (e.g. 申请听证 once a hearing is requested).
     */
    static List<String> outcomes(FlowModel model, String step, Map<String, Object> variables, List<String> choices) {
        Set<String> outcomes = new LinkedHashSet<>();
        Map<String, Object> yes = new HashMap<>(variables);
        choices.forEach(v -> yes.put(v, Boolean.TRUE));
        List<FlowMove> now = model.moves(step, variables);
        List<FlowMove> ifYes = choices.isEmpty() ? List.of() : model.moves(step, yes);
        for (FlowTransition t : model.definition().transitions()) {
            if (!step.equals(t.from())) {
                continue;
            }
            String o = t.outcome() == null ? "" : t.outcome().strip();
            if (now.stream().anyMatch(m -> m.outcome().equals(o)) || ifYes.stream().anyMatch(m -> m.outcome().equals(o))) {
                outcomes.add(o);
            }
        }
        return List.copyOf(outcomes);
    }

    private boolean mayWork(Actor actor, Set<Long> posts, FlowStep step, CaseView c) {
        if (step.postId() != null && (actor.staffId() == null || !posts.contains(step.postId()))) {
            return false;
        }
        Long unit = step.postId() == null ? c.unitId()
                : organization.post(step.postId()).map(PostView::unitId).orElse(c.unitId());
        Role role = step.role() != null ? step.role() : Role.HANDLER;
        return covers(actor, role, target(unit, c.departmentId()));
    }

    private OrgTarget target(Long unitId, long departmentId) {
        return unitId != null ? currentUser.targetOfUnit(unitId) : currentUser.targetOfDepartment(departmentId);
    }

    private static boolean covers(Actor actor, Role role, OrgTarget target) {
        for (Grant g : actor.grantsOf(role)) {
            if (CurrentUser.covers(g, target)) {
                return true;
            }
        }
        return false;
    }

    boolean isHead(Actor actor, CaseView c) {
        return (c.unitId() != null && covers(actor, Role.UNIT_HEAD, target(c.unitId(), c.departmentId()))) || isLeader(actor, c);
    }

    boolean isLeader(Actor actor, CaseView c) {
        return covers(actor, Role.LEADER, target(null, c.departmentId()));
    }

    /** Handlers of the case's unit or department, or of the region's government service centre (综合窗口). */
    boolean mayReceive(Actor actor, CaseView c) {
        if (covers(actor, Role.HANDLER, target(c.unitId(), c.departmentId())) || covers(actor, Role.HANDLER, target(null, c.departmentId()))) {
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
                    && organization.department(departmentId).map(d -> d.regionCode().equals(c.regionCode())).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
