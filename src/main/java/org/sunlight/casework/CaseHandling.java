package org.sunlight.casework;

import java.math.BigDecimal;
import java.util.List;

import org.sunlight.casework.CaseCommands.Collection;
import org.sunlight.casework.CaseCommands.ExtensionRequest;
import org.sunlight.casework.CaseCommands.FeeCharge;
import org.sunlight.casework.CaseCommands.NewApplication;
import org.sunlight.casework.CaseCommands.NewPenaltyCase;
import org.sunlight.casework.CaseCommands.Note;
import org.sunlight.casework.CaseCommands.OfficerAssignment;
import org.sunlight.casework.CaseCommands.PenaltyAssessment;
import org.sunlight.casework.CaseCommands.SpecialProcedureEnd;
import org.sunlight.casework.CaseCommands.SpecialProcedureStart;
import org.sunlight.casework.CaseCommands.StepCompletion;
import org.sunlight.casework.CaseCommands.SupplementRequest;
import org.sunlight.identity.Actor;

/**
 * Everything that can be done to a case. Each command checks who may do it (post and scope), what the
 * case's state and flowchart allow, and the rules; then appends one event to the log, updates the
 * projections and the audit trail in the same transaction, and answers with the case as it now is.
 * Refusals: 400 (bad input, naming the field), 403 (post or scope, with the reason), 404, 409 (state,
 * flowchart — naming what is allowed — or a stale {@code version}).
 */
public interface CaseHandling {

    CaseView apply(Actor actor, NewApplication application);

    CaseView file(Actor actor, NewPenaltyCase filing);

    CaseView preAccept(Actor actor, long caseId, Note note);

    CaseView complete(Actor actor, long caseId, StepCompletion completion);

    CaseView refuse(Actor actor, long caseId, Note reason);

    CaseView requestSupplement(Actor actor, long caseId, SupplementRequest request);

    CaseView receiveSupplement(Actor actor, long caseId, Note note);

    CaseView startSpecialProcedure(Actor actor, long caseId, SpecialProcedureStart start);

    CaseView endSpecialProcedure(Actor actor, long caseId, SpecialProcedureEnd end);

    CaseView extend(Actor actor, long caseId, ExtensionRequest request);

    CaseView assignOfficers(Actor actor, long caseId, OfficerAssignment assignment);

    CaseView assessPenalty(Actor actor, long caseId, PenaltyAssessment assessment);

    /**
     * The range the item's benchmark proposes for {@code level} and {@code factors} (and, for fines counted in
     * multiples, {@code baseAmount}), by the same rule {@link #assessPenalty} applies. Changes nothing.
     * Refusals: 400 naming {@code level}, {@code factors[i]} or {@code baseAmount}; 404 for an unknown case.
     */
    FineProposal proposeFine(long caseId, String level, List<String> factors, BigDecimal baseAmount);

    CaseView chargeFee(Actor actor, long caseId, FeeCharge charge);

    CaseView collect(Actor actor, long caseId, Collection collection);

    CaseView withdraw(Actor actor, long caseId, Note reason);

    CaseView terminate(Actor actor, long caseId, Note reason);
}
