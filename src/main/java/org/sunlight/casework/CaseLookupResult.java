package org.sunlight.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * What anyone holding a case number and its query code may see: the item, the department, where the case
 * stands, its steps with names and dates, and its deadline. Never opinions, staff names or the party's
 * personal data.
 */
public record CaseLookupResult(String number, String itemName, String departmentName, CaseStatus status, LocalDate receivedOn,
        LocalDate acceptedOn, LocalDate dueOn, boolean paused, LocalDate closedOn, String result, String documentNumber,
        boolean backfill, List<Step> steps) {

    /** One happening, by its public name (e.g. 受理, 审查, 补正告知) and day. */
    public record Step(CaseEventType type, String stepName, String outcome, LocalDate on, boolean backfill) {
    }
}
