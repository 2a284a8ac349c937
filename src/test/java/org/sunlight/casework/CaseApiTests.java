package org.sunlight.casework;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.sunlight.IntegrationTest;
import org.sunlight.TestUsers;

/** The case API's answers, above all its refusals: 403 with the reason, 409 naming the allowed, 400 naming the field. */
@IntegrationTest
class CaseApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    CaseFixture fx;

    private String receiveJson() {
        return """
                {"itemId": %d, "channel": "WINDOW", "party": {"type": "LEGAL_PERSON", "name": "仪征市恒信物业管理有限公司"}}
                """.formatted(fx.item(CaseFixture.LICENCE).id());
    }

    @Test
    void receiveAcceptAndReadTheLog() throws Exception {
        String body = mvc.perform(post("/api/v1/cases").with(users.as("wg_handler")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(receiveJson()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/cases/" + id + "/steps").with(users.as("wg_handler")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1,\"step\":\"accept\",\"outcome\":\"受理\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        mvc.perform(get("/api/v1/cases/" + id + "/events").with(users.as("wg_head")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[1].type").value("ACCEPTED"));
        mvc.perform(get("/api/v1/cases/" + id + "/deadline").with(users.as("wg_head")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.explanation").isNotEmpty());
        mvc.perform(get("/api/v1/cases/tasks").with(users.as("wg_reviewer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].caseId").value(hasItem((int) id)));

        // 403 with the reason: 王晓明 does not hold 审核岗
        mvc.perform(post("/api/v1/cases/" + id + "/steps").with(users.as("handler")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":2,\"step\":\"review\",\"outcome\":\"审查通过\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("审查")));
        // 409 naming what the flowchart allows
        mvc.perform(post("/api/v1/cases/" + id + "/steps").with(users.as("wg_reviewer")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":2,\"step\":\"review\",\"outcome\":\"准予许可\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("审查通过、退回")));
        // 409 for a stale version
        mvc.perform(post("/api/v1/cases/" + id + "/steps").with(users.as("wg_reviewer")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1,\"step\":\"review\",\"outcome\":\"审查通过\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void badInputNamesTheField() throws Exception {
        mvc.perform(post("/api/v1/cases").with(users.as("wg_handler")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemId\": %d, \"party\": {\"type\": \"CITIZEN\", \"name\": \"\"}}".formatted(fx.item(CaseFixture.LICENCE).id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("party.name")));
        mvc.perform(get("/api/v1/cases/999999").with(users.as("wg_head"))).andExpect(status().isNotFound());
        long id = fx.receiveLicence().id();
        mvc.perform(post("/api/v1/cases/" + id + "/steps").with(users.as("wg_handler")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"step\":\"accept\",\"outcome\":\"受理\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("version")));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor csrf() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
    }
}
