package org.sunlight.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.sunlight.IntegrationTest;
import org.sunlight.catalog.internal.ContentCodec;

/**
 * Every move of the catalog's two state machines, legal and illegal, as one table:
 * start state × action × who → HTTP status and the state afterwards (unchanged when refused).
 * <p>
 * Start states are a version's review state (the acted-on version is the item's first) or, for
 * ACTIVE/SUSPENDED/ABOLISHED/DELEGATED, the lifecycle of an item with a published first version.
 * Each row starts from a fresh item driven there through the services by the entitled people.
 * Actors: the demo accounts, plus unit_clerk_fagui/unit_clerk_wuguan (clerks of one unit),
 * wuguan_head (another unit's head), gaoyou_leader/gaoyou_legal (高邮市), city_legal (扬州市,
 * above 仪征市). All go through the JSON API, so statuses are what a client sees.
 */
@IntegrationTest
class LifecycleTransitionTableTests {

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

    @ParameterizedTest(name = "{0} × {1} by {2} → {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # start          | action          | actor             | status | after
            DRAFT            | EDIT            | catalog_clerk     | 200    | DRAFT
            DRAFT            | EDIT            | unit_clerk_fagui  | 200    | DRAFT
            DRAFT            | EDIT            | unit_clerk_wuguan | 403    | DRAFT
            DRAFT            | EDIT            | unit_head         | 403    | DRAFT
            DRAFT            | SUBMIT          | catalog_clerk     | 200    | SUBMITTED
            DRAFT            | SUBMIT          | unit_clerk_fagui  | 200    | SUBMITTED
            DRAFT            | SUBMIT          | unit_clerk_wuguan | 403    | DRAFT
            DRAFT            | SUBMIT          | leader            | 403    | DRAFT
            DRAFT            | APPROVE_UNIT    | unit_head         | 409    | DRAFT
            DRAFT            | REJECT_UNIT     | unit_head         | 409    | DRAFT
            DRAFT            | PUBLISH         | catalog_clerk     | 409    | DRAFT
            DRAFT            | NEW_VERSION     | catalog_clerk     | 409    | DRAFT
            SUBMITTED        | EDIT            | catalog_clerk     | 409    | SUBMITTED
            SUBMITTED        | SUBMIT          | catalog_clerk     | 409    | SUBMITTED
            SUBMITTED        | APPROVE_UNIT    | unit_head         | 200    | UNIT_APPROVED
            SUBMITTED        | APPROVE_UNIT    | wuguan_head       | 403    | SUBMITTED
            SUBMITTED        | APPROVE_UNIT    | leader            | 403    | SUBMITTED
            SUBMITTED        | APPROVE_UNIT    | catalog_clerk     | 403    | SUBMITTED
            SUBMITTED        | APPROVE_LEADER  | leader            | 409    | SUBMITTED
            SUBMITTED        | APPROVE_LEGAL   | legal_reviewer    | 409    | SUBMITTED
            SUBMITTED        | REJECT_UNIT     | unit_head         | 200    | DRAFT
            SUBMITTED        | REJECT_UNIT     | wuguan_head       | 403    | SUBMITTED
            SUBMITTED        | PUBLISH         | catalog_clerk     | 409    | SUBMITTED
            UNIT_APPROVED    | APPROVE_UNIT    | unit_head         | 409    | UNIT_APPROVED
            UNIT_APPROVED    | APPROVE_LEADER  | leader            | 200    | LEADER_APPROVED
            UNIT_APPROVED    | APPROVE_LEADER  | gaoyou_leader     | 403    | UNIT_APPROVED
            UNIT_APPROVED    | REJECT_LEADER   | leader            | 200    | DRAFT
            UNIT_APPROVED    | APPROVE_LEGAL   | legal_reviewer    | 409    | UNIT_APPROVED
            UNIT_APPROVED    | EDIT            | catalog_clerk     | 409    | UNIT_APPROVED
            LEADER_APPROVED  | APPROVE_LEGAL   | legal_reviewer    | 200    | LEGAL_APPROVED
            LEADER_APPROVED  | APPROVE_LEGAL   | city_legal        | 200    | LEGAL_APPROVED
            LEADER_APPROVED  | APPROVE_LEGAL   | gaoyou_legal      | 403    | LEADER_APPROVED
            LEADER_APPROVED  | APPROVE_LEADER  | leader            | 409    | LEADER_APPROVED
            LEADER_APPROVED  | REJECT_LEGAL    | legal_reviewer    | 200    | DRAFT
            LEADER_APPROVED  | REJECT_LEGAL    | gaoyou_legal      | 403    | LEADER_APPROVED
            LEADER_APPROVED  | PUBLISH         | catalog_clerk     | 409    | LEADER_APPROVED
            LEGAL_APPROVED   | PUBLISH         | catalog_clerk     | 200    | PUBLISHED
            LEGAL_APPROVED   | PUBLISH         | unit_clerk_fagui  | 200    | PUBLISHED
            LEGAL_APPROVED   | PUBLISH         | unit_clerk_wuguan | 403    | LEGAL_APPROVED
            LEGAL_APPROVED   | PUBLISH         | legal_reviewer    | 403    | LEGAL_APPROVED
            LEGAL_APPROVED   | APPROVE_LEGAL   | legal_reviewer    | 409    | LEGAL_APPROVED
            LEGAL_APPROVED   | REJECT_LEGAL    | legal_reviewer    | 409    | LEGAL_APPROVED
            LEGAL_APPROVED   | EDIT            | catalog_clerk     | 409    | LEGAL_APPROVED
            PUBLISHED        | EDIT            | catalog_clerk     | 409    | PUBLISHED
            PUBLISHED        | SUBMIT          | catalog_clerk     | 409    | PUBLISHED
            PUBLISHED        | PUBLISH         | catalog_clerk     | 409    | PUBLISHED
            PUBLISHED        | APPROVE_UNIT    | unit_head         | 409    | PUBLISHED
            PUBLISHED        | NEW_VERSION     | catalog_clerk     | 201    | PUBLISHED
            PUBLISHED        | NEW_VERSION     | unit_clerk_wuguan | 403    | PUBLISHED
            SUPERSEDED       | EDIT            | catalog_clerk     | 409    | SUPERSEDED
            SUPERSEDED       | SUBMIT          | catalog_clerk     | 409    | SUPERSEDED
            ACTIVE           | SUSPEND         | leader            | 200    | SUSPENDED
            ACTIVE           | SUSPEND         | catalog_clerk     | 403    | ACTIVE
            ACTIVE           | SUSPEND         | gaoyou_leader     | 403    | ACTIVE
            ACTIVE           | RESUME          | leader            | 409    | ACTIVE
            ACTIVE           | ABOLISH         | leader            | 200    | ABOLISHED
            ACTIVE           | ABOLISH         | unit_head         | 403    | ACTIVE
            ACTIVE           | DELEGATE        | leader            | 201    | DELEGATED
            ACTIVE           | DELEGATE        | catalog_clerk     | 403    | ACTIVE
            SUSPENDED        | RESUME          | leader            | 200    | ACTIVE
            SUSPENDED        | SUSPEND         | leader            | 409    | SUSPENDED
            SUSPENDED        | ABOLISH         | leader            | 200    | ABOLISHED
            SUSPENDED        | NEW_VERSION     | catalog_clerk     | 201    | SUSPENDED
            ABOLISHED        | RESUME          | leader            | 409    | ABOLISHED
            ABOLISHED        | SUSPEND         | leader            | 409    | ABOLISHED
            ABOLISHED        | ABOLISH         | leader            | 409    | ABOLISHED
            ABOLISHED        | DELEGATE        | leader            | 409    | ABOLISHED
            ABOLISHED        | NEW_VERSION     | catalog_clerk     | 409    | ABOLISHED
            DELEGATED        | SUSPEND         | leader            | 409    | DELEGATED
            DELEGATED        | RESUME          | leader            | 409    | DELEGATED
            DELEGATED        | DELEGATE        | leader            | 409    | DELEGATED
            DELEGATED        | NEW_VERSION     | catalog_clerk     | 409    | DELEGATED
            """)
    void move(String start, String action, String actor, int status, String after) throws Exception {
        boolean lifecycleRow = Arrays.stream(ItemLifecycle.values()).anyMatch(l -> l.name().equals(start));
        PowerItemVersionView v;
        PowerItemView item;
        if (lifecycleRow) {
            item = flow.itemIn(ItemLifecycle.valueOf(start), "T-" + start);
            v = flow.queries.versions(item.id()).get(0);
        } else {
            v = flow.inState(VersionState.valueOf(start), "T-" + start);
            item = flow.queries.item(v.itemId()).orElseThrow();
        }

        MockHttpServletResponse response = mvc.perform(request(action, item, v).with(flow.actors.as(actor)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)).andReturn().getResponse();

        assertThat(response.getStatus()).as("status; body: %s", response.getContentAsString()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.getContentType()).isEqualTo("application/problem+json");
            assertThat(response.getContentAsString()).as("a refusal says why").contains("\"title\"");
        }
        String now = lifecycleRow ? flow.queries.item(item.id()).orElseThrow().lifecycle().name()
                : flow.queries.version(v.id()).orElseThrow().state().name();
        assertThat(now).isEqualTo(after);
        if (action.equals("NEW_VERSION") && status == 201) {
            assertThat(flow.queries.versions(item.id()).get(0).state()).isEqualTo(VersionState.DRAFT);
        }
    }

    private MockHttpServletRequestBuilder request(String action, PowerItemView item, PowerItemVersionView v) {
        String today = LocalDate.now(flow.clock).toString();
        return switch (action) {
            case "EDIT" -> put("/api/v1/catalog/versions/" + v.id())
                    .content("{\"version\":" + v.version() + ",\"content\":" + codec.write(CatalogTestData.penalty("改过的名称")) + "}");
            case "SUBMIT" -> post("/api/v1/catalog/versions/" + v.id() + "/submit").content("{\"version\":" + v.version() + "}");
            case "APPROVE_UNIT", "APPROVE_LEADER", "APPROVE_LEGAL" -> post("/api/v1/catalog/versions/" + v.id() + "/approve")
                    .content("{\"version\":" + v.version() + ",\"level\":\"" + level(action) + "\",\"opinion\":\"同意\"}");
            case "REJECT_UNIT", "REJECT_LEADER", "REJECT_LEGAL" -> post("/api/v1/catalog/versions/" + v.id() + "/reject")
                    .content("{\"version\":" + v.version() + ",\"level\":\"" + level(action) + "\",\"opinion\":\"依据引用不全\"}");
            case "PUBLISH" -> post("/api/v1/catalog/versions/" + v.id() + "/publish")
                    .content("{\"version\":" + v.version() + ",\"effectiveFrom\":\"" + today + "\"}");
            case "NEW_VERSION" -> post("/api/v1/catalog/items/" + item.id() + "/versions");
            case "SUSPEND", "RESUME" -> post("/api/v1/catalog/items/" + item.id() + "/" + action.toLowerCase())
                    .content("{\"version\":" + item.version() + ",\"reason\":\"测试理由\"}");
            case "ABOLISH" -> post("/api/v1/catalog/items/" + item.id() + "/abolish")
                    .content("{\"version\":" + item.version() + ",\"reason\":\"上位法废止\",\"abolishedOn\":\"" + today + "\"}");
            case "DELEGATE" -> post("/api/v1/catalog/items/" + item.id() + "/delegate")
                    .content("{\"version\":" + item.version() + ",\"departmentId\":" + flow.townDepartment() + ",\"reason\":\"依法下放\"}");
            default -> throw new IllegalArgumentException(action);
        };
    }

    private static String level(String action) {
        return switch (action.substring(action.indexOf('_') + 1)) {
            case "UNIT" -> "UNIT_HEAD";
            case "LEADER" -> "LEADER";
            default -> "LEGAL";
        };
    }
}
