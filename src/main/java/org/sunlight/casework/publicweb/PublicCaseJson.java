package org.sunlight.casework.publicweb;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;

import org.sunlight.casework.CaseLookupResult;

/** The JSON of the public case lookup: only what {@link CaseLookupResult} holds, with words in the reader's language. */
final class PublicCaseJson {

    private PublicCaseJson() {
    }

    @Schema(name = "PublicCaseLookup", description = "A case as anyone holding its number and query code sees it: no opinions, no staff names, "
            + "no personal data of the party.")
    record Lookup(
            @Schema(description = "办件编号", example = "321081202611020001000001") String number,
            @Schema(description = "power item (事项) name") String itemName,
            @Schema(description = "the department handling it") String departmentName,
            @Schema(description = "RECEIVED, PRE_ACCEPTED, SUPPLEMENTING, IN_PROGRESS, SPECIAL_PROCEDURE, DECIDED, CLOSED, REFUSED, "
                    + "WITHDRAWN, TERMINATED") String status,
            @Schema(description = "the status in words, e.g. 办理中") String statusLabel,
            LocalDate receivedOn,
            LocalDate acceptedOn,
            @Schema(description = "the day the time limit runs out; null before acceptance, while paused, once closed") LocalDate dueOn,
            @Schema(description = "the clock is stopped (补正 or a special procedure)") boolean paused,
            LocalDate closedOn,
            @Schema(description = "APPROVED, DENIED, PENALIZED, NOT_PENALIZED, CLOSED, REFUSED, WITHDRAWN, TERMINATED; null while open")
            String result,
            String resultLabel,
            @Schema(description = "文号 of the decision (or of the acceptance notice), when there is one") String documentNumber,
            @Schema(description = "some of it was recorded after the fact (补录)") boolean backfill,
            List<Step> steps) {

        static Lookup of(CaseLookupResult r, PublicCaseLabels labels, Locale locale) {
            return new Lookup(r.number(), r.itemName(), r.departmentName(), r.status().name(), labels.status(r.status(), locale),
                    r.receivedOn(), r.acceptedOn(), r.dueOn(), r.paused(), r.closedOn(), r.result(), labels.result(r.result(), locale),
                    r.documentNumber(), r.backfill(),
                    r.steps().stream().map(s -> new Step(s.type().name(), labels.step(s, locale), s.outcome(), s.on(), s.backfill()))
                            .toList());
        }
    }

    @Schema(name = "PublicCaseLookupStep", description = "One thing that happened, by its public name and day.")
    record Step(
            @Schema(description = "APPLIED, PRE_ACCEPTED, ACCEPTED, REFUSED, STEP_COMPLETED, DECIDED, SUPPLEMENT_REQUESTED, … CLOSED")
            String type,
            @Schema(description = "the public name: the flowchart step (受理, 审查 …) or what happened (申办, 补正告知 …)") String name,
            @Schema(description = "only for acceptance, refusal and the decision (受理, 不予受理, 准予许可 …)") String outcome,
            LocalDate on,
            @Schema(description = "recorded after the fact (补录)") boolean backfill) {
    }
}
