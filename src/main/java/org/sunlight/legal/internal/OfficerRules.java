package org.sunlight.legal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.sunlight.legal.CertificateStatus;
import org.sunlight.legal.CertificateView;
import org.sunlight.legal.EnforcementField;
import org.sunlight.legal.OfficerProblem;
import org.sunlight.legal.OfficerReason;
import org.sunlight.legal.OfficerVerdict;

/**
 * The rules that decide whether an officer may act for a department on a day, as pure functions over
 * what the register holds (no database, no Spring context), so they can be tested as a table.
 */
final class OfficerRules {

    /** The member of staff as the organisation knows them; null when there is no such person. */
    record Person(long staffId, String name, boolean active) {
    }

    private OfficerRules() {
    }

    /** What keeps this certificate from covering {@code departmentId} (and {@code field}, if given) on {@code on}. */
    static List<OfficerReason> problemsOf(CertificateView c, String officer, long departmentId, String departmentName,
            EnforcementField field, LocalDate on) {
        List<OfficerReason> reasons = new ArrayList<>();
        if (c.status() == CertificateStatus.REVOKED) {
            // final: nothing else about it matters
            reasons.add(reason(OfficerProblem.REVOKED, c, officer, c.number(), text(c.statusReason())));
            return reasons;
        }
        if (c.status() == CertificateStatus.SUSPENDED) {
            reasons.add(reason(OfficerProblem.SUSPENDED, c, officer, c.number(), text(c.statusReason())));
        }
        if (on.isBefore(c.validFrom())) {
            reasons.add(reason(OfficerProblem.NOT_YET_VALID, c, officer, c.number(), c.validFrom().toString()));
        }
        if (on.isAfter(c.validUntil())) {
            reasons.add(reason(OfficerProblem.EXPIRED, c, officer, c.number(), c.validUntil().toString()));
        }
        if (!c.bodyActive()) {
            reasons.add(reason(OfficerProblem.CERTIFICATE_BODY_INACTIVE, c, officer, c.number(), text(c.departmentName())));
        }
        if (c.departmentId() != departmentId) {
            reasons.add(reason(OfficerProblem.WRONG_DEPARTMENT, c, officer, c.number(), text(c.departmentName()), departmentName));
        }
        if (field != null && c.field() != field) {
            reasons.add(reason(OfficerProblem.WRONG_FIELD, c, officer, c.number(), label(c.field()), label(field)));
        }
        return reasons;
    }

    /**
     * The verdict on one person: certified when at least one certificate has no problem; otherwise every
     * certificate's problems (or "no certificate", "not found", "deactivated").
     */
    static OfficerVerdict verdict(long staffId, Person person, List<CertificateView> certificates, long departmentId,
            String departmentName, EnforcementField field, LocalDate on) {
        if (person == null) {
            return refused(staffId, null, new OfficerReason(OfficerProblem.STAFF_NOT_FOUND, null, List.of(String.valueOf(staffId))));
        }
        if (!person.active()) {
            return refused(staffId, person.name(), new OfficerReason(OfficerProblem.STAFF_INACTIVE, null, List.of(person.name())));
        }
        if (certificates.isEmpty()) {
            return refused(staffId, person.name(), new OfficerReason(OfficerProblem.NO_CERTIFICATE, null, List.of(person.name())));
        }
        List<CertificateView> qualifying = new ArrayList<>();
        List<OfficerReason> reasons = new ArrayList<>();
        for (CertificateView c : certificates) {
            List<OfficerReason> problems = problemsOf(c, person.name(), departmentId, departmentName, field, on);
            if (problems.isEmpty()) {
                qualifying.add(c);
            } else {
                reasons.addAll(problems);
            }
        }
        if (!qualifying.isEmpty()) {
            return new OfficerVerdict(staffId, person.name(), true, List.copyOf(qualifying), List.of());
        }
        return new OfficerVerdict(staffId, person.name(), false, List.of(), List.copyOf(reasons));
    }

    private static OfficerVerdict refused(long staffId, String name, OfficerReason reason) {
        return new OfficerVerdict(staffId, name, false, List.of(), List.of(reason));
    }

    private static OfficerReason reason(OfficerProblem problem, CertificateView c, Object... args) {
        return new OfficerReason(problem, c.number(), List.of(args));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** A label the message source translates when the reason is shown. */
    static DefaultMessageSourceResolvable label(EnforcementField field) {
        return new DefaultMessageSourceResolvable(new String[] {field.messageKey()}, field.name());
    }
}
