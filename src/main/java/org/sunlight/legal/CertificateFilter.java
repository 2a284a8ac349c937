package org.sunlight.legal;

/**
 * Filters of the register list; each null means "any". {@code query} matches part of a certificate
 * number or an officer's exact name. {@code standing} is judged on the register's today, and VALID there
 * means usable (valid or expiring soon). {@code staffId} narrows to one officer.
 */
public record CertificateFilter(Long departmentId, EnforcementField field, Standing standing, String query, Long staffId) {

    public static CertificateFilter all() {
        return new CertificateFilter(null, null, null, null, null);
    }
}
