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
 * that is invalid or names nothing, so an allowed role gets 400/404/409 and the data stays as it is;
 * a refused role must get 403 even for a malformed body (roles are checked before the body is read).
 */
@IntegrationTest
class AccessMatrixTests {

    static final List<String> ROLES = List.of("handler", "unit_head", "leader", "catalog_clerk", "legal_reviewer",
            "supervisor", "system_admin", "security_admin", "audit_admin", "citizen");
    static final Set<String> STAFF = Set.of("handler", "unit_head", "leader", "catalog_clerk", "legal_reviewer",
            "supervisor", "system_admin", "security_admin", "audit_admin");
    static final Set<String> EVERYONE = Set.copyOf(ROLES);
    /** Staff outside the three administrators (三员分立: no business data for them). */
    static final Set<String> BUSINESS = Set.of("handler", "unit_head", "leader", "catalog_clerk", "legal_reviewer", "supervisor");
    static final Set<String> CLERK = Set.of("catalog_clerk");
    static final Set<String> REVIEWERS = Set.of("unit_head", "leader", "legal_reviewer");
    static final Set<String> CATALOG_READERS = Set.of("catalog_clerk", "unit_head", "leader", "legal_reviewer", "supervisor");
    static final Set<String> LEGAL_KEEPER = Set.of("legal_reviewer");
    static final Set<String> LEGAL_READERS = Set.of("legal_reviewer", "supervisor", "leader");
    /** Casework: who reads cases, who works them, who receives them at the window. */
    static final Set<String> CASE_READERS = Set.of("handler", "unit_head", "leader", "legal_reviewer", "supervisor");
    static final Set<String> CASE_WORKERS = Set.of("handler", "unit_head", "leader", "legal_reviewer");
    static final Set<String> CASE_RECEIVERS = Set.of("handler", "unit_head", "leader");
    static final Set<String> HEADS = Set.of("unit_head", "leader");
    /** Registered citizens and organisations (the demo has a citizen). */
    static final Set<String> APPLICANT = Set.of("citizen");
    static final String REASON = "{\"reason\":\"理由写清楚\",\"version\":0}";

    /** {@code publicToo}: also open to anonymous callers, who must get 200. */
    record Endpoint(HttpMethod method, String path, String body, Set<String> allowed, boolean publicToo) {

        Endpoint(HttpMethod method, String path, String body, Set<String> allowed) {
            this(method, path, body, allowed, false);
        }

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
            new Endpoint(HttpMethod.PUT, "/api/v1/security-policy", "{}", Set.of("security_admin")),
            new Endpoint(HttpMethod.POST, "/api/v1/accounts/999999/grants", "{\"version\":0}", Set.of("security_admin")),
            new Endpoint(HttpMethod.DELETE, "/api/v1/accounts/999999/grants/1?version=0", null, Set.of("security_admin")),
            // organisation: read by staff, changed by the system administrator
            new Endpoint(HttpMethod.GET, "/admin/organization", null, Set.of("system_admin")),
            new Endpoint(HttpMethod.GET, "/api/v1/regions/321000", null, STAFF),
            new Endpoint(HttpMethod.GET, "/api/v1/regions/321000/departments", null, STAFF),
            new Endpoint(HttpMethod.POST, "/api/v1/regions", "{}", Set.of("system_admin")),
            new Endpoint(HttpMethod.POST, "/api/v1/departments", "{}", Set.of("system_admin")),
            new Endpoint(HttpMethod.POST, "/api/v1/units", "{}", Set.of("system_admin")),
            new Endpoint(HttpMethod.POST, "/api/v1/staff", "{}", Set.of("system_admin")),
            // audit: the audit administrator only
            new Endpoint(HttpMethod.GET, "/audit", null, Set.of("audit_admin")),
            new Endpoint(HttpMethod.GET, "/api/v1/audit/verify", null, Set.of("audit_admin")),
            new Endpoint(HttpMethod.GET, "/api/v1/audit/entries", null, Set.of("audit_admin")),
            // calendar: the system administrator keeps it; the calculator is public
            new Endpoint(HttpMethod.GET, "/admin/calendar", null, Set.of("system_admin")),
            new Endpoint(HttpMethod.POST, "/admin/calendar/entries", null, Set.of("system_admin")),
            new Endpoint(HttpMethod.GET, "/api/v1/public/deadline?start=2026-09-30&limit=20&unit=WORKING_DAYS", null, EVERYONE, true),
            // catalog: clerks write, reviewers review, leaders decide the lifecycle, supervisors read
            new Endpoint(HttpMethod.GET, "/catalog", null, CATALOG_READERS),
            new Endpoint(HttpMethod.GET, "/catalog/assign", null, CLERK),
            new Endpoint(HttpMethod.GET, "/api/v1/catalog/items", null, CATALOG_READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/catalog/reviews/leader", null, REVIEWERS),
            new Endpoint(HttpMethod.POST, "/api/v1/catalog/items", "{}", CLERK),
            new Endpoint(HttpMethod.POST, "/api/v1/catalog/versions/999999/submit", "{\"version\":0}", CLERK),
            new Endpoint(HttpMethod.POST, "/api/v1/catalog/versions/999999/approve", "{\"version\":0}", REVIEWERS),
            new Endpoint(HttpMethod.POST, "/api/v1/catalog/versions/999999/publish", "{\"version\":0}", CLERK),
            new Endpoint(HttpMethod.POST, "/api/v1/catalog/items/999999/suspend", REASON, Set.of("leader")),
            new Endpoint(HttpMethod.GET, "/catalog/excel", null, CLERK),
            new Endpoint(HttpMethod.GET, "/api/v1/catalog/excel/template", null, CLERK),
            new Endpoint(HttpMethod.GET, "/api/v1/public/catalog/search?q=物业", null, EVERYONE, true),
            // flowcharts: staff read, the clerk edits
            new Endpoint(HttpMethod.GET, "/flow", null, CLERK),
            new Endpoint(HttpMethod.GET, "/api/v1/flow/templates", null, BUSINESS),
            new Endpoint(HttpMethod.POST, "/api/v1/flow/drafts", "{}", CLERK),
            new Endpoint(HttpMethod.DELETE, "/api/v1/flow/drafts/999999", null, CLERK),
            // legal: the legal reviewer keeps the register, supervisors and leaders read, staff see their own
            new Endpoint(HttpMethod.GET, "/legal/officers", null, LEGAL_READERS),
            new Endpoint(HttpMethod.GET, "/legal/bodies", null, LEGAL_READERS),
            new Endpoint(HttpMethod.GET, "/legal/bodies/new", null, LEGAL_KEEPER),
            new Endpoint(HttpMethod.GET, "/legal/certificates/new", null, LEGAL_KEEPER),
            new Endpoint(HttpMethod.POST, "/legal/certificates/999999/suspend", null, LEGAL_KEEPER),
            new Endpoint(HttpMethod.GET, "/legal/certificates/999999", null, BUSINESS),
            new Endpoint(HttpMethod.GET, "/legal/my-certificates", null, BUSINESS),
            new Endpoint(HttpMethod.GET, "/api/v1/legal/bodies", null, LEGAL_READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/legal/certificates", null, LEGAL_READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/legal/certificates/999999", null, BUSINESS),
            new Endpoint(HttpMethod.GET, "/api/v1/legal/officers/me", null, BUSINESS),
            new Endpoint(HttpMethod.GET, "/api/v1/legal/officers/999999", null, BUSINESS),
            new Endpoint(HttpMethod.POST, "/api/v1/legal/officer-checks", "{\"staffIds\":[999999],\"departmentId\":999999}", BUSINESS),
            new Endpoint(HttpMethod.POST, "/api/v1/legal/bodies", "{}", LEGAL_KEEPER),
            new Endpoint(HttpMethod.PUT, "/api/v1/legal/bodies/999999", "{\"legalBasis\":\"依据\",\"scope\":\"范围\",\"version\":0}", LEGAL_KEEPER),
            new Endpoint(HttpMethod.POST, "/api/v1/legal/bodies/999999/deactivate", "{\"version\":0}", LEGAL_KEEPER),
            new Endpoint(HttpMethod.POST, "/api/v1/legal/certificates", "{}", LEGAL_KEEPER),
            new Endpoint(HttpMethod.PUT, "/api/v1/legal/certificates/999999", "{\"version\":0}", LEGAL_KEEPER),
            new Endpoint(HttpMethod.POST, "/api/v1/legal/certificates/999999/suspend", REASON, LEGAL_KEEPER),
            new Endpoint(HttpMethod.POST, "/api/v1/legal/certificates/999999/reinstate", REASON, LEGAL_KEEPER),
            new Endpoint(HttpMethod.POST, "/api/v1/legal/certificates/999999/revoke", REASON, LEGAL_KEEPER),
            new Endpoint(HttpMethod.GET, "/public/officers", null, EVERYONE, true),
            new Endpoint(HttpMethod.GET, "/api/v1/public/officers", null, EVERYONE, true),
            // casework pages: the same roles as the API; post and scope per case in the service
            new Endpoint(HttpMethod.GET, "/cases/tasks", null, CASE_WORKERS),
            new Endpoint(HttpMethod.GET, "/cases/unit", null, HEADS),
            new Endpoint(HttpMethod.GET, "/cases/new", null, CASE_RECEIVERS),
            new Endpoint(HttpMethod.POST, "/cases/new", null, CASE_RECEIVERS),
            new Endpoint(HttpMethod.GET, "/cases/new-penalty", null, CASE_RECEIVERS),
            new Endpoint(HttpMethod.POST, "/cases/new-penalty", null, CASE_RECEIVERS),
            new Endpoint(HttpMethod.GET, "/cases/999999", null, CASE_READERS),
            new Endpoint(HttpMethod.GET, "/cases/999999/fine-proposal?level=一般", null, CASE_READERS),
            new Endpoint(HttpMethod.POST, "/cases/999999/complete", null, CASE_WORKERS),
            new Endpoint(HttpMethod.POST, "/cases/999999/terminate", null, CASE_WORKERS),
            // casework API: roles here, then post and scope per case in the service
            new Endpoint(HttpMethod.GET, "/api/v1/cases/999999", null, CASE_READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/cases/999999/events", null, CASE_READERS),
            new Endpoint(HttpMethod.GET, "/api/v1/cases/tasks", null, CASE_WORKERS),
            new Endpoint(HttpMethod.GET, "/api/v1/cases/done", null, CASE_WORKERS),
            new Endpoint(HttpMethod.GET, "/api/v1/cases/headed", null, HEADS),
            new Endpoint(HttpMethod.POST, "/api/v1/cases", "{}", CASE_RECEIVERS),
            new Endpoint(HttpMethod.POST, "/api/v1/cases/penalties", "{}", CASE_RECEIVERS),
            new Endpoint(HttpMethod.POST, "/api/v1/cases/999999/steps", "{}", CASE_WORKERS),
            new Endpoint(HttpMethod.POST, "/api/v1/cases/999999/refusal", "{}", CASE_WORKERS),
            new Endpoint(HttpMethod.POST, "/api/v1/cases/999999/supplement-requests", "{}", CASE_WORKERS),
            new Endpoint(HttpMethod.POST, "/api/v1/cases/999999/assessments", "{}", CASE_WORKERS),
            new Endpoint(HttpMethod.POST, "/api/v1/cases/999999/extensions", "{}", Set.of("leader")),
            new Endpoint(HttpMethod.POST, "/api/v1/cases/999999/termination", "{}", HEADS),
            // a case's documents and files: any signed-in account reaches them, then only staff in scope or the applicant
            new Endpoint(HttpMethod.GET, "/cases/999999/documents/decision.pdf", null, EVERYONE),
            new Endpoint(HttpMethod.GET, "/cases/999999/attachments/1", null, EVERYONE),
            // casework, the applicant's side: online application and 我的办件 for public accounts only; the lookup page is public
            new Endpoint(HttpMethod.GET, "/public/apply/NO-SUCH-ITEM", null, APPLICANT),
            new Endpoint(HttpMethod.POST, "/public/apply/NO-SUCH-ITEM", null, APPLICANT),
            new Endpoint(HttpMethod.GET, "/public/my-cases", null, APPLICANT),
            new Endpoint(HttpMethod.GET, "/public/my-cases/999999", null, APPLICANT),
            new Endpoint(HttpMethod.GET, "/public/my-cases/999999/receipt", null, APPLICANT),
            new Endpoint(HttpMethod.POST, "/public/my-cases/999999/withdraw", null, APPLICANT),
            new Endpoint(HttpMethod.GET, "/public/cases/lookup", null, EVERYONE, true));

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
