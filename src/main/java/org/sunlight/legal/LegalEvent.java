package org.sunlight.legal;

import java.time.LocalDate;

/**
 * What the legal module announces when the officer register changes, inside the change's transaction
 * (supervision, for instance, re-checks cases whose officer lost a certificate on
 * {@link CertificateSuspended} or {@link CertificateRevoked}).
 */
public sealed interface LegalEvent {

    record EnforcementBodyRegistered(long bodyId, long departmentId) implements LegalEvent { }

    record EnforcementBodyChanged(long bodyId, long departmentId) implements LegalEvent { }

    record EnforcementBodyDeactivated(long bodyId, long departmentId) implements LegalEvent { }

    record EnforcementBodyReactivated(long bodyId, long departmentId) implements LegalEvent { }

    record CertificateIssued(long certificateId, long staffId, String number, long departmentId, EnforcementField field,
            LocalDate validFrom, LocalDate validUntil) implements LegalEvent { }

    record CertificateChanged(long certificateId, long staffId, String number, long departmentId, EnforcementField field,
            LocalDate validFrom, LocalDate validUntil) implements LegalEvent { }

    record CertificateSuspended(long certificateId, long staffId, String number, String reason) implements LegalEvent { }

    record CertificateReinstated(long certificateId, long staffId, String number, String reason) implements LegalEvent { }

    record CertificateRevoked(long certificateId, long staffId, String number, String reason) implements LegalEvent { }
}
