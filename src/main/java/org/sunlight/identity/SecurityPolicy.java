package org.sunlight.identity;

/**
 * The password, lockout and session policy (等保 level 3) the security administrator keeps.
 * {@code passwordMaxAgeDays} 0 means passwords do not expire.
 */
public record SecurityPolicy(int minLength, int minCharClasses, int maxFailedAttempts, int lockoutMinutes,
        int idleTimeoutMinutes, int passwordMaxAgeDays, long version) {

    public static final SecurityPolicy DEFAULTS = new SecurityPolicy(10, 3, 5, 15, 30, 0, 0);
}
