package org.sunlight.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.sunlight.IntegrationTest;
import org.sunlight.TestUsers;
import org.sunlight.casework.CaseEvent;
import org.sunlight.casework.CaseFixture;
import org.sunlight.casework.CaseQueries;
import org.sunlight.casework.CaseView;

/** Files sent with a step on the case page: stored with the event, listed in the timeline, downloadable; a bad one refuses the step. */
@IntegrationTest
class StepAttachmentsPageTests {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    CaseFixture fx;
    @Autowired
    CaseQueries queries;

    @Test
    void aStepCarriesItsFiles() throws Exception {
        CaseView c = fx.acceptedLicence();
        mvc.perform(multipart("/cases/{id}/complete", c.id()).file(new MockMultipartFile("files", "审查意见.html", "application/pdf",
                        "<html><script>".getBytes(StandardCharsets.UTF_8)))
                        .param("version", String.valueOf(c.version())).param("step", "review").param("outcome", "审查通过")
                        .with(users.as("wg_reviewer")).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(queries.events(fx.actor("wg_reviewer"), c.id())).hasSize(2);

        mvc.perform(multipart("/cases/{id}/complete", c.id()).file(new MockMultipartFile("files", "审查意见.pdf", "application/pdf", PDF))
                        .param("version", String.valueOf(c.version())).param("step", "review").param("outcome", "审查通过")
                        .with(users.as("wg_reviewer")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        List<CaseEvent> log = queries.events(fx.actor("wg_reviewer"), c.id());
        @SuppressWarnings("unchecked")
        Map<String, Object> file = ((List<Map<String, Object>>) log.get(2).payload().get("attachments")).get(0);
        assertThat(file).containsEntry("name", "审查意见.pdf").containsEntry("mediaType", "application/pdf");
        String page = mvc.perform(get("/cases/{id}", c.id()).with(users.as("wg_head"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/cases/" + c.id() + "/attachments/" + file.get("id"));
        byte[] body = mvc.perform(get("/cases/{id}/attachments/{a}", c.id(), file.get("id")).with(users.as("wg_head")))
                .andExpect(status().isOk()).andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).isEqualTo(PDF);
        mvc.perform(get("/cases/{id}/attachments/{a}", c.id(), file.get("id")).with(users.as("citizen"))).andExpect(status().isNotFound());
    }
}
