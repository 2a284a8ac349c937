package org.sunlight.legal;

/**
 * How a certificate stands on a given day, from its status and dates. The first that applies wins:
 * revoked, expired, suspended, not yet valid, expiring soon, valid.
 */
public enum Standing {
    /** revoked: never valid again */
    REVOKED,
    /** the last day of validity has passed */
    EXPIRED,
    /** suspended by the legal reviewer */
    SUSPENDED,
    /** the first day of validity has not come yet */
    NOT_YET_VALID,
    /** valid, but the last day is within {@link CertificateView#EXPIRING_DAYS} days */
    EXPIRING_SOON,
    /** valid */
    VALID;

    /** Whether an officer may act on this certificate on that day. */
    public boolean usable() {
        return this == VALID || this == EXPIRING_SOON;
    }

    public String messageKey() {
        return "legal.standing." + name();
    }
}
