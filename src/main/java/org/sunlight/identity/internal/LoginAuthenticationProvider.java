package org.sunlight.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;
import org.sunlight.identity.Actor;
import org.sunlight.identity.SecurityPolicy;

/**
 * Password sign-in with lockout: after the policy's number of consecutive failures the account is
 * locked for the policy's minutes. Unknown user and wrong password get the same answer (and take the
 * same time). Every attempt is audited.
 */
@Component
class LoginAuthenticationProvider implements AuthenticationProvider {

    /** A real hash, compared against when the username is unknown so timing reveals nothing. */
    private final String dummyHash;

    private final AccountStore accounts;
    private final PolicyStore policies;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    LoginAuthenticationProvider(AccountStore accounts, PolicyStore policies, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.policies = policies;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.dummyHash = encoder.encode("no-such-account-" + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName().trim();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        Instant now = clock.instant();
        AccountRecord account = accounts.findByUsername(username).orElse(null);
        if (account == null) {
            encoder.matches(password, dummyHash);
            audit.record(AuditEntry.of("login.failure", "account", username).after("{\"reason\":\"bad-credentials\"}").failed().by(username, null));
            throw new BadCredentialsException("bad credentials");
        }
        if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
            audit.record(AuditEntry.of("login.refused-locked", "account", account.id()).failed().by(username, null));
            throw new AccountLockedException(account.lockedUntil());
        }
        if (!encoder.matches(password, account.passwordHash())) {
            failed(account, now);
            throw new BadCredentialsException("bad credentials");
        }
        if (!account.enabled()) {
            audit.record(AuditEntry.of("login.refused-disabled", "account", account.id()).failed().by(username, null));
            throw new DisabledException("disabled");
        }
        if (account.failedAttempts() != 0 || account.lockedUntil() != null) {
            accounts.recordFailures(account.id(), 0, null); // a success clears earlier failures
        }
        Actor actor = new Actor(account.id(), account.username(), account.displayName(), account.staffId(),
                accounts.activeGrants(account.id()));
        SecurityPolicy policy = policies.load();
        boolean expired = policy.passwordMaxAgeDays() > 0 && account.passwordChangedAt() != null
                && account.passwordChangedAt().plus(Duration.ofDays(policy.passwordMaxAgeDays())).isBefore(now);
        AccountPrincipal principal = new AccountPrincipal(actor, account.mustChangePassword() || expired);
        String roles = String.join(",", principal.getAuthorities().stream().map(a -> a.getAuthority().substring(5).toLowerCase()).toList());
        audit.record(AuditEntry.of("login.success", "account", account.id()).by(username, roles));
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private void failed(AccountRecord account, Instant now) {
        SecurityPolicy policy = policies.load();
        // A lock that has run out starts a fresh count.
        int previous = account.lockedUntil() != null ? 0 : account.failedAttempts();
        int failures = previous + 1;
        audit.record(AuditEntry.of("login.failure", "account", account.id())
                .after("{\"reason\":\"bad-credentials\",\"consecutiveFailures\":" + failures + "}").failed().by(account.username(), null));
        if (failures >= policy.maxFailedAttempts()) {
            Instant until = now.plus(Duration.ofMinutes(policy.lockoutMinutes()));
            accounts.recordFailures(account.id(), failures, until);
            audit.record(AuditEntry.of("account.lockout", "account", account.id())
                    .after("{\"lockedUntil\":\"" + until + "\"}").failed().by(account.username(), null));
        } else {
            accounts.recordFailures(account.id(), failures, null);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
