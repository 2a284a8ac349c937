package org.sunlight.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.sunlight.IntegrationTest;
import org.sunlight.TestUsers;
import org.sunlight.identity.internal.PrincipalFactory;

/** 三员分立: the three administrators cannot do each other's work, and no account holds two of the roles. */
@IntegrationTest
class ThreeAdministratorTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    PrincipalFactory principals;

    private long idOf(String username) {
        return principals.forUsername(username).orElseThrow().actor().accountId();
    }

    private long versionOf(String username) throws Exception {
        String json = mvc.perform(get("/api/v1/accounts/" + idOf(username)).with(users.as("security_admin")))
                .andReturn().getResponse().getContentAsString();
        return Long.parseLong(json.replaceAll(".*\"version\":(\\d+).*", "$1"));
    }

    @Test
    void anAdministratorRoleCannotBeAddedToAnAccountThatHoldsAnother() throws Exception {
        mvc.perform(post("/api/v1/accounts/" + idOf("audit_admin") + "/grants").with(users.as("security_admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + versionOf("audit_admin") + ",\"role\":\"SYSTEM_ADMIN\",\"scopeKind\":\"REGION\",\"scopeRef\":\"321000\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("role"))
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.containsString("三员分立")));
    }

    @Test
    void aBusinessAccountCannotBecomeAnAdministrator() throws Exception {
        mvc.perform(post("/api/v1/accounts/" + idOf("leader") + "/grants").with(users.as("security_admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + versionOf("leader") + ",\"role\":\"AUDIT_ADMIN\",\"scopeKind\":\"REGION\",\"scopeRef\":\"321000\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void theSecurityAdministratorCannotGrantToThemself() throws Exception {
        mvc.perform(post("/api/v1/accounts/" + idOf("security_admin") + "/grants").with(users.as("security_admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + versionOf("security_admin") + ",\"role\":\"SUPERVISOR\",\"scopeKind\":\"REGION\",\"scopeRef\":\"321000\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSystemAdministratorCannotGrantRoles() throws Exception {
        mvc.perform(post("/api/v1/accounts/" + idOf("handler") + "/grants").with(users.as("system_admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"role\":\"UNIT_HEAD\",\"scopeKind\":\"UNIT\",\"scopeRef\":\"1\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSecurityAdministratorCannotCreateAccounts() throws Exception {
        mvc.perform(post("/api/v1/accounts").with(users.as("security_admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"shouldnotexist\",\"staffId\":1,\"initialPassword\":\"Sunlight@2026x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSystemAdministratorCannotReadTheAuditTrail() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").with(users.as("system_admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/verify").with(users.as("security_admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/verify").with(users.as("audit_admin"))).andExpect(status().isOk());
    }

    @Test
    void theAuditAdministratorOnlyAudits() throws Exception {
        mvc.perform(get("/api/v1/accounts").with(users.as("audit_admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/security-policy").with(users.as("audit_admin"))).andExpect(status().isForbidden());
    }

    @Test
    void unitRolesGoOnlyToStaffPlacedInTheUnit() throws Exception {
        // supervisor's staff member works at the city discipline commission, not in 法规科
        long handlerUnit = Long.parseLong(principals.forUsername("handler").orElseThrow().actor().grants().get(0).scopeRef());
        mvc.perform(post("/api/v1/accounts/" + idOf("supervisor") + "/grants").with(users.as("security_admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + versionOf("supervisor") + ",\"role\":\"HANDLER\",\"scopeKind\":\"UNIT\",\"scopeRef\":\"" + handlerUnit + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("scopeRef"));
    }

    @Test
    void aRoleWithTheWrongScopeKindIsRefused() throws Exception {
        mvc.perform(post("/api/v1/accounts/" + idOf("supervisor") + "/grants").with(users.as("security_admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + versionOf("supervisor") + ",\"role\":\"LEADER\",\"scopeKind\":\"REGION\",\"scopeRef\":\"321000\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scopeKind"));
    }
}
