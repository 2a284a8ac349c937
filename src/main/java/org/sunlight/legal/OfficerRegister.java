package org.sunlight.legal;

import java.util.List;

/**
 * The register as people use it, scoped to the signed-in user (via identity's CurrentUser):
 * <ul>
 * <li>the legal reviewer (法制审核) keeps it: registers bodies and issues, edits, suspends, reinstates
 * and revokes certificates of departments within the scope of their grant;</li>
 * <li>legal reviewers, supervisors and leaders read it within their scope;</li>
 * <li>every member of staff reads their own certificates ({@link #myCertificates()}).</li>
 * </ul>
 * Every change is checked, written, audited and announced in one transaction; a stale
 * {@code version} is refused (409, field "version").
 */
public interface OfficerRegister {

    int LEGAL_BASIS_MAX = 1000;
    int SCOPE_MAX = 1000;
    int ISSUING_AUTHORITY_MAX = 100;
    int REASON_MAX = 500;
    /** A reason must say something: at least this many characters. */
    int REASON_MIN = 4;

    // ---- enforcement bodies

    /** Bodies the user may read, by region and department name. */
    List<EnforcementBodyView> bodies();

    EnforcementBodyView body(long id);

    EnforcementBodyView registerBody(BodyInput input);

    EnforcementBodyView updateBody(long id, long version, BodyInput input);

    EnforcementBodyView deactivateBody(long id, long version);

    EnforcementBodyView reactivateBody(long id, long version);

    // ---- certificates

    /** Certificates the user may read, filtered; at most {@code limit} (≤ 500) from {@code offset}, by department, officer (staff id), number. */
    List<CertificateView> certificates(CertificateFilter filter, int offset, int limit);

    CertificateView certificate(long id);

    /** A member of staff with all their certificates: for themselves, or for a reader of their department. */
    OfficerView officer(long staffId);

    /** The signed-in member of staff's own certificates (empty for accounts without a staff record). */
    List<CertificateView> myCertificates();

    CertificateView issue(CertificateInput input);

    CertificateView update(long id, long version, CertificateInput input);

    CertificateView suspend(long id, long version, String reason);

    CertificateView reinstate(long id, long version, String reason);

    CertificateView revoke(long id, long version, String reason);

    /** Whether the signed-in user keeps the register for this department (shows the edit buttons). */
    boolean mayKeep(long departmentId);

    /** Whether the signed-in user keeps the register anywhere. */
    boolean keepsAny();

    /** How many active certificates the user keeps expire within {@link CertificateView#EXPIRING_DAYS} days. */
    int expiringSoonCount();
}
