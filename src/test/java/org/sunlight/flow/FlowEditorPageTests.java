package org.sunlight.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.sunlight.IntegrationTest;
import org.sunlight.MutableClock;
import org.sunlight.TestUsers;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.internal.CatalogStore;
import org.sunlight.organization.OrganizationDirectory;

/** The clerk's pages without a browser: lists, creation from a template, the htmx editor answers, publication. */
@IntegrationTest
class FlowEditorPageTests {

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
    @Autowired
    FlowQueries queries;

    FlowTestItems items;

    @BeforeEach
    void setUp() {
        clock.reset();
        items = new FlowTestItems(catalogStore, organization, clock);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    /** The editor form's fields for a definition, as the browser posts them. */
    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, FlowDefinition d, long version) {
        request.param("version", String.valueOf(version)).param("start", d.start() == null ? "" : d.start());
        List<FlowStep> steps = d.steps();
        for (int i = 0; i < steps.size(); i++) {
            FlowStep s = steps.get(i);
            String p = "steps[" + i + "].";
            request.param(p + "key", s.key()).param(p + "kind", s.kind().name()).param(p + "name", s.name())
                    .param(p + "postId", s.postId() == null ? "" : s.postId().toString())
                    .param(p + "role", s.role() == null ? "" : s.role().name())
                    .param(p + "limit", s.limit() == null ? "" : s.limit().toString())
                    .param(p + "unit", s.unit() == null ? "" : s.unit().name())
                    .param("_" + p + "counts", "on").param("_" + p + "end", "on").param("_" + p + "riskPoints", "1")
                    .param(p + "documents", String.join("；", s.documents()));
            if (s.countsTowardLimit()) {
                request.param(p + "counts", "true");
            }
            if (s.end()) {
                request.param(p + "end", "true");
            }
            s.riskPoints().forEach(r -> request.param(p + "riskPoints", r.toString()));
        }
        for (int i = 0; i < d.transitions().size(); i++) {
            FlowTransition t = d.transitions().get(i);
            String p = "transitions[" + i + "].";
            request.param(p + "from", t.from()).param(p + "to", t.to()).param(p + "outcome", t.outcome() == null ? "" : t.outcome())
                    .param(p + "condition", t.condition() == null ? "" : t.condition());
        }
        return request.with(csrf());
    }

    @Test
    void theClerkFindsTheItemAndStartsFromARecommendedTemplate() throws Exception {
        FlowTestItems.Item item = items.published(PowerCategory.PENALTY, "对擅自改变房屋用途的处罚",
                new org.sunlight.catalog.TimeLimit(90, org.sunlight.catalog.LimitUnit.NATURAL_DAYS), LocalDate.now(clock));
        mvc.perform(get("/workspace").with(users.as("catalog_clerk")))
                .andExpect(content().string(containsString("href=\"/flow\"")));
        mvc.perform(get("/flow").with(users.as("catalog_clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(item.code())))
                .andExpect(content().string(containsString("对擅自改变房屋用途的处罚")));
        mvc.perform(get("/flow/items/{id}", item.id()).with(users.as("catalog_clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"template-penalty-general\"")))
                .andExpect(content().string(containsString("推荐")))
                .andExpect(content().string(containsString("/public/flow/items/" + item.code() + ".svg")));
        mvc.perform(get("/flow").with(users.as("handler"))).andExpect(status().isForbidden());

        String location = mvc.perform(post("/flow/items/{id}/drafts", item.id()).with(users.as("catalog_clerk")).with(csrf())
                        .param("itemVersionId", String.valueOf(item.versionId())).param("template", "penalty-general"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/flow/drafts/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(users.as("catalog_clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"steps-table\"")))
                .andExpect(content().string(containsString("调查取证")))
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("id=\"flow-valid\"")));

        // a second draft is refused on the item page, with the reason
        mvc.perform(post("/flow/items/{id}/drafts", item.id()).with(users.as("catalog_clerk")).with(csrf())
                        .param("itemVersionId", String.valueOf(item.versionId())).param("template", "penalty-simple"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已有第 1 版流程图草稿")));
    }

    @Test
    void thePreviewNamesProblemsBesideTheirRowsAndRowsComeAndGo() throws Exception {
        FlowTestItems.Item item = items.published(PowerCategory.LICENSING, "物业服务企业资质核定");
        long draftId = draft(item, "licensing");
        FlowVersionView draft = queries.version(draftId).orElseThrow();
        FlowDefinition broken = new FlowDefinition(draft.definition().start(),
                List.of(draft.definition().steps().get(0), Flows.withoutPost(draft.definition().steps().get(1)),
                        draft.definition().steps().get(2), draft.definition().steps().get(3)),
                draft.definition().transitions());
        mvc.perform(form(post("/flow/drafts/{id}/preview", draftId), broken, draft.version()).with(users.as("catalog_clerk"))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("sfp-problem\" data-step=\"review\"")))
                .andExpect(content().string(containsString("id=\"step-problems-1\" hx-swap-oob=\"true\"")))
                .andExpect(content().string(containsString("请指定责任岗位或角色")))
                .andExpect(content().string(containsString("id=\"transition-problems-0\" hx-swap-oob=\"true\"")));

        mvc.perform(form(post("/flow/drafts/{id}/rows", draftId).param("op", "add-step"), draft.definition(), draft.version())
                        .with(users.as("catalog_clerk")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"step-row-4\"")))
                .andExpect(content().string(containsString("value=\"step5\"")));
        mvc.perform(form(post("/flow/drafts/{id}/rows", draftId).param("op", "remove-step").param("index", "1"), draft.definition(),
                        draft.version()).with(users.as("catalog_clerk")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"step-row-3\""))))
                .andExpect(content().string(containsString("id=\"step-problems-0\"")));

        // saving keeps the invalid draft; publishing refuses it with the reasons on the page
        mvc.perform(form(post("/flow/drafts/{id}", draftId), broken, draft.version()).with(users.as("catalog_clerk")))
                .andExpect(redirectedUrl("/flow/drafts/" + draftId));
        FlowVersionView saved = queries.version(draftId).orElseThrow();
        assertThat(saved.definition().steps().get(1).role()).isNull();
        mvc.perform(form(post("/flow/drafts/{id}/publish", draftId), broken, saved.version()).param("effectiveFrom", LocalDate.now(clock).toString())
                        .with(users.as("catalog_clerk")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"flow-form-error\"")))
                .andExpect(content().string(containsString("请指定责任岗位或角色")));
        // a stale page is told so
        mvc.perform(form(post("/flow/drafts/{id}", draftId), broken, draft.version()).with(users.as("catalog_clerk")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已被他人修改")));

        mvc.perform(form(post("/flow/drafts/{id}/publish", draftId), draft.definition(), saved.version())
                        .param("effectiveFrom", LocalDate.now(clock).toString()).with(users.as("catalog_clerk")))
                .andExpect(redirectedUrl("/flow/items/" + item.id()));
        assertThat(queries.version(draftId).orElseThrow().state()).isEqualTo(FlowState.PUBLISHED);
        mvc.perform(get("/flow/versions/{id}", draftId).with(users.as("catalog_clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/flow/versions/" + draftId + "/bpmn")));
        mvc.perform(get("/flow/drafts/{id}", draftId).with(users.as("catalog_clerk")))
                .andExpect(redirectedUrl("/flow/versions/" + draftId));
    }

    @Test
    void theEnglishEditorSpeaksEnglish() throws Exception {
        FlowTestItems.Item item = items.published(PowerCategory.INSPECTION, "建筑市场监督检查");
        long draftId = draft(item, "inspection");
        mvc.perform(get("/flow/drafts/{id}", draftId).param("lang", "en").with(users.as("catalog_clerk")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Live preview")))
                .andExpect(content().string(containsString("working days")));
    }

    private long draft(FlowTestItems.Item item, String template) throws Exception {
        String location = mvc.perform(post("/flow/items/{id}/drafts", item.id()).with(users.as("catalog_clerk")).with(csrf())
                        .param("itemVersionId", String.valueOf(item.versionId())).param("template", template))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
