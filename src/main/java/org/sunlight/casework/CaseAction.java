package org.sunlight.casework;

import static org.sunlight.casework.CaseStatus.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * What may be done to a case, and in which states. This table is the case's state machine; the
 * flowchart then decides which steps and outcomes are open inside {@link CaseStatus#IN_PROGRESS}.
 */
public enum CaseAction {
    PRE_ACCEPT(EnumSet.of(RECEIVED)),
    /** complete the first step (受理 / 立案) with a positive outcome */
    ACCEPT(EnumSet.of(RECEIVED, PRE_ACCEPTED)),
    REFUSE(EnumSet.of(RECEIVED, PRE_ACCEPTED)),
    COMPLETE_STEP(EnumSet.of(IN_PROGRESS, DECIDED)),
    REQUEST_SUPPLEMENT(EnumSet.of(RECEIVED, PRE_ACCEPTED, IN_PROGRESS)),
    RECEIVE_SUPPLEMENT(EnumSet.of(SUPPLEMENTING)),
    START_SPECIAL_PROCEDURE(EnumSet.of(IN_PROGRESS)),
    END_SPECIAL_PROCEDURE(EnumSet.of(SPECIAL_PROCEDURE)),
    EXTEND(EnumSet.of(IN_PROGRESS, SUPPLEMENTING, SPECIAL_PROCEDURE)),
    ASSIGN_OFFICERS(EnumSet.of(RECEIVED, IN_PROGRESS)),
    ASSESS_PENALTY(EnumSet.of(IN_PROGRESS)),
    CHARGE_FEE(EnumSet.of(IN_PROGRESS, DECIDED)),
    COLLECT(EnumSet.of(DECIDED, CLOSED)),
    ADD_ATTACHMENTS(EnumSet.of(RECEIVED, PRE_ACCEPTED, SUPPLEMENTING, IN_PROGRESS, SPECIAL_PROCEDURE, DECIDED)),
    WITHDRAW(EnumSet.of(RECEIVED, PRE_ACCEPTED, SUPPLEMENTING, IN_PROGRESS, SPECIAL_PROCEDURE)),
    TERMINATE(EnumSet.of(RECEIVED, PRE_ACCEPTED, SUPPLEMENTING, IN_PROGRESS, SPECIAL_PROCEDURE));

    private final Set<CaseStatus> allowedIn;

    CaseAction(Set<CaseStatus> allowedIn) {
        this.allowedIn = allowedIn;
    }

    public boolean allowedIn(CaseStatus status) {
        return allowedIn.contains(status);
    }

    public Set<CaseStatus> allowedIn() {
        return allowedIn;
    }

    public String key() {
        return "casework.action." + name();
    }
}
