package org.sunlight.audit.internal;

import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting and from where, as far as the current thread knows.
 *
 * <p>The client address is the request's remote address. The trail never reads X-Forwarded-For
 * itself: any client can send that header, so trusting it would let anyone write any address into
 * the trail. Behind a reverse proxy, set {@code server.forward-headers-strategy=native}: the servlet
 * container then takes the client address from the proxy's header only when the request comes from
 * an internal (trusted) proxy address, and the remote address seen here is the real client's.
 */
final class RequestActor {

    static final String ANONYMOUS = "anonymous";

    private RequestActor() {
    }

    /** The signed-in user's name, or null when nobody is signed in. */
    static String user() {
        Authentication auth = signedIn();
        return auth == null ? null : auth.getName();
    }

    /** The signed-in user's roles without the ROLE_ prefix, lower case, sorted, comma-joined; null if none. */
    static String roles() {
        Authentication auth = signedIn();
        if (auth == null) {
            return null;
        }
        String roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_"))
                .map(a -> a.substring(5).toLowerCase())
                .sorted().distinct().collect(Collectors.joining(","));
        return roles.isEmpty() ? null : roles;
    }

    /** The current request's remote address, or null outside a request (jobs, start-up). */
    static String clientAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        return null;
    }

    private static Authentication signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return auth;
    }
}
