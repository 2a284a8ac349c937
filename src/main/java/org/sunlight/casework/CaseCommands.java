package org.sunlight.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The inputs of {@link CaseHandling}'s commands. {@code version} is the case version the caller saw (optimistic locking). */
public final class CaseCommands {

    private CaseCommands() {
    }

    /** The party (当事人 / 申请人). The identity number, phone and address are personal data: never shown publicly. */
    public record PartyInput(PartyType type, String name, String idNumber, String phone, String address) {
    }

    /**
     * Recording after the fact (补录): when it really happened and why it is only being recorded now.
     * Null on a command means it happens now.
     */
    public record Backdate(Instant occurredAt, String reason) {
    }

    /** A file arriving with a command (materials, evidence, a signed document). */
    public record Upload(String fileName, byte[] content) {
    }

    /** A window receipt by staff or an online application by a registered applicant. */
    public record NewApplication(Long itemId, Channel channel, PartyInput party, String subject,
            Map<String, Object> variables, Backdate backdate, String idempotencyKey, List<Upload> uploads) {
    }

    /** 立案登记 of a penalty case: its source, the party, the facts and at least two certified officers. */
    public record NewPenaltyCase(Long itemId, FilingSource source, PartyInput party, String subject, String facts,
            List<Long> officerStaffIds, Backdate backdate, List<Upload> uploads) {
    }

    /** Finishing an open step with an outcome the flowchart offers there. */
    public record StepCompletion(long version, String step, String outcome, String opinion, Map<String, Object> variables,
            Backdate backdate, List<Upload> uploads) {
    }

    public record Note(long version, String text, Backdate backdate) {
    }

    public record SupplementRequest(long version, List<String> missing, String note, Backdate backdate) {
    }

    public record SpecialProcedureStart(long version, SpecialProcedureKind kind, String reason, String approver,
            Integer expectedDays, Backdate backdate) {
    }

    public record SpecialProcedureEnd(long version, String result, BigDecimal fee, Backdate backdate) {
    }

    public record ExtensionRequest(long version, Integer days, String reason, Backdate backdate) {
    }

    public record OfficerAssignment(long version, List<Long> staffIds, Backdate backdate) {
    }

    /** 裁量: the circumstance level, factors, for multiple-based fines the base amount, and the fine chosen. */
    public record PenaltyAssessment(long version, String level, List<String> factors, BigDecimal baseAmount,
            BigDecimal fine, String outsideReason, Backdate backdate) {
    }

    public record FeeCharge(long version, String item, BigDecimal amount, String overrideReason, Backdate backdate) {
    }

    /** 领取登记 / 送达: who took the result, how. */
    public record Collection(long version, String recipient, String method, Backdate backdate) {
    }
}
