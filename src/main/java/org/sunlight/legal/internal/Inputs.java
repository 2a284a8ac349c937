package org.sunlight.legal.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.sunlight.common.Checks;
import org.sunlight.common.FieldProblem;
import org.sunlight.legal.CertificateInput;
import org.sunlight.legal.EnforcementField;
import org.sunlight.legal.OfficerRegister;

/** Reading typed values out of what was entered, each wrong value becoming a problem of its field. */
final class Inputs {

    /** A certificate's values once read; null where the input was wrong (then {@code checks} holds why). */
    record Certificate(String number, String issuingAuthority, EnforcementField field, Long departmentId, LocalDate validFrom,
            LocalDate validUntil) {
    }

    private Inputs() {
    }

    /** Trims surrounding white space, including the ideographic space; null stays null. */
    static String clean(String s) {
        return s == null ? null : s.strip();
    }

    static Certificate certificate(CertificateInput input, Checks checks) {
        String number = CertificateNumbers.normalise(input.number());
        if (number == null) {
            checks.add(FieldProblem.of("number", "error.required"));
        } else if (!CertificateNumbers.valid(number)) {
            checks.add(FieldProblem.of("number", "legal.certificate.number-format"));
        }
        String authority = clean(input.issuingAuthority());
        checks.text(authority, "issuingAuthority", OfficerRegister.ISSUING_AUTHORITY_MAX);
        EnforcementField field = field(input.field(), checks);
        LocalDate from = date(input.validFrom(), "validFrom", checks);
        LocalDate until = date(input.validUntil(), "validUntil", checks);
        if (from != null && until != null && until.isBefore(from)) {
            checks.add(FieldProblem.of("validUntil", "legal.certificate.until-before-from"));
        }
        return new Certificate(number, authority, field, input.departmentId(), from, until);
    }

    static EnforcementField field(String value, Checks checks) {
        String v = clean(value);
        if (v == null || v.isEmpty()) {
            checks.add(FieldProblem.of("field", "error.required"));
            return null;
        }
        try {
            return EnforcementField.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            checks.add(FieldProblem.of("field", "legal.field-unknown"));
            return null;
        }
    }

    static LocalDate date(String value, String name, Checks checks) {
        String v = clean(value);
        if (v == null || v.isEmpty()) {
            checks.add(FieldProblem.of(name, "error.required"));
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            checks.add(FieldProblem.of(name, "legal.date.format"));
            return null;
        }
    }
}
