package org.sunlight.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.sunlight.TestUsers;
import org.sunlight.organization.DepartmentKind;
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationDirectory;

/**
 * Drives fresh items (unique codes, in 仪住建's 法规科) into any review state or lifecycle through the
 * real services, each step by the person entitled to it, so tests start from honest states.
 * Not a bean (an extra bean or {@code @Import} would fork the shared test context): tests build it
 * from the context with {@link #of}.
 */
final class CatalogFlow {

    final CatalogTestData data;
    final CatalogActors actors;
    final CatalogDrafting drafting;
    final CatalogReview review;
    final CatalogLifecycle lifecycle;
    final CatalogQueries queries;
    final CatalogOverview overview;
    final UnitAssignment assignment;
    final Clock clock;
    final ApplicationContext context;

    private final OrganizationAdmin organizationAdmin;
    private final TestUsers users;
    /** One town department per test JVM, shared by every test that delegates. */
    private static volatile Long townDepartment;

    private CatalogFlow(ApplicationContext context) {
        this.context = context;
        OrganizationDirectory organization = context.getBean(OrganizationDirectory.class);
        this.users = context.getBean(TestUsers.class);
        this.data = new CatalogTestData(organization);
        this.actors = new CatalogActors(users, data);
        this.organizationAdmin = context.getBean(OrganizationAdmin.class);
        this.drafting = context.getBean(CatalogDrafting.class);
        this.review = context.getBean(CatalogReview.class);
        this.lifecycle = context.getBean(CatalogLifecycle.class);
        this.queries = context.getBean(CatalogQueries.class);
        this.overview = context.getBean(CatalogOverview.class);
        this.assignment = context.getBean(UnitAssignment.class);
        this.clock = context.getBean(Clock.class);
    }

    static CatalogFlow of(ApplicationContext context) {
        return new CatalogFlow(context);
    }

    /** A new item with a complete first draft; returns the draft. */
    PowerItemVersionView draft(String prefix) {
        return draft(prefix, CatalogTestData.penalty("测试处罚事项 " + prefix));
    }

    PowerItemVersionView draft(String prefix, PowerItemContent content) {
        String code = CatalogTestData.code(prefix);
        return actors.callAs("catalog_clerk", () -> drafting.createItem(new NewPowerItem(code, data.department, data.fagui, null, content)));
    }

    /** A new item whose first version is in {@code state} (SUPERSEDED: v1 replaced by a published v2). */
    PowerItemVersionView inState(VersionState state, String prefix) {
        PowerItemVersionView v = draft(prefix);
        return advance(v, state);
    }

    /** Moves an open version forward (as the right people) until it reaches {@code target}. */
    PowerItemVersionView advance(PowerItemVersionView v, VersionState target) {
        while (v.state() != target) {
            PowerItemVersionView cur = v;
            v = switch (cur.state()) {
                case DRAFT -> actors.callAs("catalog_clerk", () -> review.submit(cur.id(), cur.version()));
                case SUBMITTED -> actors.callAs("unit_head", () -> review.approve(cur.id(), cur.version(), ReviewLevel.UNIT_HEAD, "同意"));
                case UNIT_APPROVED -> actors.callAs("leader", () -> review.approve(cur.id(), cur.version(), ReviewLevel.LEADER, "同意"));
                case LEADER_APPROVED -> actors.callAs("legal_reviewer", () -> review.approve(cur.id(), cur.version(), ReviewLevel.LEGAL, "合法"));
                case LEGAL_APPROVED -> actors.callAs("catalog_clerk", () -> review.publish(cur.id(), cur.version(), LocalDate.now(clock)));
                case PUBLISHED -> {
                    if (target != VersionState.SUPERSEDED) {
                        throw new IllegalStateException("cannot reach " + target + " from PUBLISHED");
                    }
                    PowerItemVersionView next = actors.callAs("catalog_clerk", () -> drafting.startNewVersion(cur.itemId()));
                    advance(next, VersionState.PUBLISHED);
                    yield queries.version(cur.id()).orElseThrow();
                }
                case SUPERSEDED -> throw new IllegalStateException("cannot leave SUPERSEDED");
            };
        }
        return v;
    }

    /** A new item with a published first version, then moved to {@code lifecycle} by the leader. */
    PowerItemView itemIn(ItemLifecycle target, String prefix) {
        PowerItemVersionView v = inState(VersionState.PUBLISHED, prefix);
        PowerItemView item = queries.item(v.itemId()).orElseThrow();
        return switch (target) {
            case ACTIVE -> item;
            case SUSPENDED -> actors.callAs("leader", () -> lifecycle.suspend(item.id(), item.version(), "整改期间暂停"));
            case ABOLISHED -> actors.callAs("leader", () -> lifecycle.abolish(item.id(), item.version(), "上位法废止",
                    LocalDate.now(clock)));
            case DELEGATED -> {
                long town = townDepartment();
                actors.callAs("leader", () -> lifecycle.delegate(item.id(), item.version(),
                        new CatalogLifecycle.Delegation(town, null, "依法下放至镇")));
                yield queries.item(item.id()).orElseThrow();
            }
        };
    }

    /** A department in 真州镇 (below 仪征市), created once per test JVM by the system administrator. */
    long townDepartment() {
        if (townDepartment == null) {
            synchronized (CatalogFlow.class) {
                if (townDepartment == null) {
                    String name = "真州镇城建服务中心" + UUID.randomUUID().toString().substring(0, 4);
                    townDepartment = users.callAs("system_admin", () -> organizationAdmin.createDepartment("321081100", name, null,
                            DepartmentKind.ADMINISTRATIVE).value().id());
                }
            }
        }
        return townDepartment;
    }
}
