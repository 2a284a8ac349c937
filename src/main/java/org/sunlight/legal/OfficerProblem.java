package org.sunlight.legal;

/** Why an officer (or the department of a case) does not qualify. Message keys: {@code legal.check.<name>}. */
public enum OfficerProblem {
    /** the case's department is not a registered enforcement body */
    NOT_A_BODY,
    /** the case's department is registered, but its enforcement body is deactivated */
    BODY_INACTIVE,
    /** no member of staff with this id */
    STAFF_NOT_FOUND,
    /** the member of staff is deactivated (left the service) */
    STAFF_INACTIVE,
    /** the same person was named more than once; counted once */
    DUPLICATE,
    /** the person holds no certificate at all */
    NO_CERTIFICATE,
    /** a certificate whose first valid day is after the day asked about */
    NOT_YET_VALID,
    /** a certificate whose last valid day is before the day asked about */
    EXPIRED,
    /** a suspended certificate */
    SUSPENDED,
    /** a revoked certificate */
    REVOKED,
    /** a certificate whose enforcement body is deactivated */
    CERTIFICATE_BODY_INACTIVE,
    /** a certificate issued for another department's enforcement body */
    WRONG_DEPARTMENT,
    /** a certificate for another enforcement field */
    WRONG_FIELD,
    /** fewer certified officers than the rule requires */
    TOO_FEW;

    public String messageKey() {
        return "legal.check." + name().toLowerCase().replace('_', '-');
    }
}
