package org.sunlight.identity.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.sunlight.identity.Actor;

/** Builds the principal of an account as it stands now (also used by tests to act as a demo user). */
@Component
public class PrincipalFactory {

    private final AccountStore accounts;

    PrincipalFactory(AccountStore accounts) {
        this.accounts = accounts;
    }

    public Optional<AccountPrincipal> forUsername(String username) {
        return accounts.findByUsername(username).map(a -> new AccountPrincipal(
                new Actor(a.id(), a.username(), a.displayName(), a.staffId(), accounts.activeGrants(a.id())),
                a.mustChangePassword()));
    }
}
