package org.sunlight.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.sunlight.IntegrationTest;
import org.sunlight.MutableClock;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.InvalidInputException;

/** Publishing supersedes the version before it, which stays in history and in force until the new effective date. */
@IntegrationTest
@ExtendWith(PublishedEventsExtension.class)
class PublishingTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;

    CatalogFlow flow;

    @BeforeEach
    void setUp() {
        flow = CatalogFlow.of(context);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void publishingSupersedesThePreviousVersionAndAnnouncesIt(PublishedEvents events) {
        PowerItemVersionView v1 = flow.inState(VersionState.PUBLISHED, "PUB");
        LocalDate today = LocalDate.now(clock);
        assertThat(v1.effectiveFrom()).isEqualTo(today);
        assertThat(v1.publishedAt()).isEqualTo(clock.instant());

        PowerItemVersionView v2 = flow.actors.callAs("catalog_clerk", () -> flow.drafting.startNewVersion(v1.itemId()));
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(v2.content()).isEqualTo(v1.content());
        v2 = flow.advance(v2, VersionState.PUBLISHED);

        assertThat(flow.queries.version(v1.id()).orElseThrow().state()).isEqualTo(VersionState.SUPERSEDED);
        assertThat(flow.queries.versions(v1.itemId())).extracting(PowerItemVersionView::versionNo, PowerItemVersionView::state)
                .containsExactly(org.assertj.core.api.Assertions.tuple(2, VersionState.PUBLISHED),
                        org.assertj.core.api.Assertions.tuple(1, VersionState.SUPERSEDED));
        assertThat(flow.queries.versionInForce(v1.itemId(), today).orElseThrow().versionNo()).isEqualTo(2);
        long itemId = v1.itemId();
        assertThat(events.ofType(PowerItemVersionPublished.class).matching(e -> e.itemId() == itemId)).hasSize(2);
        long v2Id = v2.id();
        assertThat(events.ofType(PowerItemVersionPublished.class).matching(e -> e.versionId() == v2Id)
                .matching(e -> e.versionNo() == 2 && e.effectiveFrom().equals(today) && e.code().equals(flow.queries.item(itemId).orElseThrow().code())))
                .hasSize(1);
    }

    @Test
    void aFutureEffectiveDateLeavesTheOldVersionInForceUntilThen() {
        PowerItemVersionView v1 = flow.inState(VersionState.PUBLISHED, "FUT");
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.plusDays(30);
        PowerItemVersionView draft = flow.actors.callAs("catalog_clerk", () -> flow.drafting.startNewVersion(v1.itemId()));
        PowerItemVersionView approved = flow.advance(draft, VersionState.LEGAL_APPROVED);
        PowerItemVersionView v2 = flow.actors.callAs("catalog_clerk", () -> flow.review.publish(approved.id(), approved.version(), from));

        assertThat(v2.state()).isEqualTo(VersionState.PUBLISHED);
        assertThat(v2.effectiveFrom()).isEqualTo(from);
        assertThat(flow.queries.versionInForce(v1.itemId(), today).orElseThrow().versionNo()).isEqualTo(1);
        assertThat(flow.queries.versionInForce(v1.itemId(), from.minusDays(1)).orElseThrow().versionNo()).isEqualTo(1);
        assertThat(flow.queries.versionInForce(v1.itemId(), from).orElseThrow().versionNo()).isEqualTo(2);
        assertThat(flow.queries.versionInForce(v1.itemId(), today.minusDays(1))).isEmpty();

        // Time passes: the new version is in force by the clock's today.
        clock.advance(Duration.ofDays(30));
        assertThat(flow.queries.versionInForce(v1.itemId(), LocalDate.now(clock)).orElseThrow().versionNo()).isEqualTo(2);
    }

    @Test
    void theEffectiveDateIsNeitherPastNorBeforeTheVersionItReplaces() {
        PowerItemVersionView first = flow.inState(VersionState.LEGAL_APPROVED, "EFF");
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> flow.actors.callAs("catalog_clerk", () -> flow.review.publish(first.id(), first.version(), today.minusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("effectiveFrom"));
        assertThatThrownBy(() -> flow.actors.callAs("catalog_clerk", () -> flow.review.publish(first.id(), first.version(), null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(flow.queries.version(first.id()).orElseThrow().state()).isEqualTo(VersionState.LEGAL_APPROVED);

        PowerItemVersionView v1 = flow.actors.callAs("catalog_clerk", () -> flow.review.publish(first.id(), first.version(), today.plusDays(10)));
        PowerItemVersionView draft = flow.actors.callAs("catalog_clerk", () -> flow.drafting.startNewVersion(v1.itemId()));
        PowerItemVersionView approved = flow.advance(draft, VersionState.LEGAL_APPROVED);
        assertThatThrownBy(() -> flow.actors.callAs("catalog_clerk", () -> flow.review.publish(approved.id(), approved.version(), today.plusDays(5))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo("catalog.publish.before-previous"));
        assertThat(flow.queries.version(v1.id()).orElseThrow().state()).as("nothing half-done").isEqualTo(VersionState.PUBLISHED);
    }

    @Test
    void onlyOneOpenVersionPerItem() {
        PowerItemVersionView v1 = flow.inState(VersionState.PUBLISHED, "ONE");
        flow.actors.callAs("catalog_clerk", () -> flow.drafting.startNewVersion(v1.itemId()));
        assertThatThrownBy(() -> flow.actors.callAs("catalog_clerk", () -> flow.drafting.startNewVersion(v1.itemId())))
                .isInstanceOf(org.sunlight.common.ConflictException.class)
                .hasMessage("catalog.version.open-exists");
        assertThat(flow.queries.versions(v1.itemId())).hasSize(2);
    }

    @Test
    void eachLevelIsSignedByADifferentPersonNotTheSubmitter() {
        // clerk_and_head is both the department's clerk and 法规科's unit head: they may not approve what they submitted.
        String code = CatalogTestData.code("SEP");
        PowerItemVersionView v = flow.actors.callAs("clerk_and_head", () -> flow.drafting.createItem(
                new NewPowerItem(code, flow.data.department, flow.data.fagui, null, CatalogTestData.penalty("分权测试"))));
        PowerItemVersionView submitted = flow.actors.callAs("clerk_and_head", () -> flow.review.submit(v.id(), v.version()));
        assertThatThrownBy(() -> flow.actors.callAs("clerk_and_head",
                () -> flow.review.approve(submitted.id(), submitted.version(), ReviewLevel.UNIT_HEAD, null)))
                .hasMessage("catalog.review.same-person");
        // second_legal is leader and legal reviewer of the department: after approving as leader, not again as legal reviewer.
        PowerItemVersionView unitApproved = flow.actors.callAs("unit_head",
                () -> flow.review.approve(submitted.id(), submitted.version(), ReviewLevel.UNIT_HEAD, null));
        PowerItemVersionView leaderApproved = flow.actors.callAs("second_legal",
                () -> flow.review.approve(unitApproved.id(), unitApproved.version(), ReviewLevel.LEADER, null));
        assertThatThrownBy(() -> flow.actors.callAs("second_legal",
                () -> flow.review.approve(leaderApproved.id(), leaderApproved.version(), ReviewLevel.LEGAL, null)))
                .hasMessage("catalog.review.same-person");
        assertThat(flow.actors.callAs("legal_reviewer",
                () -> flow.review.approve(leaderApproved.id(), leaderApproved.version(), ReviewLevel.LEGAL, null)).state())
                .isEqualTo(VersionState.LEGAL_APPROVED);
    }

    @Test
    void aRejectionNeedsAnOpinionAndStartsANewRound() {
        PowerItemVersionView submitted = flow.inState(VersionState.UNIT_APPROVED, "REJ");
        assertThatThrownBy(() -> flow.actors.callAs("leader", () -> flow.review.reject(submitted.id(), submitted.version(),
                ReviewLevel.LEADER, "  "))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("opinion"));
        PowerItemVersionView back = flow.actors.callAs("leader", () -> flow.review.reject(submitted.id(), submitted.version(),
                ReviewLevel.LEADER, "法律依据条款引用错误"));
        assertThat(back.state()).isEqualTo(VersionState.DRAFT);
        assertThat(flow.actors.callAs("catalog_clerk", () -> flow.overview.detail(back.itemId()))
                .trail()).extracting(SignOffView::action, SignOffView::role, SignOffView::opinion)
                .contains(org.assertj.core.api.Assertions.tuple("REJECT", "leader", "法律依据条款引用错误"));
        // resubmitted, the same unit head signs again in the new round
        PowerItemVersionView again = flow.advance(back, VersionState.LEGAL_APPROVED);
        assertThat(again.state()).isEqualTo(VersionState.LEGAL_APPROVED);
    }
}
