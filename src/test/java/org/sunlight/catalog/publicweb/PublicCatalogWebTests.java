package org.sunlight.catalog.publicweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.sunlight.IntegrationTest;
import org.sunlight.MutableClock;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.internal.CatalogStore;
import org.sunlight.catalog.search.CatalogFixture;
import org.sunlight.organization.OrganizationDirectory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public pages, the JSON API and the open-data downloads, as an anonymous visitor sees them. */
@IntegrationTest
class PublicCatalogWebTests {

    @Autowired MockMvc mvc;
    @Autowired CatalogStore store;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MutableClock clock;
    @Autowired OrganizationDirectory directory;
    @Autowired JsonMapper json;

    CatalogFixture fixture;
    long yizhengHousing;
    long gaoyouHousing;

    @BeforeEach
    void setUp() {
        fixture = new CatalogFixture(store, events, transactions, clock);
        yizhengHousing = directory.departmentsNamed("仪征市住房和城乡建设局").get(0).id();
        gaoyouHousing = directory.departmentsNamed("高邮市住房和城乡建设局").get(0).id();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static PowerItemContent penalty(String name) {
        return CatalogFixture.content(name, PowerCategory.PENALTY);
    }

    // ---- pages

    @Test
    void theSearchPageHighlightsMatchesInEscapedNames() throws Exception {
        String u = CatalogFixture.uniqueWord();
        String code = CatalogFixture.uniqueCode("WEB");
        fixture.published(yizhengHousing, code, penalty("对" + u + "<script>物业服务企业</script>违规的处罚"), fixture.today());

        String html = mvc.perform(get("/public/catalog").param("q", "物业 " + u)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-code=\"" + code + "\"")
                .contains("&lt;script&gt;<mark>物业</mark>服务企业&lt;&#x2F;script&gt;")
                .doesNotContain("<script>物业");
        assertThat(html).contains("仪征市住房和城乡建设局").contains("href=\"/public/catalog/items/" + code + "\"");
    }

    @Test
    void theBrowsePageCountsByRegionDepartmentAndCategory() throws Exception {
        String u = CatalogFixture.uniqueWord();
        fixture.published(gaoyouHousing, CatalogFixture.uniqueCode("BRW"), penalty("对" + u + "的处罚"), fixture.today());
        fixture.published(gaoyouHousing, CatalogFixture.uniqueCode("BRW"), CatalogFixture.content(u + "许可", PowerCategory.LICENSING), fixture.today());

        String html = mvc.perform(get("/public/catalog").param("q", u).param("region", "321000")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"region-list\"").contains("高邮市").contains("id=\"department-list\"")
                .contains("高邮市住房和城乡建设局").contains("id=\"category-list\"").contains("行政许可").contains("行政处罚");
        assertThat(html).contains("共找到 2 项");
        String filtered = mvc.perform(get("/public/catalog").param("q", u).param("category", "LICENSING")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(filtered).contains("共找到 1 项");
    }

    @Test
    void badFiltersOnThePageAreShownBesideTheirFields() throws Exception {
        mvc.perform(get("/public/catalog").param("category", "XX").param("page", "-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"category-error\"")))
                .andExpect(content().string(containsString("没有“XX”这个权力类别")))
                .andExpect(content().string(containsString("id=\"page-error\"")));
    }

    @Test
    void theItemPageIsTheServiceGuideWithPublicRiskPointsOnly() throws Exception {
        String code = CatalogFixture.uniqueCode("GDE");
        fixture.published(yizhengHousing, code, CatalogFixture.withRiskPoints(penalty("对建设单位未移交物业资料的处罚"),
                List.of(CatalogFixture.risk("擅自减免罚款", true), CatalogFixture.risk("私下收受好处", false))), fixture.today());

        String html = mvc.perform(get("/public/catalog/items/{code}", code)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("对建设单位未移交物业资料的处罚").contains("《物业管理条例》").contains("营业执照副本复印件")
                .contains("id=\"benchmark\"").contains("10000–30000 元").contains("0514-83420000").contains("依法受理或不予受理")
                .contains("擅自减免罚款").doesNotContain("私下收受好处")
                .contains("<object type=\"image/svg+xml\" data=\"/public/flow/items/" + code + ".svg\"")
                .contains("流程图暂时无法显示")
                .contains("20 个工作日").contains("首次公布");
    }

    @Test
    void theItemPageShowsTheHistoryWithChangesAndAnnouncesTheUpcomingVersion() throws Exception {
        String code = CatalogFixture.uniqueCode("HIS");
        PowerItemContent v1 = penalty("对物业服务企业违规的处罚");
        CatalogFixture.Created item = fixture.published(yizhengHousing, code, v1, fixture.today().minusDays(40));
        fixture.publishNext(item, yizhengHousing, CatalogFixture.withConditions(v1, "申请人应当具有独立法人资格\n具备相应专业人员"),
                fixture.today().minusDays(5));
        fixture.publishNext(item, yizhengHousing, penalty("对物业服务企业违规收费的处罚"), fixture.today().plusDays(20));
        fixture.draftNext(item, penalty("草稿中的新名称"));

        String html = mvc.perform(get("/public/catalog/items/{code}", code)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("对物业服务企业违规的处罚").contains("id=\"status-upcoming\"")
                .contains("新版本（第 3 版）已公布，将于 " + fixture.today().plusDays(20) + " 起施行。")
                .contains("<ins>具备相应专业人员</ins>")
                .contains("<del>对物业服务企业违规的处罚</del>").contains("<ins>对物业服务企业违规收费的处罚</ins>")
                .contains("data-version=\"3\"").contains("data-version=\"2\"").contains("data-version=\"1\"")
                .doesNotContain("data-version=\"4\"").doesNotContain("草稿中的新名称");

        String upcoming = mvc.perform(get("/public/catalog/items/{code}", code).param("version", "3")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(upcoming).contains("id=\"status-upcoming-shown\"").contains("对物业服务企业违规收费的处罚");
        String old = mvc.perform(get("/public/catalog/items/{code}", code).param("version", "1")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(old).contains("id=\"status-superseded\"");
        mvc.perform(get("/public/catalog/items/{code}", code).param("version", "4")).andExpect(status().isNotFound());
    }

    @Test
    void unpublishedAndUnknownItemsAreNotFound() throws Exception {
        String code = CatalogFixture.uniqueCode("DRF");
        fixture.draftOnly(yizhengHousing, code, penalty("只有草稿的事项"));
        mvc.perform(get("/public/catalog/items/{code}", code)).andExpect(status().isNotFound());
        mvc.perform(get("/public/catalog/items/NO-SUCH-CODE")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/catalog/items/{code}", code)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void thePublicNavigationOffersTheCatalog() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/public/catalog\"")))
                .andExpect(content().string(containsString("权力清单")));
    }

    @Test
    void pagesSpeakEnglishWhenAsked() throws Exception {
        String code = CatalogFixture.uniqueCode("ENG");
        fixture.published(yizhengHousing, code, penalty("对违规行为的处罚"), fixture.today());
        mvc.perform(get("/public/catalog/items/{code}", code).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Legal basis")))
                .andExpect(content().string(containsString("20 working days")));
    }

    // ---- API

    @Test
    void theSearchApiAnswersTheDocumentedShape() throws Exception {
        String u = CatalogFixture.uniqueWord();
        String code = CatalogFixture.uniqueCode("API");
        fixture.published(yizhengHousing, code, penalty("对" + u + "物业服务企业违规的处罚"), fixture.today());
        // the other one mentions 物业 only in its guide text (twice), so the name match ranks first
        fixture.published(yizhengHousing, CatalogFixture.uniqueCode("API"), CatalogFixture.withConditions(penalty("对" + u + "违规的处罚"),
                "涉及物业管理区域的物业"), fixture.today());

        mvc.perform(get("/api/v1/public/catalog/search").param("q", "物业 " + u).param("category", "").param("department", "").param("page", ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.items[0].code").value(code))
                .andExpect(jsonPath("$.items[0].name").value("对" + u + "物业服务企业违规的处罚"))
                .andExpect(jsonPath("$.items[0].category").value("PENALTY"))
                .andExpect(jsonPath("$.items[0].categoryCode").value("02"))
                .andExpect(jsonPath("$.items[0].categoryName").value("行政处罚"))
                .andExpect(jsonPath("$.items[0].department").value("仪征市住房和城乡建设局"))
                .andExpect(jsonPath("$.items[0].departmentId").value(yizhengHousing))
                .andExpect(jsonPath("$.items[0].region").value("321081"))
                .andExpect(jsonPath("$.items[0].highlight").value(containsString("<mark>物业</mark>")))
                .andExpect(jsonPath("$.items[0].url").value("/public/catalog/items/" + code));

        mvc.perform(get("/api/v1/public/catalog/search").param("q", u).param("category", "02").param("department", Long.toString(gaoyouHousing)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/public/catalog/search").param("q", u).param("size", "1").param("page", "1"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(2)).andExpect(jsonPath("$.items.length()").value(1));
    }

    @Test
    void badSearchInputIsAProblemNamingEachField() throws Exception {
        mvc.perform(get("/api/v1/public/catalog/search").param("q", "物业").param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/public/catalog/search").param("q", "物业").param("category", "MAGIC").param("department", "abc")
                        .param("region", "999999").param("size", "1000").param("q", "x".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("category")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("department")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("region")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("size")))
                .andExpect(jsonPath("$.errors[?(@.field == 'category')].message").value(hasItem("没有“MAGIC”这个权力类别")));
        mvc.perform(get("/api/v1/public/catalog/search").param("department", "999999999"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("department"));
    }

    @Test
    void theGuideApiReturnsOnlyPublicDataWithHistory() throws Exception {
        String code = CatalogFixture.uniqueCode("JSN");
        PowerItemContent v1 = CatalogFixture.withRiskPoints(penalty("对违规行为的处罚"),
                List.of(CatalogFixture.risk("公开的风险点", true), CatalogFixture.risk("内部风险点", false)));
        CatalogFixture.Created item = fixture.published(yizhengHousing, code, v1, fixture.today().minusDays(3));
        fixture.publishNext(item, yizhengHousing, CatalogFixture.withConditions(v1, "新的受理条件"), fixture.today());

        String body = mvc.perform(get("/api/v1/public/catalog/items/{code}", code)).andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.versionNo").value(2))
                .andExpect(jsonPath("$.standing").value("IN_FORCE"))
                .andExpect(jsonPath("$.department.name").value("仪征市住房和城乡建设局"))
                .andExpect(jsonPath("$.region.path[1]").value("扬州市"))
                .andExpect(jsonPath("$.content.conditions").value("新的受理条件"))
                .andExpect(jsonPath("$.content.riskPoints.length()").value(1))
                .andExpect(jsonPath("$.content.riskPoints[0].description").value("公开的风险点"))
                .andExpect(jsonPath("$.history[0].versionNo").value(2))
                .andExpect(jsonPath("$.history[0].changes[0].section").value("conditions"))
                .andExpect(jsonPath("$.history[0].changes[0].added[0]").value("新的受理条件"))
                .andExpect(jsonPath("$.history[1].standing").value("SUPERSEDED"))
                .andExpect(jsonPath("$.flowchart").value("/public/flow/items/" + code + ".svg"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("内部风险点");
    }

    @Test
    void departmentsAndCategoriesAreListedWithCounts() throws Exception {
        String u = CatalogFixture.uniqueWord();
        fixture.published(gaoyouHousing, CatalogFixture.uniqueCode("CNT"), CatalogFixture.content(u + "核准", PowerCategory.AWARD), fixture.today());
        mvc.perform(get("/api/v1/public/catalog/departments").param("region", "321084"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == '高邮市住房和城乡建设局')].id").value(hasItem((int) gaoyouHousing)))
                .andExpect(jsonPath("$[*].name").value(not(hasItem("仪征市住房和城乡建设局"))));
        mvc.perform(get("/api/v1/public/catalog/categories").param("department", Long.toString(gaoyouHousing)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(PowerCategory.values().length))
                .andExpect(jsonPath("$[?(@.code == 'AWARD')].nationalCode").value(hasItem("08")))
                .andExpect(jsonPath("$[?(@.code == 'AWARD')].count").value(hasItem(org.hamcrest.Matchers.greaterThanOrEqualTo(1))));
        mvc.perform(get("/api/v1/public/catalog/departments").param("region", "nowhere"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("region"));
    }

    @Test
    void theApiIsDocumentedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/public/catalog/search'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/public/catalog/items/{code}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/public/catalog/departments'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/public/catalog/categories'].get").exists());
    }

    // ---- open data

    @Test
    void theCsvExportIsUtf8WithBomAndHoldsTheItemsInForce() throws Exception {
        String u = CatalogFixture.uniqueWord();
        String code = CatalogFixture.uniqueCode("CSV");
        fixture.published(gaoyouHousing, code, penalty("对" + u + "违规,\"收费\"的处罚"), fixture.today());
        String future = CatalogFixture.uniqueCode("CSV");
        fixture.published(gaoyouHousing, future, penalty("对" + u + "未来的处罚"), fixture.today().plusDays(1));

        byte[] bytes = mvc.perform(get("/public/catalog/export.csv").param("department", Long.toString(gaoyouHousing)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("事项编码,事项名称,权力类别,类别代码,实施部门,行政区划代码,版本,生效日期");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(code + ",\"对" + u + "违规,\"\"收费\"\"的处罚\",行政处罚,02,高邮市住房和城乡建设局,321084,1,"
                + fixture.today()));
        assertThat(csv).doesNotContain(future).doesNotContain("仪征市住房和城乡建设局");

        String byRegion = new String(mvc.perform(get("/public/catalog/export.csv").param("region", "321081")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(byRegion).doesNotContain(code);
        mvc.perform(get("/public/catalog/export.csv").param("department", "x"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("department"));
    }

    @Test
    void theJsonExportHoldsThePublicContent() throws Exception {
        String code = CatalogFixture.uniqueCode("JEX");
        fixture.published(gaoyouHousing, code, CatalogFixture.withRiskPoints(penalty("对违规的处罚"),
                List.of(CatalogFixture.risk("公开风险", true), CatalogFixture.risk("内部风险", false))), fixture.today());
        byte[] bytes = mvc.perform(get("/public/catalog/export.json").param("region", "321084")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        JsonNode root = json.readTree(bytes);
        assertThat(root.get("count").asInt()).isEqualTo(root.get("items").size()).isPositive();
        JsonNode item = null;
        for (JsonNode n : root.get("items")) {
            if (n.get("code").asString().equals(code)) {
                item = n;
            }
            assertThat(n.get("region").asString()).isEqualTo("321084");
        }
        assertThat(item).isNotNull();
        assertThat(item.get("department").asString()).isEqualTo("高邮市住房和城乡建设局");
        assertThat(item.get("content").get("riskPoints")).hasSize(1);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("内部风险");
    }
}
