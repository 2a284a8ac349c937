package org.sunlight.legal;

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
import org.sunlight.TestUsers;
import org.sunlight.IntegrationTest;

/**
 * Who may change and who may read the register, every endpoint × every demo role, from one table (the
 * same shape as the shared AccessMatrixTests). Requests that change things carry input that names
 * nothing or breaks a rule, so an allowed role gets 400/404/409 and the register stays as it is.
 * Scope within a role (another county, someone else's certificate) is tested in LegalApiTests.
 */
@IntegrationTest
class LegalAccessTests {

    static final List<String> ROLES = List.of("handler", "unit_head", "leader", "catalog_clerk", "legal_reviewer",
            "supervisor", "system_admin", "security_admin", "audit_admin", "citizen");
    static final Set<String> KEEP = Set.of("legal_reviewer");
    static final Set<String> READ = Set.of("legal_reviewer", "supervisor", "leader");
    /** Staff outside the three administrators (三员分立: no business data for them). */
    static final Set<String> STAFF = Set.of("handler", "unit_head", "leader", "catalog_clerk", "legal_reviewer", "supervisor");
    static final Set<String> EVERYONE = Set.copyOf(ROLES);

    record Endpoint(HttpMethod method, String path, String body, Set<String> allowed, boolean publicToo) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Endpoint of(HttpMethod method, String path, String body, Set<String> allowed) {
        return new Endpoint(method, path, body, allowed, false);
    }

    static final String NOTHING = "{\"reason\":\"理由写清楚\",\"version\":0}";

    static final List<Endpoint> TABLE = List.of(
            // pages
            of(HttpMethod.GET, "/legal/officers", null, READ),
            of(HttpMethod.GET, "/legal/bodies", null, READ),
            of(HttpMethod.GET, "/legal/bodies/new", null, KEEP),
            of(HttpMethod.GET, "/legal/certificates/new", null, KEEP),
            of(HttpMethod.POST, "/legal/certificates/999999/suspend", null, KEEP),
            of(HttpMethod.GET, "/legal/certificates/999999", null, STAFF),
            of(HttpMethod.GET, "/legal/my-certificates", null, STAFF),
            // API: read
            of(HttpMethod.GET, "/api/v1/legal/bodies", null, READ),
            of(HttpMethod.GET, "/api/v1/legal/certificates", null, READ),
            of(HttpMethod.GET, "/api/v1/legal/certificates/999999", null, STAFF),
            of(HttpMethod.GET, "/api/v1/legal/officers/me", null, STAFF),
            of(HttpMethod.GET, "/api/v1/legal/officers/999999", null, STAFF),
            of(HttpMethod.POST, "/api/v1/legal/officer-checks", "{\"staffIds\":[999999],\"departmentId\":999999}", STAFF),
            // API: change
            of(HttpMethod.POST, "/api/v1/legal/bodies", "{}", KEEP),
            of(HttpMethod.PUT, "/api/v1/legal/bodies/999999", "{\"legalBasis\":\"依据\",\"scope\":\"范围\",\"version\":0}", KEEP),
            of(HttpMethod.POST, "/api/v1/legal/bodies/999999/deactivate", "{\"version\":0}", KEEP),
            of(HttpMethod.POST, "/api/v1/legal/certificates", "{}", KEEP),
            of(HttpMethod.PUT, "/api/v1/legal/certificates/999999", "{\"version\":0}", KEEP),
            of(HttpMethod.POST, "/api/v1/legal/certificates/999999/suspend", NOTHING, KEEP),
            of(HttpMethod.POST, "/api/v1/legal/certificates/999999/reinstate", NOTHING, KEEP),
            of(HttpMethod.POST, "/api/v1/legal/certificates/999999/revoke", NOTHING, KEEP),
            // public
            new Endpoint(HttpMethod.GET, "/public/officers", null, EVERYONE, true),
            new Endpoint(HttpMethod.GET, "/api/v1/public/officers", null, EVERYONE, true));

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
            if (e.publicToo()) {
                assertThat(status).as("public").isEqualTo(200);
            } else {
                assertThat(status).as("anonymous must sign in first").isIn(401, 302);
            }
        } else if (e.allowed().contains(role)) {
            assertThat(status).as("%s is allowed", role).isNotIn(401, 403);
            assertThat(status).as("%s: no server error", role).isLessThan(500);
        } else {
            assertThat(status).as("%s is refused", role).isEqualTo(403);
        }
    }
}
