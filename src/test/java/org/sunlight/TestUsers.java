package org.sunlight;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sunlight.identity.internal.AccountPrincipal;
import org.sunlight.identity.internal.PrincipalFactory;

/**
 * Acting as a real account in tests, with its real roles and scopes, without a password round trip:
 * {@code mvc.perform(get("/x").with(users.as("handler")))} or {@code users.runAs("leader", () -> ...)}.
 */

public class TestUsers {

    private final PrincipalFactory principals;

    public TestUsers(PrincipalFactory principals) {
        this.principals = principals;
    }

    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.authentication(token(username));
    }

    /** Runs {@code action} in this thread as {@code username}, then restores the previous context. */
    public <T> T callAs(String username, java.util.concurrent.Callable<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token(username));
        SecurityContextHolder.setContext(context);
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void runAs(String username, Runnable action) {
        callAs(username, () -> {
            action.run();
            return null;
        });
    }

    private UsernamePasswordAuthenticationToken token(String username) {
        AccountPrincipal p = principals.forUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("no account " + username));
        return UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities());
    }
}
