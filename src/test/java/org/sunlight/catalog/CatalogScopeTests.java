package org.sunlight.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.sunlight.IntegrationTest;
import org.sunlight.common.ForbiddenException;

/**
 * Scopes: a department clerk keeps all the department's items, a unit clerk only its unit's; reviewers
 * act and see inboxes only within their scope; other departments' people are refused; administrators
 * and handlers do not reach the catalog's workings.
 */
@IntegrationTest
class CatalogScopeTests {

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
    void aUnitClerkKeepsOnlyItsUnitsItemsTheDepartmentClerkAll() {
        PowerItemVersionView fagui = flow.draft("SC-F");
        String code = CatalogTestData.code("SC-W");
        PowerItemVersionView wuguan = flow.actors.callAs("catalog_clerk", () -> flow.drafting.createItem(
                new NewPowerItem(code, flow.data.department, flow.data.wuguan, null, CatalogTestData.penalty("物管科事项"))));

        // 法规科's clerk edits 法规科's item, not 物管科's
        assertThat(flow.actors.callAs("unit_clerk_fagui", () -> flow.drafting.saveDraft(fagui.id(), fagui.version(),
                CatalogTestData.penalty("法规科录入员改"))).content().name()).isEqualTo("法规科录入员改");
        assertThatThrownBy(() -> flow.actors.callAs("unit_clerk_fagui", () -> flow.drafting.saveDraft(wuguan.id(), wuguan.version(),
                CatalogTestData.penalty("越权")))).isInstanceOf(ForbiddenException.class).hasMessage("catalog.forbidden.clerk");
        // the department clerk edits both
        PowerItemVersionView w2 = flow.actors.callAs("catalog_clerk", () -> flow.drafting.saveDraft(wuguan.id(), wuguan.version(),
                CatalogTestData.penalty("部门录入员改")));
        assertThat(w2.content().name()).isEqualTo("部门录入员改");
        // a unit clerk adds items only to its own unit
        assertThatThrownBy(() -> flow.actors.callAs("unit_clerk_fagui", () -> flow.drafting.createItem(new NewPowerItem(
                CatalogTestData.code("SC-X"), flow.data.department, flow.data.wuguan, null, null))))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> flow.actors.callAs("unit_clerk_fagui", () -> flow.drafting.createItem(new NewPowerItem(
                CatalogTestData.code("SC-Y"), flow.data.department, null, null, null))))
                .isInstanceOf(ForbiddenException.class);
        assertThat(flow.actors.callAs("unit_clerk_fagui", () -> flow.drafting.createItem(new NewPowerItem(
                CatalogTestData.code("SC-Z"), flow.data.department, flow.data.fagui, null, null))).state()).isEqualTo(VersionState.DRAFT);
        // another department's clerk: nothing here
        assertThatThrownBy(() -> flow.actors.callAs("yangzhou_clerk", () -> flow.drafting.saveDraft(fagui.id(), fagui.version() + 1,
                CatalogTestData.penalty("外单位")))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void onlyTheDepartmentClerkAssignsUnits() {
        PowerItemVersionView v = flow.draft("SC-A");
        assertThatThrownBy(() -> flow.actors.callAs("unit_clerk_fagui", () -> flow.assignment.assignSelected(flow.data.department,
                List.of(v.itemId()), flow.data.wuguan))).isInstanceOf(ForbiddenException.class).hasMessage("catalog.forbidden.assign");
        assertThatThrownBy(() -> flow.actors.callAs("leader", () -> flow.assignment.assignSelected(flow.data.department,
                List.of(v.itemId()), flow.data.wuguan))).isInstanceOf(ForbiddenException.class);
        assertThat(flow.queries.item(v.itemId()).orElseThrow().unitId()).isEqualTo(flow.data.fagui);
    }

    @Test
    void inboxesShowOnlyWhatIsInTheReviewersScope() throws Exception {
        PowerItemVersionView waiting = flow.inState(VersionState.LEADER_APPROVED, "SC-L");
        PowerItemView item = flow.queries.item(waiting.itemId()).orElseThrow();
        mvc.perform(get("/api/v1/catalog/reviews/legal").with(flow.actors.as("legal_reviewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.item.code == '" + item.code() + "')]").exists());
        mvc.perform(get("/api/v1/catalog/reviews/legal").with(flow.actors.as("city_legal")))
                .andExpect(jsonPath("$[?(@.item.code == '" + item.code() + "')]").exists());
        mvc.perform(get("/api/v1/catalog/reviews/legal").with(flow.actors.as("gaoyou_legal")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.item.code == '" + item.code() + "')]").doesNotExist());

        PowerItemVersionView submitted = flow.inState(VersionState.SUBMITTED, "SC-U");
        String code = flow.queries.item(submitted.itemId()).orElseThrow().code();
        mvc.perform(get("/api/v1/catalog/reviews/unit_head").with(flow.actors.as("unit_head")))
                .andExpect(jsonPath("$[?(@.item.code == '" + code + "')].submittedBy").value("catalog_clerk"));
        mvc.perform(get("/api/v1/catalog/reviews/unit_head").with(flow.actors.as("wuguan_head")))
                .andExpect(jsonPath("$[?(@.item.code == '" + code + "')]").doesNotExist());
        mvc.perform(get("/api/v1/catalog/reviews/leader").with(flow.actors.as("leader")))
                .andExpect(jsonPath("$[?(@.item.code == '" + code + "')]").doesNotExist());
    }

    @Test
    void anItemWithoutAUnitIsReviewedByAUnitHeadOfItsDepartment() {
        String code = CatalogTestData.code("SC-N");
        PowerItemVersionView v = flow.actors.callAs("catalog_clerk", () -> flow.drafting.createItem(
                new NewPowerItem(code, flow.data.department, null, null, CatalogTestData.penalty("未分配事项"))));
        PowerItemVersionView submitted = flow.actors.callAs("catalog_clerk", () -> flow.review.submit(v.id(), v.version()));
        assertThat(flow.actors.callAs("wuguan_head", () -> flow.review.inbox(ReviewLevel.UNIT_HEAD)))
                .extracting(t -> t.item().code()).contains(code);
        assertThat(flow.actors.callAs("wuguan_head", () -> flow.review.approve(submitted.id(), submitted.version(),
                ReviewLevel.UNIT_HEAD, null)).state()).isEqualTo(VersionState.UNIT_APPROVED);
    }

    @Test
    void readingIsLimitedToTheCatalogRolesInScope() throws Exception {
        PowerItemVersionView v = flow.draft("SC-R");
        mvc.perform(get("/api/v1/catalog/items/" + v.itemId()).with(flow.actors.as("supervisor"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/catalog/items/" + v.itemId()).with(flow.actors.as("gaoyou_legal")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("您无权查看该部门的权力事项"));
        mvc.perform(get("/api/v1/catalog/items/" + v.itemId()).with(flow.actors.as("handler"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/catalog/items/" + v.itemId()).with(flow.actors.as("system_admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/catalog/items").param("department", String.valueOf(flow.data.department))
                .with(flow.actors.as("yangzhou_leader"))).andExpect(status().isForbidden());
        mvc.perform(get("/catalog/items/" + v.itemId()).with(flow.actors.as("gaoyou_legal")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aReviewerOfAnotherDepartmentIsRefusedWithTheReason() throws Exception {
        PowerItemVersionView v = flow.inState(VersionState.LEADER_APPROVED, "SC-O");
        mvc.perform(post("/api/v1/catalog/versions/" + v.id() + "/approve").with(flow.actors.as("gaoyou_legal")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + v.version() + ",\"level\":\"LEGAL\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.containsString("法制审核")))
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.containsString("超出您的管辖范围")));
    }
}
