package org.sunlight.legal;

/**
 * What the legal reviewer has decided about a certificate. Expiry is not a status: it follows from the
 * dates (see {@link Standing}).
 */
public enum CertificateStatus {
    /** in force as far as the reviewer is concerned (still subject to its validity dates) */
    ACTIVE,
    /** temporarily withdrawn (暂扣), e.g. during an investigation; may be reinstated */
    SUSPENDED,
    /** withdrawn for good (吊销/注销); final, no further change */
    REVOKED
}
