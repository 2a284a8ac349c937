package org.sunlight.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.sunlight.IntegrationTest;

/** The audit administrator's API and page, and that nobody else reaches them. */
@IntegrationTest
class AuditApiTests {

    static final String[] AUDIT_PATHS = {"/api/v1/audit/verify", "/api/v1/audit/entries", "/audit"};

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Test
    void auditAdminMayVerifyReadAndOpenThePage() throws Exception {
        for (String path : AUDIT_PATHS) {
            mvc.perform(get(path).with(user("auditor").roles("AUDIT_ADMIN"))).andExpect(status().isOk());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"SYSTEM_ADMIN", "SECURITY_ADMIN", "HANDLER", "UNIT_HEAD", "LEADER", "CATALOG_CLERK",
            "LEGAL_REVIEWER", "SUPERVISOR", "CITIZEN", "ORGANISATION"})
    void everyOtherRoleIsForbidden(String role) throws Exception {
        long before = AuditTestSupport.headSeq(jdbc);
        for (String path : AUDIT_PATHS) {
            mvc.perform(get(path).with(user("someone").roles(role))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/audit/verify").with(user("someone").roles(role)).with(csrf())).andExpect(status().isForbidden());
        assertThat(AuditTestSupport.headSeq(jdbc)).as("a refused verification records nothing").isEqualTo(before);
    }

    @Test
    void forbiddenApiAnswerIsProblemJson() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").with(user("root").roles("SYSTEM_ADMIN")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anonymousMustSignIn() throws Exception {
        for (String path : AUDIT_PATHS) {
            int code = mvc.perform(get(path)).andReturn().getResponse().getStatus();
            assertThat(code).as(path).isIn(302, 401);
        }
    }

    @Test
    void verifyAnswersIntactThroughTheHeadAndIsRecorded() throws Exception {
        long head = AuditTestSupport.headSeq(jdbc);
        String headHash = AuditTestSupport.headHash(jdbc);
        mvc.perform(get("/api/v1/audit/verify").with(user("auditor").roles("AUDIT_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.verifiedThrough").value(head))
                .andExpect(jsonPath("$.entries").value(head))
                .andExpect(jsonPath("$.lastHash").value(headHash))
                .andExpect(jsonPath("$.firstProblem").doesNotExist());
        var row = jdbc.sql("select actor, role, action from audit_entry where seq = ?").param(head + 1).query().singleRow();
        assertThat(row).containsEntry("actor", "auditor").containsEntry("role", "audit_admin").containsEntry("action", "audit.verify");
    }

    @Test
    void entriesAreFilteredAndPaged() throws Exception {
        String action = AuditTestSupport.unique("test.api");
        for (int i = 0; i < 53; i++) {
            trail.record(AuditEntry.of(action + (i % 2 == 0 ? ".even" : ".odd"), "widget", "W" + i).by("api-tester", "handler"));
        }
        mvc.perform(get("/api/v1/audit/entries").param("action", action).with(user("auditor").roles("AUDIT_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.hasNext").value(true))
                .andExpect(jsonPath("$.entries.length()").value(50))
                .andExpect(jsonPath("$.entries[0].objectId").value("W52"))
                .andExpect(jsonPath("$.entries[0].hash").isString());
        mvc.perform(get("/api/v1/audit/entries").param("action", action).param("page", "1").with(user("auditor").roles("AUDIT_ADMIN")))
                .andExpect(jsonPath("$.hasNext").value(false))
                .andExpect(jsonPath("$.entries.length()").value(3));
        mvc.perform(get("/api/v1/audit/entries").param("action", action + ".odd").param("objectType", "widget")
                        .param("actor", "api-tester").param("from", "2026-11-02").param("to", "2026-11-02")
                        .with(user("auditor").roles("AUDIT_ADMIN")))
                .andExpect(jsonPath("$.entries.length()").value(26))
                .andExpect(jsonPath("$.entries[0].action").value(action + ".odd"));
        mvc.perform(get("/api/v1/audit/entries").param("action", action).param("objectId", "W7").with(user("auditor").roles("AUDIT_ADMIN")))
                .andExpect(jsonPath("$.entries.length()").value(1));
        mvc.perform(get("/api/v1/audit/entries").param("action", action).param("from", "2026-11-03").with(user("auditor").roles("AUDIT_ADMIN")))
                .andExpect(jsonPath("$.entries.length()").value(0));
        // a LIKE wildcard in the filter is taken literally
        mvc.perform(get("/api/v1/audit/entries").param("action", "test_api").with(user("auditor").roles("AUDIT_ADMIN")))
                .andExpect(jsonPath("$.entries.length()").value(0));
    }

    @Test
    void badFiltersAreProblemsNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/audit/entries").param("from", "02/11/2026").with(user("auditor").roles("AUDIT_ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/audit/entries").param("from", "2026-11-03").param("to", "2026-11-02")
                        .param("page", "-1").with(user("auditor").roles("AUDIT_ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("to", "page")));
    }

    @Test
    void pageListsEntriesAndVerifiesWithHtmxInChineseAndEnglish() throws Exception {
        String action = AuditTestSupport.unique("test.page");
        trail.record(AuditEntry.of(action, "region", "320000").before("{\"name\":\"旧\"}").after("{\"name\":\"新\"}").by("page-tester", null));
        mvc.perform(get("/audit").param("action", action).with(user("auditor").roles("AUDIT_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("审计日志")))
                .andExpect(content().string(containsString(action)))
                .andExpect(content().string(containsString("page-tester")))
                .andExpect(content().string(containsString("hx-post=\"/audit/verify\"")));
        mvc.perform(post("/audit/verify").header("HX-Request", "true").with(user("auditor").roles("AUDIT_ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("审计链完整")))
                .andExpect(content().string(containsString("data-intact=\"true\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(post("/audit/verify").header("HX-Request", "true").param("lang", "en")
                        .with(user("auditor").roles("AUDIT_ADMIN")).with(csrf()))
                .andExpect(content().string(containsString("The chain is intact through entry")));
        // without JavaScript the button posts a plain form and gets the whole page back
        mvc.perform(post("/audit/verify").with(user("auditor").roles("AUDIT_ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("审计链完整")));
    }

    @Test
    void pageShowsFilterProblemsBesideTheField() throws Exception {
        mvc.perform(get("/audit").param("from", "yesterday").with(user("auditor").roles("AUDIT_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"from-error\"")))
                .andExpect(content().string(containsString("日期格式应为")));
    }

    @Test
    void navigationShowsTheAuditTrailToTheAuditAdminOnly() throws Exception {
        mvc.perform(get("/workspace").with(user("auditor").roles("AUDIT_ADMIN")))
                .andExpect(content().string(containsString("data-nav=\"/audit\"")));
        mvc.perform(get("/workspace").with(user("root").roles("SYSTEM_ADMIN")))
                .andExpect(content().string(not(containsString("data-nav=\"/audit\""))));
    }
}
