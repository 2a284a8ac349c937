package org.sunlight.casework;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sunlight.identity.Actor;

/** Reads of cases for pages, other modules and the public lookup. */
public interface CaseQueries {

    /** A case, if {@code actor} may see it (staff in scope, or the applicant); empty otherwise. */
    Optional<CaseView> find(Actor actor, long caseId);

    /** The log of a case {@code actor} may see, oldest first. */
    List<CaseEvent> events(Actor actor, long caseId);

    /** The steps {@code actor} may work now (我的待办), oldest first. */
    List<TaskItem> tasks(Actor actor, int limit);

    /** The steps {@code actor} finished (我的已办), newest first. */
    List<DoneItem> done(Actor actor, int limit);

    /** The cases of the units and departments {@code actor} heads (unit heads, leaders), newest first. */
    List<CaseSummary> headedCases(Actor actor, CaseStatus status, int limit);

    /** The cases an applicant applied for online, newest first. */
    List<CaseSummary> ofApplicant(Actor actor, int limit);

    /** How the case's deadline was computed, in {@code locale}; empty when it has none now (not accepted, paused, closed). */
    List<String> deadlineExplanation(Actor actor, long caseId, Locale locale);

    /** The public answer for a case number and its query code; empty for an unknown number or a wrong code alike. */
    Optional<CaseLookupResult> lookup(String number, String queryCode);

    record TaskItem(long caseId, String caseNumber, String itemName, String partyName, CaseStatus status, String stepKey,
            String stepName, Instant openedAt, Instant stepDueAt, Instant caseDueAt, boolean backfill) {
    }

    record DoneItem(long caseId, String caseNumber, String itemName, CaseEventType type, String stepName, String outcome,
            Instant occurredAt, Instant recordedAt, boolean backfill) {
    }

    record CaseSummary(long id, String number, String itemName, String partyName, CaseStatus status, Channel channel,
            Instant receivedAt, Instant dueAt, Instant closedAt, String result, boolean backfill) {
    }
}
