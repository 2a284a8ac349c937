package org.sunlight.identity;

import java.time.Clock;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;
import org.sunlight.common.Checks;
import org.sunlight.common.InvalidInputException;
import org.sunlight.identity.internal.AccountRecord;
import org.sunlight.identity.internal.AccountStore;
import org.sunlight.identity.internal.PolicyStore;

/** A signed-in user changes their own password (forced on first sign-in of an administrator-made account). */
@Service
@Transactional
public class PasswordChange {

    private final AccountStore accounts;
    private final PolicyStore policies;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    PasswordChange(AccountStore accounts, PolicyStore policies, PasswordEncoder encoder, CurrentUser currentUser,
            AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.policies = policies;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    public void change(String currentPassword, String newPassword, String confirmPassword) {
        Actor me = currentUser.actor();
        AccountRecord account = accounts.findById(me.accountId()).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            audit.record(AuditEntry.of("account.password-change", "account", account.id()).failed());
            throw new InvalidInputException("currentPassword", "identity.password.current-wrong");
        }
        Checks checks = Checks.start();
        checks.addAll(PasswordRules.check(policies.load(), account.username(), newPassword, "newPassword"));
        checks.require(newPassword == null || !newPassword.equals(currentPassword), "newPassword", "identity.password.same");
        checks.require(newPassword != null && newPassword.equals(confirmPassword), "confirmPassword", "identity.password.mismatch");
        checks.throwIfAny();
        accounts.updatePassword(account.id(), account.version(), encoder.encode(newPassword), false, clock.instant());
        audit.record(AuditEntry.of("account.password-change", "account", account.id()));
    }

}
