package org.sunlight.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;

/**
 * Two session rules of the security policy, checked on every request of a signed-in browser session:
 * <ol>
 * <li>Idle timeout: a session unused for longer than the policy's minutes is ended (checked against the
 * injected clock, so it is exact and testable; the servlet container's own timeout is only a backstop).</li>
 * <li>Forced password change: until the owner of an administrator-made (or expired) password changes it,
 * every page leads to the change form and the API answers 403.</li>
 * </ol>
 */
public class SessionPolicyFilter extends OncePerRequestFilter {

    public static final String LAST_SEEN = "sunlight.lastSeen";
    public static final String PASSWORD_CHANGE_PATH = "/account/password";

    private final PolicyStore policies;
    private final AuditTrail audit;
    private final Clock clock;

    public SessionPolicyFilter(PolicyStore policies, AuditTrail audit, Clock clock) {
        this.policies = policies;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && auth != null && auth.getPrincipal() instanceof AccountPrincipal principal && !isStatic(request)) {
            Instant now = clock.instant();
            Object lastSeen = session.getAttribute(LAST_SEEN);
            Duration idle = Duration.ofMinutes(policies.load().idleTimeoutMinutes());
            if (lastSeen instanceof Instant seen && seen.plus(idle).isBefore(now)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                audit.record(AuditEntry.of("session.idle-timeout", "account", principal.actor().accountId())
                        .by(principal.getUsername(), null));
                if (isApi(request)) {
                    response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                } else {
                    response.sendRedirect(request.getContextPath() + "/login?expired");
                }
                return;
            }
            session.setAttribute(LAST_SEEN, now);
            if (principal.mustChangePassword() && !mayPassWhileForced(request)) {
                if (isApi(request)) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN, "password change required");
                } else {
                    response.sendRedirect(request.getContextPath() + PASSWORD_CHANGE_PATH);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }

    private static boolean isStatic(HttpServletRequest request) {
        String p = path(request);
        return p.startsWith("/webjars/") || p.startsWith("/assets/")
                || p.equals("/favicon.ico");
    }

    private static boolean mayPassWhileForced(HttpServletRequest request) {
        String p = path(request);
        return p.equals(PASSWORD_CHANGE_PATH) || p.equals("/logout") || p.equals("/error") || p.equals("/login");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
