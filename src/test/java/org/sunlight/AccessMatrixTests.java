package org.sunlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every staff endpoint × every role, from one table: who may reach it (anything but 401/403) and who
 * is refused (403); anonymous callers are sent to sign in. Requests that change things carry input
 * that is well-formed (so bean validation, which runs before method security, passes) but breaks a
 * business rule or names nothing, so an allowed role gets 400/404/409 and the data stays as it is.
 */
@IntegrationTest
class AccessMatrixTests {

    static final List<String> ROLES = List.of("handler", "unit_head", "leader", "catalog_clerk", "legal_reviewer",
            "supervisor", "system_admin", "security_admin", "audit_admin", "citizen");
    static final Set<String> STAFF = Set.of("handler", "unit_head", "leader", "catalog_clerk", "legal_reviewer",
            "supervisor", "system_admin", "security_admin", "audit_admin");
    static final Set<String> EVERYONE = Set.copyOf(ROLES);

    record Endpoint(HttpMethod method, String path, String body, Set<String> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> TABLE = List.of(
            // shell and own account
            new Endpoint(HttpMethod.GET, "/workspace", null, EVERYONE),
            new Endpoint(HttpMethod.GET, "/account", null, EVERYONE),
            new Endpoint(HttpMethod.GET, "/api/v1/me", null, EVERYONE),
            // identity: system administrator
            new Endpoint(HttpMethod.GET, "/admin/accounts", null, Set.of("system_admin")),
            new Endpoint(HttpMethod.GET, "/api/v1/accounts", null, Set.of("system_admin")),
            new Endpoint(HttpMethod.POST, "/api/v1/accounts", "{}", Set.of("system_admin")),
            new Endpoint(HttpMethod.POST, "/api/v1/accounts/999999/disable", "{\"version\":0}", Set.of("system_admin")),
            new Endpoint(HttpMethod.POST, "/api/v1/accounts/999999/unlock", "{\"version\":0}", Set.of("system_admin")),
            new Endpoint(HttpMethod.POST, "/api/v1/accounts/999999/reset-password", "{\"version\":0}", Set.of("system_admin")),
            new Endpoint(HttpMethod.GET, "/api/v1/accounts/999999", null, Set.of("system_admin", "security_admin")),
            // identity: security administrator
            new Endpoint(HttpMethod.GET, "/admin/roles", null, Set.of("security_admin")),
            new Endpoint(HttpMethod.GET, "/admin/security-policy", null, Set.of("security_admin")),
            new Endpoint(HttpMethod.GET, "/api/v1/security-policy", null, Set.of("security_admin")),
            new Endpoint(HttpMethod.PUT, "/api/v1/security-policy", "{\"minLength\":1,\"minCharClasses\":0,\"maxFailedAttempts\":0,"
                    + "\"lockoutMinutes\":0,\"idleTimeoutMinutes\":0,\"passwordMaxAgeDays\":0,\"version\":0}", Set.of("security_admin")),
            new Endpoint(HttpMethod.POST, "/api/v1/accounts/999999/grants", "{\"version\":0}", Set.of("security_admin")),
            new Endpoint(HttpMethod.DELETE, "/api/v1/accounts/999999/grants/1?version=0", null, Set.of("security_admin")),
            // organisation: read by staff, changed by the system administrator
            new Endpoint(HttpMethod.GET, "/admin/organization", null, Set.of("system_admin")),
            new Endpoint(HttpMethod.GET, "/api/v1/regions/321000", null, STAFF),
            new Endpoint(HttpMethod.GET, "/api/v1/regions/321000/departments", null, STAFF),
            new Endpoint(HttpMethod.POST, "/api/v1/regions", "{}", Set.of("system_admin")),
            new Endpoint(HttpMethod.POST, "/api/v1/departments", "{}", Set.of("system_admin")),
            new Endpoint(HttpMethod.POST, "/api/v1/units", "{\"departmentId\":999999}", Set.of("system_admin")),
            new Endpoint(HttpMethod.POST, "/api/v1/staff", "{\"unitId\":999999}", Set.of("system_admin")),
            // audit: the audit administrator only
            new Endpoint(HttpMethod.GET, "/audit", null, Set.of("audit_admin")),
            new Endpoint(HttpMethod.GET, "/api/v1/audit/verify", null, Set.of("audit_admin")),
            new Endpoint(HttpMethod.GET, "/api/v1/audit/entries", null, Set.of("audit_admin")));

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Endpoint e : TABLE) {
            for (String role : ROLES) {
                cells.add(Arguments.of(e, role));
            }
            cells.add(Arguments.of(e, "anonymous"));
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void accessIsAsDesigned(Endpoint e, String role) throws Exception {
        MockHttpServletRequestBuilder req = request(e.method(), e.path()).with(csrf());
        if (e.body() != null) {
            req.contentType(MediaType.APPLICATION_JSON).content(e.body());
        }
        if (!role.equals("anonymous")) {
            req.with(users.as(role));
        }
        int status = mvc.perform(req).andReturn().getResponse().getStatus();
        if (role.equals("anonymous")) {
            assertThat(status).as("anonymous must sign in first").isIn(401, 302);
        } else if (e.allowed().contains(role)) {
            assertThat(status).as("%s is allowed", role).isNotIn(401, 403);
            assertThat(status).as("%s: no server error", role).isLessThan(500);
        } else {
            assertThat(status).as("%s is refused", role).isEqualTo(403);
        }
    }
}
