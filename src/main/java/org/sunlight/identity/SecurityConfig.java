package org.sunlight.identity;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;
import org.sunlight.identity.internal.PolicyStore;
import org.sunlight.identity.internal.SessionPolicyFilter;

/**
 * Who may reach what, coarsely: public pages and the public API are open, everything else needs a
 * signed-in user. Fine-grained rules (role and scope) sit on each module's controllers and services.
 * CSRF protects every form and every cookie-authenticated API call; machine clients using HTTP Basic
 * carry no ambient cookie and are exempt.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    static final String[] PUBLIC_PATHS = {
            "/", "/login", "/register", "/error", "/public/**", "/api/v1/public/**",
            "/webjars/**", "/assets/**", "/favicon.ico",
            "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
            "/actuator/health/**", "/actuator/info", "/actuator/prometheus"
    };

    /**
     * Pages under /public that belong to a registered applicant (citizen or organisation): online application
     * and 我的办件. Checked before {@link #PUBLIC_PATHS}; the case lookup (/public/cases/lookup and
     * /api/v1/public/cases/lookup) stays public.
     */
    static final String[] APPLICANT_PATHS = {"/public/apply/**", "/public/my-cases", "/public/my-cases/**"};

    /** Adaptive hashing: bcrypt by default, with the algorithm id stored so it can be raised later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, PolicyStore policies, AuditTrail audit, Clock clock) throws Exception {
        RequestMatcher basicAuthApi = request -> {
            String auth = request.getHeader("Authorization");
            return auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6);
        };
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) throws ServletException, IOException {
                // The container's timeout backs up the policy's idle timeout (checked exactly by SessionPolicyFilter).
                request.getSession().setMaxInactiveInterval(policies.load().idleTimeoutMinutes() * 60);
                request.getSession().setAttribute(SessionPolicyFilter.LAST_SEEN, clock.instant());
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        success.setDefaultTargetUrl("/workspace");
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(APPLICANT_PATHS).hasAnyRole(Role.CITIZEN.name(), Role.ORGANISATION.name())
                .requestMatchers(PUBLIC_PATHS).permitAll()
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").successHandler(success).failureUrl("/login?error").permitAll())
            .httpBasic(basic -> { })
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                .addLogoutHandler((request, response, authentication) -> {
                    if (authentication != null) {
                        audit.record(AuditEntry.of("logout", "account", authentication.getName()));
                    }
                }))
            .csrf(csrf -> csrf.ignoringRequestMatchers(basicAuthApi))
            // Our own pages embed our own SVG flowcharts (<object>); other sites still may not frame us.
            .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
            .addFilterBefore(new SessionPolicyFilter(policies, audit, clock), AuthorizationFilter.class);
        return http.build();
    }
}
