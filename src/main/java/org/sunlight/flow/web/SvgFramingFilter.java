package org.sunlight.flow.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets this site's own pages embed the public flowchart pictures with {@code <object>}: Chrome applies
 * X-Frame-Options to {@code <object>}, and Spring Security answers every response with {@code DENY}.
 * For {@code /public/flow/**} only, {@code DENY} becomes {@code SAMEORIGIN} (other sites still cannot
 * frame them). Runs before the security filters and rewrites the header when they set it.
 * If SecurityConfig ever sends SAMEORIGIN for everything, this filter can go.
 */
@Configuration(proxyBeanMethods = false)
class SvgFramingFilter {

    static final String PATH = "/public/flow/";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> flowSvgFraming() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !request.getRequestURI().startsWith(request.getContextPath() + PATH);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, new SameOrigin(response));
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.addUrlPatterns(PATH + "*");
        return registration;
    }

    private static final class SameOrigin extends HttpServletResponseWrapper {

        SameOrigin(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, frame(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, frame(name, value));
        }

        private static String frame(String name, String value) {
            return "X-Frame-Options".equalsIgnoreCase(name) ? "SAMEORIGIN" : value;
        }
    }
}
