package org.sunlight.identity;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.sunlight.common.DemoMode;
import org.sunlight.identity.internal.PrincipalFactory;

/**
 * The demo accounts as actors, for other modules' demo-data loaders that act as the demo people through
 * their real commands (so the demo's records carry real accounts, grants and audit entries). Demo mode
 * only: refuses otherwise, so no production code path can act as someone without their sign-in.
 */
@Service
public class DemoActors {

    private final DemoMode mode;
    private final PrincipalFactory principals;

    DemoActors(DemoMode mode, PrincipalFactory principals) {
        this.mode = mode;
        this.principals = principals;
    }

    /** The account {@code username} with its grants as they stand now; empty when no such account exists. */
    public Optional<Actor> actor(String username) {
        if (!mode.enabled()) {
            throw new IllegalStateException("Demo actors exist only in demo mode");
        }
        return principals.forUsername(username).map(p -> p.actor());
    }
}
