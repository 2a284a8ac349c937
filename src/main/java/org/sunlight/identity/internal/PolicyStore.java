package org.sunlight.identity.internal;

import java.time.Instant;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunlight.identity.SecurityPolicy;

/** The single security_policy row. */
@Repository
public class PolicyStore {

    private final JdbcClient jdbc;

    PolicyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SecurityPolicy load() {
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
    }
}
