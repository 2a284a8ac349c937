package org.sunlight.identity.internal;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;
import org.sunlight.identity.AccountKind;
import org.sunlight.identity.CurrentUser;
import org.sunlight.identity.Grant;
import org.sunlight.identity.PasswordRules;
import org.sunlight.identity.Role;
import org.sunlight.identity.ScopeKind;

/**
 * A production installation starts with no accounts. When SUNLIGHT_BOOTSTRAP_ADMIN_PASSWORD is set and
 * the account table is empty, the three administrators (sysadmin, secadmin, auditadmin) are created with
 * that password, which each must change at first sign-in. Their scope is the whole platform.
 */
@Component
@Order(1)
class BootstrapAdministrators implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrators.class);

    private final AccountStore accounts;
    private final PolicyStore policies;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final String password;

    BootstrapAdministrators(AccountStore accounts, PolicyStore policies, PasswordEncoder encoder, AuditTrail audit,
            Clock clock, @Value("${SUNLIGHT_BOOTSTRAP_ADMIN_PASSWORD:}") String password) {
        this.accounts = accounts;
        this.policies = policies;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (password.isBlank() || accounts.count() > 0) {
            return;
        }
        if (!PasswordRules.check(policies.load(), "sysadmin", password, "password").isEmpty()) {
            throw new IllegalStateException("SUNLIGHT_BOOTSTRAP_ADMIN_PASSWORD does not meet the password policy");
        }
        Instant now = clock.instant();
        String hash = encoder.encode(password);
        create("sysadmin", "系统管理员", Role.SYSTEM_ADMIN, hash, now);
        create("secadmin", "安全管理员", Role.SECURITY_ADMIN, hash, now);
        create("auditadmin", "审计管理员", Role.AUDIT_ADMIN, hash, now);
        log.warn("Bootstrap administrators sysadmin, secadmin, auditadmin created; each must change the password at first sign-in.");
    }

    private void create(String username, String name, Role role, String hash, Instant now) {
        long id = accounts.insert(username, hash, AccountKind.STAFF, null, name, null, true, now, "bootstrap");
        accounts.insertGrant(id, new Grant(0, role, ScopeKind.REGION, CurrentUser.EVERYWHERE), now, "bootstrap");
        audit.record(AuditEntry.of("account.create", "account", id).after("{\"username\":\"" + username + "\",\"bootstrap\":true}").by("bootstrap", null));
    }
}
