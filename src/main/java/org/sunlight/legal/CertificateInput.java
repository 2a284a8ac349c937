package org.sunlight.legal;

/**
 * What the legal reviewer enters for a certificate, as typed (text), so that every wrong value comes
 * back as a problem naming its field. {@code staffId} counts only when issuing; {@code departmentId}
 * (the enforcement body's department) may be left empty: the officer's own department is meant.
 * Dates are yyyy-MM-dd; {@code field} is an {@link EnforcementField} name.
 */
public record CertificateInput(Long staffId, String number, String issuingAuthority, String field, Long departmentId,
        String validFrom, String validUntil) {
}
