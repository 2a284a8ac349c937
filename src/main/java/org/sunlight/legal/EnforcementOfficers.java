package org.sunlight.legal;

import java.time.LocalDate;
import java.util.List;

/**
 * Reads of the officer register for other modules, above all casework: "a penalty case needs at least
 * two officers holding valid certificates whose scope covers the item". These reads are not limited
 * to the signed-in user's scope: the caller has already decided that its user may act on the case.
 * <pre>{@code
 * OfficerCheck check = officers.checkOfficers(staffIds, item.departmentId(), caseDay);
 * check.requireAtLeast(OfficerCheck.PENALTY_MINIMUM, "officerIds"); // 400 listing every reason
 * }</pre>
 * A certificate is valid on a day when its status is ACTIVE, the day lies within valid-from and
 * valid-until (both included) and its enforcement body is active. It covers a department when it was
 * issued for that department's enforcement body, and a field when its field is that field.
 */
public interface EnforcementOfficers {

    /** Every certificate of this member of staff, newest first (revoked and expired included). */
    List<CertificateView> certificatesOf(long staffId);

    /** The certificates of this member of staff that are valid on {@code on}. */
    List<CertificateView> validCertificates(long staffId, LocalDate on);

    /**
     * Whether the person holds a certificate valid on {@code on} for {@code departmentId}'s enforcement
     * body and, when {@code field} is not null, for that field. A deactivated member of staff is not.
     */
    boolean isCertifiedFor(long staffId, long departmentId, EnforcementField field, LocalDate on);

    /** {@link #checkOfficers(List, long, EnforcementField, LocalDate)} for any field. */
    OfficerCheck checkOfficers(List<Long> staffIds, long departmentId, LocalDate on);

    /**
     * The verdict on each person named (duplicates counted once and reported), with every reason an
     * officer does not qualify: not found, deactivated, no certificate, and per certificate not yet
     * valid, expired, suspended, revoked, body deactivated, wrong department, wrong field.
     */
    OfficerCheck checkOfficers(List<Long> staffIds, long departmentId, EnforcementField field, LocalDate on);

    /** The active enforcement bodies, by region and department name (public information: 执法主体公示). */
    List<EnforcementBodyView> activeBodies();

    /**
     * The public list: certificates valid on {@code on}, of one department's body (or of all when
     * {@code departmentId} is null), ordered by department, then officer (staff id).
     */
    List<PublishedOfficer> published(Long departmentId, LocalDate on);
}
