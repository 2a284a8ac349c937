package org.sunlight.legal.web;

import org.sunlight.legal.CertificateInput;
import org.sunlight.legal.CertificateView;

/** A certificate form's values as typed, so a refused form comes back exactly as it was sent. */
record CertificateForm(String staffId, String number, String issuingAuthority, String field, String departmentId,
        String validFrom, String validUntil) {

    static final String DEFAULT_AUTHORITY = "江苏省人民政府";

    static CertificateForm blank(Long departmentId) {
        return new CertificateForm("", "", DEFAULT_AUTHORITY, "", departmentId == null ? "" : departmentId.toString(), "", "");
    }

    static CertificateForm of(CertificateView c) {
        return new CertificateForm(String.valueOf(c.staffId()), c.number(), c.issuingAuthority(), c.field().name(),
                String.valueOf(c.departmentId()), c.validFrom().toString(), c.validUntil().toString());
    }

    CertificateInput input() {
        return new CertificateInput(id(staffId), number, issuingAuthority, field, id(departmentId), validFrom, validUntil);
    }

    /** An id typed into a select: empty is "none"; anything that is not a number names no record (-1). */
    static Long id(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
