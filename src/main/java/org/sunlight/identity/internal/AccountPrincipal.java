package org.sunlight.identity.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.sunlight.identity.Actor;

/** The authenticated principal: the account's actor view plus the flags the web layer needs. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private final Actor actor;
    private final boolean mustChangePassword;
    private final List<GrantedAuthority> authorities;

    public AccountPrincipal(Actor actor, boolean mustChangePassword) {
        this.actor = actor;
        this.mustChangePassword = mustChangePassword;
        this.authorities = actor.grants().stream().map(g -> g.role().authority()).distinct()
                .map(a -> (GrantedAuthority) new SimpleGrantedAuthority(a)).toList();
    }

    public Actor actor() {
        return actor;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public AccountPrincipal withPasswordChanged() {
        return new AccountPrincipal(actor, false);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return null; // never kept in the session
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public void eraseCredentials() {
        // nothing held
    }

    @Override
    public String toString() {
        return actor.username();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountPrincipal p && p.actor.accountId() == actor.accountId();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(actor.accountId());
    }
}
