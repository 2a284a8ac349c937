package org.sunlight.identity;

import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;
import org.sunlight.common.Checks;
import org.sunlight.identity.internal.PolicyStore;

/** The security administrator reads and changes the password, lockout and session policy. */
@Service
@Transactional
public class SecurityPolicies {

    private final PolicyStore store;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    SecurityPolicies(PolicyStore store, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Anyone may know the rules a password must meet. */
    @Transactional(readOnly = true)
    public SecurityPolicy current() {
        return store.load();
    }

    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    public SecurityPolicy update(SecurityPolicy p) {
        Checks.start()
                .require(p.minLength() >= 8 && p.minLength() <= 64, "minLength", "identity.policy.range", 8, 64)
                .require(p.minCharClasses() >= 1 && p.minCharClasses() <= 4, "minCharClasses", "identity.policy.range", 1, 4)
                .require(p.maxFailedAttempts() >= 1 && p.maxFailedAttempts() <= 20, "maxFailedAttempts", "identity.policy.range", 1, 20)
                .require(p.lockoutMinutes() >= 1 && p.lockoutMinutes() <= 1440, "lockoutMinutes", "identity.policy.range", 1, 1440)
                .require(p.idleTimeoutMinutes() >= 1 && p.idleTimeoutMinutes() <= 480, "idleTimeoutMinutes", "identity.policy.range", 1, 480)
                .require(p.passwordMaxAgeDays() >= 0 && p.passwordMaxAgeDays() <= 365, "passwordMaxAgeDays", "identity.policy.range", 0, 365)
                .throwIfAny();
        SecurityPolicy before = store.loadFresh();
        store.update(p, clock.instant(), currentUser.actor().username());
        SecurityPolicy after = store.loadFresh();
        audit.record(AuditEntry.of("security-policy.update", "security_policy", 1).before(before.toString()).after(after.toString()));
        return after;
    }
}
