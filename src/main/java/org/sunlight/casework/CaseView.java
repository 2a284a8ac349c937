package org.sunlight.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A case as staff see it (personal data included: never hand this to a public page; use
 * {@link CaseLookupResult} there).
 */
public record CaseView(long id, String number, CaseKind kind, long itemId, long itemVersionId, String itemCode,
        String itemName, String category, long flowVersionId, long departmentId, Long unitId, String regionCode,
        Channel channel, CaseStatus status, PartyType partyType, String partyName, String partyIdNumber, String partyPhone,
        String partyAddress, Long applicantAccountId, String subject, String source, String facts, Instant receivedAt,
        Instant acceptedAt, Instant dueAt, Instant pausedSince, String pauseKind, Instant closedAt, int limit,
        String limitUnit, List<Extension> extensions, List<OpenStep> openSteps, Map<String, Object> variables,
        List<Long> officerStaffIds, Assessment assessment, boolean legalReviewRequired, List<Fee> fees,
        boolean feeOverride, Boolean approved, String documentNumber, Instant decidedAt, String result, boolean collected,
        boolean backfill, Instant recordedAt, int lastSeq, long version) {

    public record OpenStep(String key, Instant openedAt) {
    }

    public record Extension(int days, String reason, String approvedBy) {
    }

    public record Assessment(String level, List<String> factors, BigDecimal min, BigDecimal max, BigDecimal fine,
            String outsideReason, boolean legalReviewRequired) {
    }

    public record Fee(String item, BigDecimal amount, String overrideReason) {
    }

    public boolean paused() {
        return status.paused();
    }
}
