package org.sunlight.casework.internal;

import java.util.List;
import java.util.Map;

import org.sunlight.casework.CaseView;

/** Turns the stored state into the API's view. */
final class CaseViews {

    private CaseViews() {
    }

    static CaseView of(CaseFile f, long version) {
        CaseFile.Party p = f.party;
        CaseFile.Assessment a = f.assessment;
        return new CaseView(f.id, f.number, f.kind, f.itemId, f.itemVersionId, f.itemCode, f.itemName, f.category,
                f.flowVersionId, f.departmentId, f.unitId, f.regionCode, f.channel, f.status, p.type(), p.name(), p.idNumber(),
                p.phone(), p.address(), f.applicantAccountId, f.subject, f.source, f.facts, f.receivedAt, f.acceptedAt,
                f.dueAt, f.pausedSince, f.pauseKind, f.closedAt, f.limit, f.limitUnit,
                f.extensions.stream().map(e -> new CaseView.Extension(e.days(), e.reason(), e.approvedBy())).toList(),
                f.openSteps.entrySet().stream().map(e -> new CaseView.OpenStep(e.getKey(), e.getValue())).toList(),
                Map.copyOf(f.variables.entrySet().stream().filter(e -> e.getValue() != null)
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))),
                List.copyOf(f.officerStaffIds),
                a == null ? null : new CaseView.Assessment(a.level(), a.factors(), a.min(), a.max(), a.fine(), a.outsideReason(),
                        a.legalReviewRequired()),
                f.legalReviewRequired(),
                f.fees.stream().map(x -> new CaseView.Fee(x.item(), x.amount(), x.overrideReason())).toList(),
                f.feeOverride, f.approved, f.documentNumber, f.decidedAt, f.result, f.collected, f.backfill, f.recordedAt,
                f.lastSeq, version);
    }
}
