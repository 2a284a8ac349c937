package org.sunlight.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.sunlight.identity.SecurityPolicy;

/**
 * The single security_policy row. The session filter needs the policy on every signed-in request, so
 * {@link #load()} serves a copy that is dropped when this instance changes the policy (after commit)
 * and reread at the latest {@link #MAX_AGE} later, which is how other instances' changes arrive.
 */
@Repository
public class PolicyStore {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private record Cached(SecurityPolicy policy, Instant loadedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Cached cached;

    PolicyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public SecurityPolicy load() {
        Cached c = cached;
        Instant now = clock.instant();
        if (c == null || now.isBefore(c.loadedAt()) || now.isAfter(c.loadedAt().plus(MAX_AGE))) {
            c = new Cached(loadFresh(), now);
            cached = c;
        }
        return c.policy();
    }

    /** The row as the current transaction sees it, bypassing the cached copy. */
    public SecurityPolicy loadFresh() {
        return jdbc.sql("select * from security_policy where id = 1")
                .query((rs, i) -> new SecurityPolicy(rs.getInt("min_length"), rs.getInt("min_char_classes"),
                        rs.getInt("max_failed_attempts"), rs.getInt("lockout_minutes"), rs.getInt("idle_timeout_minutes"),
                        rs.getInt("password_max_age_days"), rs.getLong("version")))
                .optional().orElse(SecurityPolicy.DEFAULTS);
    }

    public void update(SecurityPolicy p, Instant now, String by) {
        int n = jdbc.sql("update security_policy set min_length = ?, min_char_classes = ?, max_failed_attempts = ?, "
                        + "lockout_minutes = ?, idle_timeout_minutes = ?, password_max_age_days = ?, updated_at = ?, "
                        + "updated_by = ?, version = version + 1 where id = 1 and version = ?")
                .params(p.minLength(), p.minCharClasses(), p.maxFailedAttempts(), p.lockoutMinutes(),
                        p.idleTimeoutMinutes(), p.passwordMaxAgeDays(), AccountStore.ts(now), by, p.version())
                .update();
        if (n != 1) {
            throw new OptimisticLockingFailureException("security policy changed concurrently");
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cached = null;
                }
            });
        } else {
            cached = null;
        }
    }
}
