package org.sunlight.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Evaluates a controller's {@code @PreAuthorize} (on the class or the method) before Spring MVC reads
 * and validates the request. Method security alone runs after argument binding, so a caller without
 * the role got 400 for a malformed body instead of 403, and learnt what the endpoint expects. The
 * expressions name roles only (none refers to arguments), so they can be checked before binding; the
 * method-security proxy still checks again on the call itself.
 */
public class AuthorizeBeforeBindingInterceptor implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager manager = new PreAuthorizeAuthorizationManager();

    public AuthorizeBeforeBindingInterceptor(ApplicationContext context) {
        manager.setApplicationContext(context);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            Object[] noArguments = new Object[method.getMethod().getParameterCount()];
            SimpleMethodInvocation invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod(), noArguments);
            AuthorizationResult result = manager.authorize(() -> SecurityContextHolder.getContext().getAuthentication(), invocation);
            if (result != null && !result.isGranted()) {
                throw new AccessDeniedException("Access Denied");
            }
        }
        return true;
    }
}
