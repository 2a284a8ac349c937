package org.sunlight.legal;

import java.time.LocalDate;

/**
 * An enforcement certificate (执法证) held by an officer (a member of staff). Its scope is the
 * department of the enforcement body it was issued for ({@code bodyId}, {@code departmentId}) and its
 * enforcement field. Valid from {@code validFrom} through {@code validUntil}, both days included.
 * {@code officerName} and {@code departmentName} are read from the organisation when the view is made.
 */
public record CertificateView(long id, long staffId, String officerName, String number, String issuingAuthority,
        EnforcementField field, long bodyId, long departmentId, String departmentName, boolean bodyActive,
        LocalDate validFrom, LocalDate validUntil, CertificateStatus status, String statusReason, long version) {

    /** "Expiring soon" means the last valid day is at most this many days ahead. */
    public static final int EXPIRING_DAYS = 30;

    /** How the certificate stands on {@code day} (status first, then dates). */
    public Standing standing(LocalDate day) {
        if (status == CertificateStatus.REVOKED) {
            return Standing.REVOKED;
        }
        if (day.isAfter(validUntil)) {
            return Standing.EXPIRED;
        }
        if (status == CertificateStatus.SUSPENDED) {
            return Standing.SUSPENDED;
        }
        if (day.isBefore(validFrom)) {
            return Standing.NOT_YET_VALID;
        }
        if (!validUntil.isAfter(day.plusDays(EXPIRING_DAYS))) {
            return Standing.EXPIRING_SOON;
        }
        return Standing.VALID;
    }

    /** Usable on {@code day}: active, within its dates, and its enforcement body still active. */
    public boolean validOn(LocalDate day) {
        return bodyActive && standing(day).usable();
    }
}
