package org.sunlight.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.sunlight.IntegrationTest;
import org.sunlight.MutableClock;
import org.sunlight.TestUsers;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.internal.CatalogStore;
import org.sunlight.organization.OrganizationDirectory;
import org.w3c.dom.Document;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API under /api/v1/flow and the public SVGs: good paths and bad input as problem+json. */
@IntegrationTest
class FlowApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;
    @Autowired
    CatalogStore catalogStore;
    @Autowired
    OrganizationDirectory organization;

    FlowTestItems items;
    LocalDate today;

    @BeforeEach
    void setUp() {
        clock.reset();
        items = new FlowTestItems(catalogStore, organization, clock);
        today = LocalDate.now(clock);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private JsonNode body(MvcResult r) throws Exception {
        return JSON.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode createDraft(FlowTestItems.Item item, String template) throws Exception {
        return body(mvc.perform(post("/api/v1/flow/drafts").with(users.as("catalog_clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("itemVersionId", item.versionId(), "template", template))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/flow/versions/")))
                .andReturn());
    }

    @Test
    void templatesAreListedForStaff() throws Exception {
        mvc.perform(get("/api/v1/flow/templates").with(users.as("handler")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(5)))
                .andExpect(jsonPath("$[*].code", hasItem("penalty-general")))
                .andExpect(jsonPath("$[1].name").value("行政处罚一般程序"));
        mvc.perform(get("/api/v1/flow/templates").with(users.as("system_admin")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aDraftIsCreatedEditedValidatedAndPublished() throws Exception {
        FlowTestItems.Item item = items.published(PowerCategory.LICENSING, "人防工程竣工验收备案");
        JsonNode draft = createDraft(item, "licensing");
        long id = draft.get("id").asLong();
        assertThat(draft.get("state").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("itemCode").asText()).isEqualTo(item.code());
        assertThat(draft.at("/definition/steps/0/key").asText()).isEqualTo("accept");

        // break it: the review step loses its post, role and limit
        Map<String, Object> definition = JSON.convertValue(draft.get("definition"), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> review = (Map<String, Object>) ((List<Object>) definition.get("steps")).get(1);
        review.put("postId", null);
        review.put("role", null);
        review.put("limit", null);
        JsonNode saved = body(mvc.perform(put("/api/v1/flow/drafts/{id}", id).with(users.as("catalog_clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("version", draft.get("version").asLong(), "definition", definition))))
                .andExpect(status().isOk()).andReturn());

        mvc.perform(post("/api/v1/flow/drafts/{id}/validate", id).with(users.as("catalog_clerk")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publishable").value(false))
                .andExpect(jsonPath("$.errors[*].field", hasItem("steps[1].post")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("steps[1].limit")))
                .andExpect(jsonPath("$.errors[0].step").value("review"))
                .andExpect(jsonPath("$.errors[0].message", containsString("审查")));

        Map<String, Object> publish = new LinkedHashMap<>();
        publish.put("version", saved.get("version").asLong());
        publish.put("effectiveFrom", today.toString());
        mvc.perform(post("/api/v1/flow/drafts/{id}/publish", id).with(users.as("catalog_clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(publish)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("steps[1].post")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("审查（review）"))));

        // stale version
        publish.put("version", draft.get("version").asLong());
        mvc.perform(post("/api/v1/flow/drafts/{id}/publish", id).with(users.as("catalog_clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(publish)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        // save the original definition and publish in one step
        publish.put("version", saved.get("version").asLong());
        publish.put("definition", JSON.convertValue(draft.get("definition"), Map.class));
        mvc.perform(post("/api/v1/flow/drafts/{id}/publish", id).with(users.as("catalog_clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(publish)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PUBLISHED"))
                .andExpect(jsonPath("$.effectiveFrom").value(today.toString()))
                .andExpect(jsonPath("$.links.svg").value("/public/flow/versions/" + id + ".svg"));

        mvc.perform(get("/api/v1/flow/items/{itemId}/in-force", item.id()).param("date", today.toString()).with(users.as("handler")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        mvc.perform(get("/api/v1/flow/in-force").param("code", item.code()).with(users.as("supervisor")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.versionNo").value(1));
        mvc.perform(get("/api/v1/flow/items/{itemId}/in-force", item.id()).param("date", today.minusDays(1).toString()).with(users.as("handler")))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        // how a case moves: the moves open from 受理
        mvc.perform(post("/api/v1/flow/versions/{id}/moves", id).with(users.as("handler")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("step", "accept", "variables", Map.of()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.moves[*].outcome", hasItem("不予受理")))
                .andExpect(jsonPath("$.moves[0].to").value("review"));

        // BPMN export parses as XML with a userTask per step
        String xml = mvc.perform(get("/api/v1/flow/versions/{id}/bpmn", id).with(users.as("handler")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "userTask").getLength()).isEqualTo(4);

        // the public pictures
        mvc.perform(get("/public/flow/items/{code}.svg", item.code()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'self'")))
                .andExpect(content().string(containsString("人防工程竣工验收备案")))
                .andExpect(content().string(containsString("送达/办结")));
        mvc.perform(get("/public/flow/versions/{id}.svg", id)).andExpect(status().isOk());
    }

    @Test
    void badInputIsAnsweredWithProblems() throws Exception {
        FlowTestItems.Item item = items.published(PowerCategory.PENALTY, "对违法建设行为的处罚");
        mvc.perform(post("/api/v1/flow/drafts").with(users.as("catalog_clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("template", "licensing"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("itemVersionId"));
        mvc.perform(post("/api/v1/flow/drafts").with(users.as("catalog_clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("itemVersionId", item.versionId(), "template", "nope"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("template"))
                .andExpect(jsonPath("$.errors[0].message", containsString("nope")));
        mvc.perform(post("/api/v1/flow/drafts").with(users.as("catalog_clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("itemVersionId", item.versionId()))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("template"));
        mvc.perform(post("/api/v1/flow/drafts").with(users.as("catalog_clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/flow/drafts").with(users.as("handler")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("itemVersionId", item.versionId(), "template", "licensing"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/flow/drafts").with(users.as("catalog_clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("itemVersionId", 987654321L, "template", "licensing"))))
                .andExpect(status().isNotFound());

        JsonNode draft = createDraft(item, "penalty-general");
        long id = draft.get("id").asLong();
        // the draft is the clerk's: other staff do not see it, the public picture of it does not exist
        mvc.perform(get("/api/v1/flow/versions/{id}", id).with(users.as("handler"))).andExpect(status().isForbidden());
        mvc.perform(get("/public/flow/versions/{id}.svg", id))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andExpect(content().string(containsString("<svg")));
        mvc.perform(get("/public/flow/items/{code}.svg", item.code())).andExpect(status().isNotFound());
        mvc.perform(get("/public/flow/items/{code}.svg", "NO-SUCH-CODE")).andExpect(status().isNotFound());
        mvc.perform(get("/public/flow/versions/{id}.svg", "abc")).andExpect(status().isNotFound());

        // an unknown step kind and a missing definition
        mvc.perform(put("/api/v1/flow/drafts/{id}", id).with(users.as("catalog_clerk")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"definition\":{\"start\":\"a\",\"steps\":[{\"key\":\"a\",\"kind\":\"TELEPORT\"}]}}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/flow/drafts/{id}", id).with(users.as("catalog_clerk")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("definition"));

        // unsaved definitions: dead end, unmatched join, bad condition, all named
        String broken = """
                {"itemVersionId": %d, "definition": {"start": "a", "steps": [
                  {"key": "a", "kind": "ACCEPT", "name": "受理", "role": "HANDLER", "limit": 1, "unit": "WORKING_DAYS"},
                  {"key": "b", "kind": "REVIEW", "name": "审查", "role": "HANDLER", "limit": 5, "unit": "WORKING_DAYS"},
                  {"key": "j", "kind": "PARALLEL_JOIN", "name": "汇合"},
                  {"key": "c", "kind": "CLOSE", "name": "办结", "role": "HANDLER", "limit": 1, "unit": "WORKING_DAYS", "end": true}],
                 "transitions": [
                  {"from": "a", "to": "b", "outcome": "受理"},
                  {"from": "a", "to": "j", "outcome": "并联", "condition": "fine >>= 1"},
                  {"from": "j", "to": "c"}]}}""".formatted(item.versionId());
        mvc.perform(post("/api/v1/flow/validate").with(users.as("catalog_clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(broken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publishable").value(false))
                .andExpect(jsonPath("$.errors[*].code", hasItem("flow.problem.dead-end")))
                .andExpect(jsonPath("$.errors[*].code", hasItem("flow.problem.join-without-split")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("transitions[1].condition")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("审查（b）"))))
                .andExpect(jsonPath("$.timing.path[0]").value("a"));

        // publication: no date, a date in the past
        mvc.perform(post("/api/v1/flow/drafts/{id}/publish", id).with(users.as("catalog_clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("version", draft.get("version").asLong()))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("effectiveFrom")));
        mvc.perform(post("/api/v1/flow/drafts/{id}/publish", id).with(users.as("catalog_clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("version", draft.get("version").asLong(), "effectiveFrom", today.minusDays(3).toString()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("先公开后施行"))));
        mvc.perform(post("/api/v1/flow/drafts/{id}/publish", id).with(users.as("catalog_clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"effectiveFrom\":\"2026-13-45\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/flow/versions/{id}/moves", id).with(users.as("handler")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("step", "file"))))
                .andExpect(status().isNotFound());
    }
}
