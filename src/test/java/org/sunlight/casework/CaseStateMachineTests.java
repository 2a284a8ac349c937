package org.sunlight.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.casework.CaseAction.*;
import static org.sunlight.casework.CaseStatus.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The case's state machine, written out as the table of legal moves; every other pair is illegal. */
class CaseStateMachineTests {

    private static final Map<CaseAction, Set<CaseStatus>> LEGAL = Map.ofEntries(
            Map.entry(PRE_ACCEPT, EnumSet.of(RECEIVED)),
            Map.entry(ACCEPT, EnumSet.of(RECEIVED, PRE_ACCEPTED)),
            Map.entry(REFUSE, EnumSet.of(RECEIVED, PRE_ACCEPTED)),
            Map.entry(COMPLETE_STEP, EnumSet.of(IN_PROGRESS, DECIDED)),
            Map.entry(REQUEST_SUPPLEMENT, EnumSet.of(RECEIVED, PRE_ACCEPTED, IN_PROGRESS)),
            Map.entry(RECEIVE_SUPPLEMENT, EnumSet.of(SUPPLEMENTING)),
            Map.entry(START_SPECIAL_PROCEDURE, EnumSet.of(IN_PROGRESS)),
            Map.entry(END_SPECIAL_PROCEDURE, EnumSet.of(SPECIAL_PROCEDURE)),
            Map.entry(EXTEND, EnumSet.of(IN_PROGRESS, SUPPLEMENTING, SPECIAL_PROCEDURE)),
            Map.entry(ASSIGN_OFFICERS, EnumSet.of(RECEIVED, IN_PROGRESS)),
            Map.entry(ASSESS_PENALTY, EnumSet.of(IN_PROGRESS)),
            Map.entry(CHARGE_FEE, EnumSet.of(IN_PROGRESS, DECIDED)),
            Map.entry(COLLECT, EnumSet.of(DECIDED, CLOSED)),
            Map.entry(ADD_ATTACHMENTS, EnumSet.of(RECEIVED, PRE_ACCEPTED, SUPPLEMENTING, IN_PROGRESS, SPECIAL_PROCEDURE, DECIDED)),
            Map.entry(WITHDRAW, EnumSet.of(RECEIVED, PRE_ACCEPTED, SUPPLEMENTING, IN_PROGRESS, SPECIAL_PROCEDURE)),
            Map.entry(TERMINATE, EnumSet.of(RECEIVED, PRE_ACCEPTED, SUPPLEMENTING, IN_PROGRESS, SPECIAL_PROCEDURE)));

    @Test
    void everyActionIsLegalExactlyInItsStates() {
        assertThat(LEGAL.keySet()).containsExactlyInAnyOrder(CaseAction.values());
        for (CaseAction action : CaseAction.values()) {
            for (CaseStatus status : CaseStatus.values()) {
                assertThat(action.allowedIn(status)).as("%s in %s", action, status).isEqualTo(LEGAL.get(action).contains(status));
            }
        }
    }

    @Test
    void nothingButCollectionHappensToAFinishedCase() {
        for (CaseStatus status : EnumSet.of(CLOSED, REFUSED, WITHDRAWN, TERMINATED)) {
            assertThat(status.isFinal()).isTrue();
            for (CaseAction action : CaseAction.values()) {
                assertThat(action.allowedIn(status)).as("%s in %s", action, status).isEqualTo(action == COLLECT && status == CLOSED);
            }
        }
    }

    @Test
    void theClockStopsOnlyForSupplementAndSpecialProcedures() {
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(s.paused()).as(s.name()).isEqualTo(s == SUPPLEMENTING || s == SPECIAL_PROCEDURE);
        }
    }
}
