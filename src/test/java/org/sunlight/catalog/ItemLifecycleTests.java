package org.sunlight.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.sunlight.IntegrationTest;
import org.sunlight.common.ConflictException;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.InvalidInputException;

/** Suspend, resume, abolish and delegate: who accepts new cases, what is linked, what is announced. */
@IntegrationTest
@ExtendWith(PublishedEventsExtension.class)
class ItemLifecycleTests {

    @Autowired
    ApplicationContext context;

    CatalogFlow flow;

    @BeforeEach
    void setUp() {
        flow = CatalogFlow.of(context);
    }

    @Test
    void aSuspendedItemAcceptsNoNewCasesUntilResumed(PublishedEvents events) {
        PowerItemView item = flow.itemIn(ItemLifecycle.ACTIVE, "SUS");
        assertThat(item.acceptsNewCases()).isTrue();

        PowerItemView suspended = flow.actors.callAs("leader", () -> flow.lifecycle.suspend(item.id(), item.version(), "机构调整期间暂停"));
        assertThat(suspended.lifecycle()).isEqualTo(ItemLifecycle.SUSPENDED);
        assertThat(suspended.lifecycleReason()).isEqualTo("机构调整期间暂停");
        assertThat(flow.queries.item(item.id()).orElseThrow().acceptsNewCases()).isFalse();
        // still published: the public guide stays, only new cases stop
        assertThat(flow.queries.versionInForce(item.id(), LocalDate.now(flow.clock))).isPresent();

        PowerItemView resumed = flow.actors.callAs("leader", () -> flow.lifecycle.resume(suspended.id(), suspended.version(), "调整完毕"));
        assertThat(resumed.acceptsNewCases()).isTrue();
        assertThat(resumed.lifecycleReason()).isNull();

        assertThat(events.ofType(PowerItemLifecycleChanged.class).matching(e -> e.itemId() == item.id()))
                .extracting(PowerItemLifecycleChanged::lifecycle, PowerItemLifecycleChanged::reason)
                .containsExactly(org.assertj.core.api.Assertions.tuple(ItemLifecycle.SUSPENDED, "机构调整期间暂停"),
                        org.assertj.core.api.Assertions.tuple(ItemLifecycle.ACTIVE, "调整完毕"));
    }

    @Test
    void abolitionIsFinalAndNotInTheFuture() {
        PowerItemView item = flow.itemIn(ItemLifecycle.ACTIVE, "ABO");
        LocalDate today = LocalDate.now(flow.clock);
        assertThatThrownBy(() -> flow.actors.callAs("leader", () -> flow.lifecycle.abolish(item.id(), item.version(), "x", today.plusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("abolishedOn"));
        assertThatThrownBy(() -> flow.actors.callAs("leader", () -> flow.lifecycle.abolish(item.id(), item.version(), " ", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("reason", "abolishedOn"));

        PowerItemView abolished = flow.actors.callAs("leader", () -> flow.lifecycle.abolish(item.id(), item.version(),
                "《某条例》废止", today.minusDays(3)));
        assertThat(abolished.lifecycle()).isEqualTo(ItemLifecycle.ABOLISHED);
        assertThat(abolished.abolishedOn()).isEqualTo(today.minusDays(3));
        assertThat(abolished.acceptsNewCases()).isFalse();
        assertThatThrownBy(() -> flow.actors.callAs("leader", () -> flow.lifecycle.resume(abolished.id(), abolished.version(), "恢复")))
                .isInstanceOf(ConflictException.class).hasMessage("catalog.lifecycle.abolished-final");
    }

    @Test
    void delegationCreatesTheLinkedItemBelowWithACopyAsDraft(PublishedEvents events) {
        PowerItemView item = flow.itemIn(ItemLifecycle.ACTIVE, "DEL");
        PowerItemVersionView published = flow.queries.versions(item.id()).get(0);
        long town = flow.townDepartment();

        PowerItemView received = flow.actors.callAs("leader", () -> flow.lifecycle.delegate(item.id(), item.version(),
                new CatalogLifecycle.Delegation(town, null, "苏政发〔2026〕1号 下放至镇")));

        PowerItemView original = flow.queries.item(item.id()).orElseThrow();
        assertThat(original.lifecycle()).isEqualTo(ItemLifecycle.DELEGATED);
        assertThat(original.acceptsNewCases()).isFalse();
        assertThat(original.delegatedToItemId()).isEqualTo(received.id());
        assertThat(received.delegatedFromItemId()).isEqualTo(original.id());
        assertThat(received.departmentId()).isEqualTo(town);
        assertThat(received.code()).isEqualTo(item.code() + "-321081100");
        assertThat(received.lifecycle()).isEqualTo(ItemLifecycle.ACTIVE);
        assertThat(flow.queries.versions(received.id())).singleElement().satisfies(v -> {
            assertThat(v.state()).isEqualTo(VersionState.DRAFT);
            assertThat(v.content()).isEqualTo(published.content());
        });
        // the original's public history stays: its published version is still there
        assertThat(flow.queries.version(published.id()).orElseThrow().state()).isEqualTo(VersionState.PUBLISHED);
        assertThat(events.ofType(PowerItemLifecycleChanged.class).matching(e -> e.itemId() == item.id()
                && e.lifecycle() == ItemLifecycle.DELEGATED)).hasSize(1);
        // both trails tell the story
        assertThat(flow.actors.callAs("leader", () -> flow.overview.detail(item.id())).trail())
                .extracting(SignOffView::action).contains("DELEGATE");
        assertThat(flow.context.getBean(org.sunlight.catalog.internal.CatalogStore.class).trail(received.id()))
                .extracting(SignOffView::action).containsExactly("RECEIVE");
    }

    @Test
    void delegationGoesDownOnly() {
        PowerItemView item = flow.itemIn(ItemLifecycle.ACTIVE, "DLV");
        for (long notBelow : new long[] {flow.data.gaoyouDepartment, flow.data.shijianDepartment, flow.data.yangzhouDepartment}) {
            assertThatThrownBy(() -> flow.actors.callAs("leader", () -> flow.lifecycle.delegate(item.id(), item.version(),
                    new CatalogLifecycle.Delegation(notBelow, null, "下放"))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).code())
                            .isEqualTo("catalog.delegate.not-lower"));
        }
        assertThat(flow.queries.item(item.id()).orElseThrow().lifecycle()).isEqualTo(ItemLifecycle.ACTIVE);
    }

    @Test
    void delegationNeedsAPublishedVersionAndAFreeCode() {
        PowerItemVersionView draft = flow.draft("DLN");
        PowerItemView unpublished = flow.queries.item(draft.itemId()).orElseThrow();
        long town = flow.townDepartment();
        assertThatThrownBy(() -> flow.actors.callAs("leader", () -> flow.lifecycle.delegate(unpublished.id(), unpublished.version(),
                new CatalogLifecycle.Delegation(town, null, "下放")))).hasMessage("catalog.delegate.nothing-published");

        PowerItemView item = flow.itemIn(ItemLifecycle.ACTIVE, "DLC");
        assertThatThrownBy(() -> flow.actors.callAs("leader", () -> flow.lifecycle.delegate(item.id(), item.version(),
                new CatalogLifecycle.Delegation(town, unpublished.code(), "下放")))).hasMessage("catalog.item.code-taken");
        assertThat(flow.queries.item(item.id()).orElseThrow().lifecycle()).isEqualTo(ItemLifecycle.ACTIVE);
    }
}
