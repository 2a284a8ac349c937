package org.sunlight.catalog;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.sunlight.IntegrationTest;
import org.sunlight.catalog.internal.ContentCodec;

/** The JSON API's answers: created items, each missing field named at submission, reasons for refusals, diffs. */
@IntegrationTest
class CatalogApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ContentCodec codec;

    CatalogFlow flow;

    @BeforeEach
    void setUp() {
        flow = CatalogFlow.of(context);
    }

    @Test
    void submittingAnIncompleteDraftNamesEveryMissingField() throws Exception {
        String code = CatalogTestData.code("API-S");
        String created = mvc.perform(post("/api/v1/catalog/items").with(flow.actors.as("catalog_clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"departmentId\":" + flow.data.department + ",\"unitId\":" + flow.data.fagui
                                + ",\"content\":{\"category\":\"PENALTY\",\"legalBases\":[{\"law\":\"《物业管理条例》\"}],"
                                + "\"penalty\":{\"levels\":[{\"name\":\"一般\",\"fineKind\":\"AMOUNT\",\"min\":5000,\"max\":1000}]}}}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.versionNo").value(1))
                .andReturn().getResponse().getContentAsString();
        long versionId = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*", "$1"));

        mvc.perform(post("/api/v1/catalog/versions/" + versionId + "/submit").with(flow.actors.as("catalog_clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "level", "hostUnit.name", "hostUnit.phone",
                        "legalBases[0].article", "promisedLimit.days", "promisedLimit.unit", "service.consultationPhone",
                        "service.complaintPhone", "penalty.violation", "penalty.penaltyArticle", "penalty.levels[0].max",
                        "responsibilities")))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(hasItem("事项名称：必填")))
                .andExpect(jsonPath("$.errors[?(@.field == 'legalBases[0].article')].message").value(hasItem("法律依据第 1 条：条必填")))
                .andExpect(jsonPath("$.errors[?(@.field == 'penalty.levels[0].max')].message")
                        .value(hasItem("自由裁量基准第 1 条：下限 5000 大于上限 1000")));
        // and in English
        mvc.perform(post("/api/v1/catalog/versions/" + versionId + "/submit").with(flow.actors.as("catalog_clerk")).with(csrf())
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
                .andExpect(jsonPath("$.errors[?(@.field == 'responsibilities')].message").value(hasItem("Responsibility list: add at least one")));
    }

    @Test
    void editingAPublishedVersionIsRefusedWithTheReason() throws Exception {
        PowerItemVersionView v = flow.inState(VersionState.PUBLISHED, "API-P");
        mvc.perform(put("/api/v1/catalog/versions/" + v.id()).with(flow.actors.as("catalog_clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + v.version() + ",\"content\":" + codec.write(CatalogTestData.penalty("改")) + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value(containsString("已发布的版本不能修改")))
                .andExpect(jsonPath("$.title").value(containsString("新建一个版本")));
        mvc.perform(put("/api/v1/catalog/versions/" + v.id()).with(flow.actors.as("catalog_clerk")).with(csrf())
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + v.version() + ",\"content\":" + codec.write(CatalogTestData.penalty("改")) + "}"))
                .andExpect(jsonPath("$.title").value(containsString("make a new version")));
    }

    @Test
    void publishingAnUnreviewedDraftIsRefused() throws Exception {
        PowerItemVersionView v = flow.draft("API-U");
        mvc.perform(post("/api/v1/catalog/versions/" + v.id() + "/publish").with(flow.actors.as("catalog_clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"effectiveFrom\":\"2026-12-01\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("第 1 版尚未通过全部审核（当前：草稿），不能发布"));
    }

    @Test
    void badInputNamesItsFields() throws Exception {
        mvc.perform(post("/api/v1/catalog/items").with(flow.actors.as("catalog_clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"有 空格\",\"seqNo\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("code", "departmentId", "seqNo")));
        PowerItemVersionView v = flow.draft("API-D");
        String code = flow.queries.item(v.itemId()).orElseThrow().code();
        mvc.perform(post("/api/v1/catalog/items").with(flow.actors.as("catalog_clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"departmentId\":" + flow.data.department + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(post("/api/v1/catalog/versions/" + v.id() + "/submit").with(flow.actors.as("catalog_clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void theDiffOfAVersionIsReadableLines() throws Exception {
        PowerItemVersionView v1 = flow.inState(VersionState.PUBLISHED, "API-DIFF");
        PowerItemVersionView v2 = flow.actors.callAs("catalog_clerk", () -> flow.drafting.startNewVersion(v1.itemId()));
        PowerItemContent c = v2.content();
        PowerItemContent changed = new PowerItemContent("修改后的名称", c.category(), c.basicCode(), c.implementationCode(),
                c.businessItemCode(), c.level(), c.hostUnit(), c.assistingUnits(), c.legalBases(), c.statutoryLimit(),
                new TimeLimit(30, LimitUnit.WORKING_DAYS), c.fees(), c.conditions(), c.materials(), c.service(), c.penalty(),
                c.responsibilities(), c.riskPoints());
        flow.actors.runAs("catalog_clerk", () -> flow.drafting.saveDraft(v2.id(), v2.version(), changed));

        mvc.perform(get("/api/v1/catalog/versions/" + v2.id() + "/diff").with(flow.actors.as("leader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fromVersionNo").value(1))
                .andExpect(jsonPath("$.toVersionNo").value(2))
                .andExpect(jsonPath("$.lines[0].path").value("name"))
                .andExpect(jsonPath("$.lines[0].section").value("事项名称"))
                .andExpect(jsonPath("$.lines[0].change").value("CHANGED"))
                .andExpect(jsonPath("$.lines[0].after").value("修改后的名称"))
                .andExpect(jsonPath("$.lines[1].section").value("承诺时限"))
                .andExpect(jsonPath("$.lines[1].before").value("60 自然日"))
                .andExpect(jsonPath("$.lines[1].after").value("30 工作日"));
        mvc.perform(get("/api/v1/catalog/versions/" + v2.id() + "/diff").param("from", String.valueOf(v1.id()))
                        .header("Accept-Language", "en").with(flow.actors.as("leader")))
                .andExpect(jsonPath("$.lines[1].section").value("Promised time limit"))
                .andExpect(jsonPath("$.lines[1].after").value("30 working days"));
    }

    @Test
    void theItemShowsWhatTheCallerMayDoNow() throws Exception {
        PowerItemVersionView v = flow.inState(VersionState.SUBMITTED, "API-A");
        mvc.perform(get("/api/v1/catalog/items/" + v.itemId()).with(flow.actors.as("unit_head")))
                .andExpect(jsonPath("$.actions").value(containsInAnyOrder("REVIEW")))
                .andExpect(jsonPath("$.reviewLevel").value("UNIT_HEAD"))
                .andExpect(jsonPath("$.item.acceptsNewCases").value(true))
                .andExpect(jsonPath("$.trail[1].action").value("SUBMIT"));
        mvc.perform(get("/api/v1/catalog/items/" + v.itemId()).with(flow.actors.as("leader")))
                .andExpect(jsonPath("$.actions").value(containsInAnyOrder("SUSPEND", "ABOLISH")));
        mvc.perform(get("/api/v1/catalog/items/" + v.itemId()).with(flow.actors.as("catalog_clerk")))
                .andExpect(jsonPath("$.actions").isEmpty());
    }

    @Test
    void anUnknownInboxIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/catalog/reviews/mayor").with(flow.actors.as("leader")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("没有“mayor”这一审核环节"));
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/catalog/items'].post.summary").value(containsString("Add an item")))
                .andExpect(jsonPath("$.paths['/api/v1/catalog/versions/{id}/approve'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/catalog/versions/{id}/diff'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/catalog/departments/{id}/assignments'].post").exists());
    }

    @Test
    void theListFiltersByUnitCategoryAndState() throws Exception {
        PowerItemVersionView v = flow.inState(VersionState.SUBMITTED, "API-F");
        String code = flow.queries.item(v.itemId()).orElseThrow().code();
        mvc.perform(get("/api/v1/catalog/items").with(flow.actors.as("catalog_clerk"))
                        .param("department", String.valueOf(flow.data.department)).param("unit", String.valueOf(flow.data.fagui))
                        .param("category", "PENALTY").param("state", "SUBMITTED").param("q", code).param("size", "10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].item.code").value(code))
                .andExpect(jsonPath("$.items[0].latestState").value("SUBMITTED"));
        mvc.perform(get("/api/v1/catalog/items").with(flow.actors.as("catalog_clerk"))
                        .param("department", String.valueOf(flow.data.department)).param("state", "DRAFT").param("q", code))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/catalog/items").with(flow.actors.as("catalog_clerk"))
                        .param("department", String.valueOf(flow.data.department)).param("unit", String.valueOf(flow.data.wuguan))
                        .param("q", code))
                .andExpect(jsonPath("$.total").value(0));
    }
}
