package org.sunlight.identity;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;
import org.sunlight.common.Checks;
import org.sunlight.common.ConflictException;
import org.sunlight.identity.internal.AccountStore;
import org.sunlight.identity.internal.PolicyStore;

/** Citizens and organisations register themselves; they get their public role and nothing else. */
@Service
@Transactional
public class PublicRegistration {

    private final AccountStore accounts;
    private final PolicyStore policies;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    PublicRegistration(AccountStore accounts, PolicyStore policies, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.policies = policies;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    public long register(Registration r) {
        Checks checks = Checks.start();
        UsernameRules.check(checks, r.username(), "username");
        checks.text(r.displayName(), "displayName", 100);
        checks.optionalText(r.phone(), "phone", 32);
        checks.require(r.phone() == null || r.phone().isBlank() || r.phone().matches("[0-9+\\- ]{5,32}"), "phone", "error.format");
        checks.require(r.role() == Role.CITIZEN || r.role() == Role.ORGANISATION, "role", "identity.register.role");
        checks.addAll(PasswordRules.check(policies.load(), r.username(), r.password(), "password"));
        checks.require(r.password() != null && r.password().equals(r.confirmPassword()), "confirmPassword", "identity.password.mismatch");
        checks.throwIfAny();
        if (accounts.usernameTaken(r.username())) {
            throw new ConflictException("username", "identity.username.taken");
        }
        Instant now = clock.instant();
        String phone = r.phone() == null || r.phone().isBlank() ? null : r.phone().trim();
        long id = accounts.insert(r.username().trim(), encoder.encode(r.password()), AccountKind.PUBLIC, null,
                r.displayName().trim(), phone, false, now, r.username().trim());
        accounts.insertGrant(id, new Grant(0, r.role(), ScopeKind.NONE, null), now, r.username().trim());
        audit.record(AuditEntry.of("account.register", "account", id)
                .after("{\"username\":\"" + r.username().trim() + "\",\"role\":\"" + r.role().key() + "\"}")
                .by(r.username().trim(), r.role().key()));
        return id;
    }
}
