package org.sunlight.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.sunlight.IntegrationTest;

/** The staff pages: list, item, editor (rows, errors beside fields, conflicts), inboxes, assignment, navigation. */
@IntegrationTest
class CatalogPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    CatalogFlow flow;

    @BeforeEach
    void setUp() {
        flow = CatalogFlow.of(context);
    }

    @Test
    void theWorkspaceOffersEachRoleItsCatalogPages() throws Exception {
        mvc.perform(get("/workspace").with(flow.actors.as("catalog_clerk")))
                .andExpect(content().string(allOf(containsString("href=\"/catalog\""), containsString("href=\"/catalog/assign\""),
                        not(containsString("/catalog/reviews/")))));
        mvc.perform(get("/workspace").with(flow.actors.as("unit_head")))
                .andExpect(content().string(allOf(containsString("/catalog/reviews/unit_head"), not(containsString("/catalog/reviews/leader")))));
        mvc.perform(get("/workspace").with(flow.actors.as("leader"))).andExpect(content().string(containsString("/catalog/reviews/leader")));
        mvc.perform(get("/workspace").with(flow.actors.as("legal_reviewer"))).andExpect(content().string(containsString("/catalog/reviews/legal")));
        mvc.perform(get("/workspace").with(flow.actors.as("system_admin"))).andExpect(content().string(not(containsString("/catalog"))));
        mvc.perform(get("/catalog").with(flow.actors.as("system_admin"))).andExpect(status().isForbidden());
    }

    @Test
    void theListFiltersAndLinksToItems() throws Exception {
        PowerItemVersionView v = flow.inState(VersionState.SUBMITTED, "PG-L");
        String code = flow.queries.item(v.itemId()).orElseThrow().code();
        String html = mvc.perform(get("/catalog").param("q", code).with(flow.actors.as("catalog_clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        PageHtml doc = PageHtml.of(html);
        assertThat(doc.count("<tr data-code=")).isEqualTo(1);
        assertThat(doc.text("items")).contains(code, "待科室审核", "法规科", "行政处罚");
        assertThat(doc.has("new-item")).isTrue();
        assertThat(doc.count("href=\"/catalog/items/" + v.itemId() + "\"")).isEqualTo(1);
        // filtered out by state
        String none = mvc.perform(get("/catalog").param("q", code).param("state", "PUBLISHED").with(flow.actors.as("catalog_clerk")))
                .andReturn().getResponse().getContentAsString();
        assertThat(PageHtml.of(none).count("<tr data-code=")).isZero();
        // a leader reads but adds nothing
        String leader = mvc.perform(get("/catalog").param("q", code).with(flow.actors.as("leader"))).andReturn().getResponse().getContentAsString();
        assertThat(PageHtml.of(leader).has("new-item")).isFalse();
    }

    @Test
    void addingAnItemOpensTheEditorAndBadInputStaysBesideItsField() throws Exception {
        mvc.perform(get("/catalog/items/new").with(flow.actors.as("catalog_clerk"))).andExpect(status().isOk());
        String html = mvc.perform(post("/catalog/items").with(flow.actors.as("catalog_clerk")).with(csrf())
                        .param("departmentId", String.valueOf(flow.data.department)).param("code", "坏 编码").param("name", "某事项")
                        .param("seqNo", "x"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(PageHtml.of(html).text("seqNo-error")).isEqualTo("请填写整数");
        assertThat(PageHtml.of(html).value("name")).isEqualTo("某事项");

        html = mvc.perform(post("/catalog/items").with(flow.actors.as("catalog_clerk")).with(csrf())
                        .param("departmentId", String.valueOf(flow.data.department)).param("code", "坏 编码").param("name", "某事项"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(PageHtml.of(html).text("code-error")).contains("权力编码只能由");

        String code = CatalogTestData.code("PG-N");
        String location = mvc.perform(post("/catalog/items").with(flow.actors.as("catalog_clerk")).with(csrf())
                        .param("departmentId", String.valueOf(flow.data.department)).param("code", code).param("name", "新事项")
                        .param("category", "LICENSING").param("unitId", String.valueOf(flow.data.fagui)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/catalog/versions/\\d+/edit");
        String editor = mvc.perform(get(location).with(flow.actors.as("catalog_clerk"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        PageHtml doc = PageHtml.of(editor);
        assertThat(doc.value("name")).isEqualTo("新事项");
        assertThat(doc.value("category")).isEqualTo("LICENSING");
        assertThat(doc.value("legalBases[0].law")).as("a first empty legal basis row").isEqualTo("");
    }

    @Test
    void theEditorAddsAndRemovesRowsWithoutSaving() throws Exception {
        PowerItemVersionView v = flow.draft("PG-R");
        MockHttpServletRequestBuilder add = post("/catalog/versions/" + v.id() + "/edit").with(flow.actors.as("catalog_clerk")).with(csrf())
                .param("version", String.valueOf(v.version())).param("name", "未保存的名称")
                .param("legalBases[0].law", "《物业管理条例》").param("legalBases[0].article", "第六十条")
                .param("add", "legalBases");
        PageHtml doc = PageHtml.of(mvc.perform(add).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(doc.values("legalBases\\[\\d+]\\.law")).containsExactly("《物业管理条例》", "");
        assertThat(doc.value("name")).isEqualTo("未保存的名称");
        assertThat(flow.queries.version(v.id()).orElseThrow().content().name()).as("not saved").isNotEqualTo("未保存的名称");

        MockHttpServletRequestBuilder remove = post("/catalog/versions/" + v.id() + "/edit").with(flow.actors.as("catalog_clerk")).with(csrf())
                .param("version", String.valueOf(v.version()))
                .param("penalty.levels[0].name", "一般").param("penalty.levels[1].name", "严重").param("penalty.levels[2].name", "较重")
                .param("remove", "penalty.levels:1");
        doc = PageHtml.of(mvc.perform(remove).andReturn().getResponse().getContentAsString());
        assertThat(doc.values("penalty\\.levels\\[\\d+]\\.name")).containsExactly("一般", "较重");
    }

    @Test
    void savingShowsEachProblemBesideItsFieldAndKeepsTheInput() throws Exception {
        PowerItemVersionView v = flow.draft("PG-E");
        String html = mvc.perform(post("/catalog/versions/" + v.id() + "/edit").with(flow.actors.as("catalog_clerk")).with(csrf())
                        .param("version", String.valueOf(v.version())).param("then", "save").param("name", "名称")
                        .param("promisedLimit.days", "十天").param("fees[0].item", "登记费").param("fees[0].amountMin", "abc"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        PageHtml doc = PageHtml.of(html);
        assertThat(doc.text("promisedLimit.days-error")).isEqualTo("请填写整数");
        assertThat(doc.text("fees[0].amountMin-error")).startsWith("请填写数字");
        assertThat(doc.value("promisedLimit.days")).isEqualTo("十天");
        assertThat(doc.value("fees[0].amountMin")).isEqualTo("abc");
    }

    @Test
    void saveAndSubmitNamesEveryGapBesideItsField() throws Exception {
        PowerItemVersionView v = flow.draft("PG-S", ContentRulesAccess.empty());
        String html = mvc.perform(post("/catalog/versions/" + v.id() + "/edit").with(flow.actors.as("catalog_clerk")).with(csrf())
                        .param("version", String.valueOf(v.version())).param("then", "submit").param("name", "只有名称")
                        .param("category", "PENALTY"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        PageHtml doc = PageHtml.of(html);
        assertThat(doc.text("_global-error")).contains("草稿已保存，但还不能提交");
        assertThat(doc.text("hostUnit.name-error")).isEqualTo("承办机构名称：必填");
        assertThat(doc.text("legalBases-error")).isEqualTo("法律依据：至少填写一条");
        assertThat(doc.text("penalty.violation-error")).isEqualTo("违法行为：必填");
        assertThat(doc.text("penalty.levels-error")).isEqualTo("自由裁量基准：至少填写一条");
        assertThat(doc.items("error-summary")).contains("投诉电话：必填", "责任清单：至少填写一条");
        PowerItemVersionView now = flow.queries.version(v.id()).orElseThrow();
        assertThat(now.state()).isEqualTo(VersionState.DRAFT);
        assertThat(now.content().name()).as("saved").isEqualTo("只有名称");
        assertThat(doc.value("version")).isEqualTo(String.valueOf(now.version()));
    }

    @Test
    void aConflictKeepsTheUsersInputAndOffersReloadOrOverwrite() throws Exception {
        PowerItemVersionView v = flow.draft("PG-C");
        flow.actors.runAs("unit_clerk_fagui", () -> flow.drafting.saveDraft(v.id(), v.version(), CatalogTestData.penalty("别人先保存的")));
        String html = mvc.perform(post("/catalog/versions/" + v.id() + "/edit").with(flow.actors.as("catalog_clerk")).with(csrf())
                        .param("version", String.valueOf(v.version())).param("then", "save").param("name", "我的名称")
                        .param("category", "PENALTY"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        PageHtml doc = PageHtml.of(html);
        assertThat(doc.text("_global-error")).contains("他人已保存了第 1 版的新内容");
        assertThat(doc.value("name")).isEqualTo("我的名称");
        assertThat(doc.attr("conflict-reload", "href")).isEqualTo("/catalog/versions/" + v.id() + "/edit");
        assertThat(doc.text("conflict")).contains("别人先保存的", "我的名称");
        assertThat(flow.queries.version(v.id()).orElseThrow().content().name()).isEqualTo("别人先保存的");

        // overwrite: the user saw theirs and chose to save over it
        String overwrite = doc.attr("conflict-overwrite", "value");
        mvc.perform(post("/catalog/versions/" + v.id() + "/edit").with(flow.actors.as("catalog_clerk")).with(csrf())
                        .param("version", String.valueOf(v.version())).param("overwrite", overwrite).param("name", "我的名称"))
                .andExpect(status().is3xxRedirection());
        assertThat(flow.queries.version(v.id()).orElseThrow().content().name()).isEqualTo("我的名称");
    }

    @Test
    void aPublishedVersionOpensReadOnlyAndSavingItIsRefused() throws Exception {
        PowerItemVersionView v = flow.inState(VersionState.PUBLISHED, "PG-P");
        PageHtml doc = PageHtml.of(mvc.perform(get("/catalog/versions/" + v.id() + "/edit").with(flow.actors.as("catalog_clerk")))
                .andReturn().getResponse().getContentAsString());
        assertThat(doc.text("readonly")).contains("不能修改");
        assertThat(doc.has("save")).isFalse();
        String html = mvc.perform(post("/catalog/versions/" + v.id() + "/edit").with(flow.actors.as("catalog_clerk")).with(csrf())
                        .param("version", String.valueOf(v.version())).param("name", "偷偷改"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(PageHtml.of(html).text("_global-error")).contains("请从已发布版本新建一个版本");
    }

    @Test
    void theItemPageOffersWhatIsAllowedNow() throws Exception {
        PowerItemVersionView v = flow.inState(VersionState.LEGAL_APPROVED, "PG-I");
        PageHtml clerk = PageHtml.of(mvc.perform(get("/catalog/items/" + v.itemId()).with(flow.actors.as("catalog_clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(clerk.has("action-publish")).isTrue();
        assertThat(clerk.has("action-edit") || clerk.has("action-submit") || clerk.has("action-new-version") || clerk.has("action-suspend"))
                .isFalse();
        assertThat(clerk.count("<tr data-action=")).isEqualTo(5);
        assertThat(clerk.text("trail")).contains("审核通过", "unit_head", "科室负责人");

        mvc.perform(post("/catalog/versions/" + v.id() + "/publish").with(flow.actors.as("catalog_clerk")).with(csrf())
                        .param("itemId", String.valueOf(v.itemId())).param("version", String.valueOf(v.version()))
                        .param("effectiveFrom", java.time.LocalDate.now(flow.clock).toString()))
                .andExpect(redirectedUrl("/catalog/items/" + v.itemId()))
                .andExpect(flash().attribute("notice", containsString("已发布")));

        PageHtml leader = PageHtml.of(mvc.perform(get("/catalog/items/" + v.itemId()).with(flow.actors.as("leader")))
                .andReturn().getResponse().getContentAsString());
        assertThat(leader.text("in-force")).isEqualTo("第 1 版");
        assertThat(leader.has("action-suspend") && leader.has("action-abolish") && leader.has("action-delegate")).isTrue();

        mvc.perform(post("/catalog/items/" + v.itemId() + "/lifecycle").with(flow.actors.as("leader")).with(csrf())
                        .param("action", "suspend").param("version", "0").param("reason", ""))
                .andExpect(flash().attribute("problem", "理由：必填"));
        long itemVersion = flow.queries.item(v.itemId()).orElseThrow().version();
        mvc.perform(post("/catalog/items/" + v.itemId() + "/lifecycle").with(flow.actors.as("leader")).with(csrf())
                        .param("action", "suspend").param("version", String.valueOf(itemVersion)).param("reason", "整改"))
                .andExpect(flash().attribute("notice", "事项已挂起"));
        PageHtml suspended = PageHtml.of(mvc.perform(get("/catalog/items/" + v.itemId()).with(flow.actors.as("leader")))
                .andReturn().getResponse().getContentAsString());
        assertThat(suspended.text("not-accepting")).contains("不再受理", "整改");
        assertThat(suspended.has("action-resume")).isTrue();
    }

    @Test
    void reviewersWorkFromTheirInboxes() throws Exception {
        PowerItemVersionView v = flow.inState(VersionState.SUBMITTED, "PG-B");
        String code = flow.queries.item(v.itemId()).orElseThrow().code();
        PageHtml inbox = PageHtml.of(mvc.perform(get("/catalog/reviews/unit_head").with(flow.actors.as("unit_head")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(inbox.count("<tr data-code=\"" + code + "\">")).isEqualTo(1);
        assertThat(inbox.count("href=\"/catalog/versions/" + v.id() + "\"")).isEqualTo(1);

        PageHtml page = PageHtml.of(mvc.perform(get("/catalog/versions/" + v.id()).with(flow.actors.as("unit_head")))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.has("review-panel")).isTrue();
        assertThat(page.text("changes")).contains("首个版本", "事项名称");
        // a reject without opinion goes back to the version with the reason
        mvc.perform(post("/catalog/versions/" + v.id() + "/reject").with(flow.actors.as("unit_head")).with(csrf())
                        .param("level", "unit_head").param("version", String.valueOf(v.version())))
                .andExpect(redirectedUrl("/catalog/versions/" + v.id()))
                .andExpect(flash().attribute("problem", "退回时必须填写意见"));
        mvc.perform(post("/catalog/versions/" + v.id() + "/approve").with(flow.actors.as("unit_head")).with(csrf())
                        .param("level", "unit_head").param("version", String.valueOf(v.version())).param("opinion", "同意"))
                .andExpect(redirectedUrl("/catalog/reviews/unit_head"))
                .andExpect(flash().attribute("notice", containsString("待领导审批")));
        // the leader's panel is there now, the unit head's is gone
        assertThat(PageHtml.of(mvc.perform(get("/catalog/versions/" + v.id()).with(flow.actors.as("unit_head")))
                .andReturn().getResponse().getContentAsString()).has("review-panel")).isFalse();
        assertThat(PageHtml.of(mvc.perform(get("/catalog/reviews/leader").with(flow.actors.as("leader")))
                .andReturn().getResponse().getContentAsString()).count("<tr data-code=\"" + code + "\">")).isEqualTo(1);
        mvc.perform(get("/catalog/reviews/nobody").with(flow.actors.as("leader"))).andExpect(status().isNotFound());
    }

    @Test
    void theAssignmentPageMovesARangeAndReportsIt() throws Exception {
        PageHtml page = PageHtml.of(mvc.perform(get("/catalog/assign").with(flow.actors.as("catalog_clerk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.text("range-unit")).contains("法规科", "物管科");
        mvc.perform(post("/catalog/assign/range").with(flow.actors.as("catalog_clerk")).with(csrf())
                        .param("departmentId", String.valueOf(flow.data.department)).param("fromSeq", "20").param("toSeq", "3")
                        .param("unitId", String.valueOf(flow.data.fagui)))
                .andExpect(flash().attribute("problem", "起始序号 20 不能大于结束序号 3"));
        mvc.perform(get("/catalog/assign").with(flow.actors.as("unit_clerk_fagui"))).andExpect(status().isForbidden());
    }

    @Test
    void pagesSpeakEnglishToo() throws Exception {
        PowerItemVersionView v = flow.draft("PG-EN");
        String html = mvc.perform(get("/catalog/versions/" + v.id() + "/edit").param("lang", "en").with(flow.actors.as("catalog_clerk")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<span>Name</span>");
        assertThat(html).doesNotContain("??");
        PowerItemVersionView published = flow.inState(VersionState.PUBLISHED, "PG-EN2");
        for (String path : new String[] {"/catalog", "/catalog/items/" + published.itemId(), "/catalog/versions/" + published.id(),
                "/catalog/assign"}) {
            String page = mvc.perform(get(path).param("lang", "en").with(flow.actors.as("catalog_clerk")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).as(path).doesNotContain("??").contains("Power catalog");
        }
        String item = mvc.perform(get("/catalog/items/" + published.itemId()).param("lang", "en").with(flow.actors.as("leader")))
                .andReturn().getResponse().getContentAsString();
        assertThat(PageHtml.of(item).text("in-force")).isEqualTo("Version 1");
        assertThat(PageHtml.of(item).text("trail")).contains("Published", "Legal reviewer");
    }

    /** The empty content, as the services see a fresh draft. */
    static final class ContentRulesAccess {
        static PowerItemContent empty() {
            return org.sunlight.catalog.internal.ContentRules.empty();
        }
    }
}
