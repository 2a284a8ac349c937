package org.sunlight.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

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
            "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
            "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
            "/actuator/health/**", "/actuator/info", "/actuator/prometheus"
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        RequestMatcher basicAuthApi = request -> {
            String auth = request.getHeader("Authorization");
            return auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6);
        };
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(PUBLIC_PATHS).permitAll()
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/workspace", false).permitAll())
            .httpBasic(basic -> { })
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?logout"))
            .csrf(csrf -> csrf.ignoringRequestMatchers(basicAuthApi));
        return http.build();
    }
}
