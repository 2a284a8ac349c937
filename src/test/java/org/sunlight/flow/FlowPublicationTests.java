package org.sunlight.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.IntegrationTest;
import org.sunlight.MutableClock;
import org.sunlight.TestUsers;
import org.sunlight.catalog.LimitUnit;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.TimeLimit;
import org.sunlight.catalog.VersionState;
import org.sunlight.catalog.internal.CatalogStore;
import org.sunlight.common.ConflictException;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.ForbiddenException;
import org.sunlight.common.InvalidInputException;
import org.sunlight.organization.OrganizationDirectory;

/** Drafts, publication and the effective-date rules, through the service as the demo catalog clerk. */
@IntegrationTest
class FlowPublicationTests {

    @Autowired
    FlowEditing editing;
    @Autowired
    FlowQueries queries;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;
    @Autowired
    CatalogStore catalogStore;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    JdbcClient jdbc;

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

    private <T> T asClerk(java.util.concurrent.Callable<T> action) {
        return users.callAs("catalog_clerk", action);
    }

    private static List<String> fields(InvalidInputException e) {
        return e.problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void aDraftFromATemplateIsPublishedWithAnEffectiveDateNotBeforeToday() {
        FlowTestItems.Item item = items.published(PowerCategory.LICENSING, "房地产开发企业资质核定");
        FlowVersionView draft = asClerk(() -> editing.createFromTemplate(item.versionId(), "licensing"));
        assertThat(draft.state()).isEqualTo(FlowState.DRAFT);
        assertThat(draft.versionNo()).isEqualTo(1);
        assertThat(draft.template()).isEqualTo("licensing");
        // the department's posts were found by name and the item's risk points linked
        assertThat(draft.definition().step("accept").orElseThrow().postId()).isNotNull();
        assertThat(draft.definition().step("accept").orElseThrow().riskPoints()).containsExactly(1);
        assertThat(queries.flowInForce(item.id(), today)).isEmpty();

        assertThatThrownBy(() -> asClerk(() -> editing.publish(draft.id(), draft.version(), today.minusDays(1), false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(fields(e)).containsOnly("effectiveFrom");
                    assertThat(e.problems()).extracting(FieldProblem::code).contains("flow.error.effective-before-publication");
                });
        assertThat(queries.version(draft.id()).orElseThrow().state()).as("nothing half-done").isEqualTo(FlowState.DRAFT);

        FlowVersionView published = asClerk(() -> editing.publish(draft.id(), draft.version(), today, false));
        assertThat(published.state()).isEqualTo(FlowState.PUBLISHED);
        assertThat(published.effectiveFrom()).isEqualTo(today);
        assertThat(published.publishedBy()).isEqualTo("catalog_clerk");
        assertThat(queries.flowInForce(item.id(), today)).map(FlowVersionView::id).contains(draft.id());
        assertThat(queries.flowInForce(item.code(), today)).map(FlowVersionView::id).contains(draft.id());
        assertThat(queries.model(draft.id())).isPresent();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'flow.publish' and object_id = ?")
                .param(String.valueOf(draft.id())).query(Long.class).single()).isEqualTo(1);

        // published versions are frozen
        assertThatThrownBy(() -> asClerk(() -> editing.updateDraft(draft.id(), published.version(), draft.definition())))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aCaseKeepsTheVersionItStartedOnAndTheDateChoosesTheVersion() {
        FlowTestItems.Item item = items.published(PowerCategory.LICENSING, "建筑工程施工许可");
        FlowVersionView v1 = publish(item, "licensing", today);
        LocalDate later = today.plusDays(29);
        FlowVersionView d2 = asClerk(() -> editing.copyToDraft(item.versionId(), v1.id()));
        assertThat(d2.versionNo()).isEqualTo(2);
        FlowDefinition changed = rename(d2.definition(), "review", "材料审查");
        FlowVersionView saved = asClerk(() -> editing.updateDraft(d2.id(), d2.version(), changed));
        FlowVersionView v2 = asClerk(() -> editing.publish(d2.id(), saved.version(), later, false));

        assertThat(queries.flowInForce(item.id(), today.minusDays(1))).as("before the first took effect").isEmpty();
        assertThat(queries.flowInForce(item.id(), today)).map(FlowVersionView::id).contains(v1.id());
        assertThat(queries.flowInForce(item.id(), later.minusDays(1))).map(FlowVersionView::id).contains(v1.id());
        assertThat(queries.flowInForce(item.id(), later)).map(FlowVersionView::id).contains(v2.id());
        assertThat(queries.flowInForce(item.id(), later.plusYears(1))).map(FlowVersionView::id).contains(v2.id());
        assertThat(queries.version(v1.id()).orElseThrow().state()).isEqualTo(FlowState.SUPERSEDED);
        // a case started on v1 still runs v1
        assertThat(queries.model(v1.id()).orElseThrow().step("review").name()).isEqualTo("审查");
        assertThat(queries.model(v2.id()).orElseThrow().step("review").name()).isEqualTo("材料审查");

        // a third version may not take effect before the second
        FlowVersionView d3 = asClerk(() -> editing.copyToDraft(item.versionId(), v2.id()));
        assertThatThrownBy(() -> asClerk(() -> editing.publish(d3.id(), d3.version(), later.minusDays(1), false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(fields(e)).containsExactly("effectiveFrom");
                    assertThat(e.problems().get(0).code()).isEqualTo("flow.error.effective-before-previous");
                });
    }

    @Test
    void notBeforeTheCatalogVersionTakesEffect() {
        FlowTestItems.Item item = items.published(PowerCategory.LICENSING, "燃气经营许可", new TimeLimit(20, LimitUnit.WORKING_DAYS),
                today.plusDays(10));
        FlowVersionView draft = asClerk(() -> editing.createFromTemplate(item.versionId(), "licensing"));
        assertThatThrownBy(() -> asClerk(() -> editing.publish(draft.id(), draft.version(), today.plusDays(5), false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems().get(0).code()).isEqualTo("flow.error.effective-before-item-version"));
        assertThat(asClerk(() -> editing.publish(draft.id(), draft.version(), today.plusDays(10), false)).state()).isEqualTo(FlowState.PUBLISHED);
    }

    @Test
    void errorsRefusePublicationNamingTheStep() {
        FlowTestItems.Item item = items.published(PowerCategory.LICENSING, "城市道路占用许可");
        FlowVersionView draft = asClerk(() -> editing.createFromTemplate(item.versionId(), "licensing"));
        List<FlowStep> steps = new ArrayList<>(draft.definition().steps());
        steps.add(Flows.step("orphan"));
        steps.set(1, Flows.withoutPost(steps.get(1)));
        FlowDefinition broken = new FlowDefinition(draft.definition().start(), steps, draft.definition().transitions());
        FlowVersionView saved = asClerk(() -> editing.updateDraft(draft.id(), draft.version(), broken));
        assertThat(saved.definition().steps()).hasSize(5);
        assertThatThrownBy(() -> asClerk(() -> editing.publish(saved.id(), saved.version(), today, true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e))
                        .contains("steps[1].post", "steps[4]"));
        assertThat(queries.version(draft.id()).orElseThrow().state()).isEqualTo(FlowState.DRAFT);
    }

    @Test
    void aWarningMustBeConfirmed() {
        FlowTestItems.Item item = items.published(PowerCategory.LICENSING, "临时建设工程规划许可", new TimeLimit(5, LimitUnit.WORKING_DAYS), today);
        FlowVersionView draft = asClerk(() -> editing.createFromTemplate(item.versionId(), "licensing"));
        FlowValidation v = asClerk(() -> editing.validate(draft.id()));
        assertThat(v.hasErrors()).isFalse();
        assertThat(v.warnings()).extracting(FlowProblem::code).containsExactly("flow.warning.over-limit.same.WORKING_DAYS");
        assertThatThrownBy(() -> asClerk(() -> editing.publish(draft.id(), draft.version(), today, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(fields(e)).contains("limit", "confirmWarnings"));
        FlowVersionView published = asClerk(() -> editing.publish(draft.id(), draft.version(), today, true));
        assertThat(published.warningsConfirmed()).isTrue();
    }

    @Test
    void oneDraftAtATimeStaleVersionsAndScope() {
        FlowTestItems.Item item = items.published(PowerCategory.PENALTY, "对未取得施工许可证擅自施工的处罚",
                new TimeLimit(90, LimitUnit.NATURAL_DAYS), today);
        FlowVersionView draft = asClerk(() -> editing.createFromTemplate(item.versionId(), "penalty-general"));
        assertThatThrownBy(() -> asClerk(() -> editing.createFromTemplate(item.versionId(), "penalty-simple")))
                .isInstanceOf(ConflictException.class).hasMessage("flow.error.draft-exists");
        asClerk(() -> editing.updateDraft(draft.id(), draft.version(), draft.definition()));
        assertThatThrownBy(() -> asClerk(() -> editing.updateDraft(draft.id(), draft.version(), draft.definition())))
                .as("a second save from the same stale page").isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> users.callAs("leader", () -> editing.createFromTemplate(item.versionId(), "licensing")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> users.callAs("handler", () -> editing.validate(draft.id()))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> asClerk(() -> editing.createFromTemplate(item.versionId(), "no-such-template")))
                .isInstanceOf(InvalidInputException.class);
        FlowVersionView current = queries.version(draft.id()).orElseThrow();
        asClerk(() -> {
            editing.discard(draft.id(), current.version());
            return null;
        });
        assertThat(queries.version(draft.id())).isEmpty();
    }

    @Test
    void aSupersededCatalogVersionTakesNoNewDraftAndAnUnpublishedOneNoPublication() {
        FlowTestItems.Item item = items.published(PowerCategory.LICENSING, "商品房预售许可");
        long v2 = items.addVersion(item.id(), 2, FlowTestItems.content(PowerCategory.LICENSING, "商品房预售许可（修订）",
                new TimeLimit(20, LimitUnit.WORKING_DAYS)), VersionState.SUBMITTED, null);
        FlowVersionView draft = asClerk(() -> editing.createFromTemplate(v2, "licensing"));
        assertThatThrownBy(() -> asClerk(() -> editing.publish(draft.id(), draft.version(), today, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(FieldProblem::code)
                        .containsExactly("flow.error.item-version-not-published"));
        catalogStore.setState(item.versionId(), 1, VersionState.SUPERSEDED, null, null, clock.instant());
        asClerk(() -> {
            editing.discard(draft.id(), draft.version());
            return null;
        });
        assertThatThrownBy(() -> asClerk(() -> editing.createFromTemplate(item.versionId(), "licensing")))
                .isInstanceOf(ConflictException.class).hasMessage("flow.error.item-version-superseded");
    }

    private FlowVersionView publish(FlowTestItems.Item item, String template, LocalDate effective) {
        FlowVersionView d = asClerk(() -> editing.createFromTemplate(item.versionId(), template));
        return asClerk(() -> editing.publish(d.id(), d.version(), effective, false));
    }

    static FlowDefinition rename(FlowDefinition d, String key, String name) {
        List<FlowStep> steps = d.steps().stream().map(s -> s.key().equals(key)
                ? new FlowStep(s.key(), s.kind(), name, s.postId(), s.role(), s.limit(), s.unit(), s.countsTowardLimit(), s.end(),
                        s.documents(), s.riskPoints())
                : s).toList();
        return new FlowDefinition(d.start(), steps, d.transitions());
    }
}
