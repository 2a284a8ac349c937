package org.sunlight.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.IntegrationTest;

/** Every step of a version's life leaves a sign-off row and an audit entry: who, in which role, what. */
@IntegrationTest
class CatalogAuditTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    CatalogFlow flow;

    @BeforeEach
    void setUp() {
        flow = CatalogFlow.of(context);
    }

    record Entry(String actor, String role, String action, String after) {
    }

    @Test
    void eachStepIsSignedAndAudited() {
        PowerItemVersionView v = flow.draft("AUD");
        PowerItemVersionView saved = flow.actors.callAs("catalog_clerk",
                () -> flow.drafting.saveDraft(v.id(), v.version(), CatalogTestData.penalty("改名后的事项")));
        flow.advance(saved, VersionState.PUBLISHED);

        List<SignOffView> trail = flow.actors.callAs("catalog_clerk", () -> flow.overview.detail(v.itemId())).trail();
        assertThat(trail).extracting(SignOffView::action, SignOffView::actor, SignOffView::role, SignOffView::toState).containsExactly(
                org.assertj.core.api.Assertions.tuple("CREATE", "catalog_clerk", "catalog_clerk", "DRAFT"),
                org.assertj.core.api.Assertions.tuple("SUBMIT", "catalog_clerk", "catalog_clerk", "SUBMITTED"),
                org.assertj.core.api.Assertions.tuple("APPROVE", "unit_head", "unit_head", "UNIT_APPROVED"),
                org.assertj.core.api.Assertions.tuple("APPROVE", "leader", "leader", "LEADER_APPROVED"),
                org.assertj.core.api.Assertions.tuple("APPROVE", "legal_reviewer", "legal_reviewer", "LEGAL_APPROVED"),
                org.assertj.core.api.Assertions.tuple("PUBLISH", "catalog_clerk", "catalog_clerk", "PUBLISHED"));
        assertThat(trail.get(2).opinion()).isEqualTo("同意");
        assertThat(trail).allSatisfy(s -> assertThat(s.at()).isNotNull());

        List<Entry> audit = jdbc.sql("select actor, role, action, after_text from audit_entry "
                        + "where object_type = 'power_item_version' and object_id = ? order by seq")
                .param(String.valueOf(v.id())).query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        assertThat(audit).extracting(Entry::action, Entry::actor, Entry::role).containsExactly(
                org.assertj.core.api.Assertions.tuple("catalog.create", "catalog_clerk", "catalog_clerk"),
                org.assertj.core.api.Assertions.tuple("catalog.edit", "catalog_clerk", "catalog_clerk"),
                org.assertj.core.api.Assertions.tuple("catalog.submit", "catalog_clerk", "catalog_clerk"),
                org.assertj.core.api.Assertions.tuple("catalog.approve", "unit_head", "unit_head"),
                org.assertj.core.api.Assertions.tuple("catalog.approve", "leader", "leader"),
                org.assertj.core.api.Assertions.tuple("catalog.approve", "legal_reviewer", "legal_reviewer"),
                org.assertj.core.api.Assertions.tuple("catalog.publish", "catalog_clerk", "catalog_clerk"));
        assertThat(audit.get(1).after()).contains("改名后的事项");
        assertThat(audit.get(3).after()).contains("\"opinion\":\"同意\"").contains("\"level\":\"UNIT_HEAD\"");
        assertThat(audit.get(6).after()).contains("\"effectiveFrom\"");
    }

    @Test
    void aRefusedStepLeavesNoTrace() {
        PowerItemVersionView v = flow.draft("AUDX");
        long before = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        try {
            flow.actors.callAs("catalog_clerk", () -> flow.review.publish(v.id(), v.version(), java.time.LocalDate.now(flow.clock)));
        } catch (RuntimeException expected) {
            // 409: not reviewed
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where object_id = ? and action like 'catalog.%'")
                .param(String.valueOf(v.id())).query(Long.class).single()).isEqualTo(1); // only its creation
        assertThat(flow.actors.callAs("catalog_clerk", () -> flow.overview.detail(v.itemId())).trail()).hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isGreaterThanOrEqualTo(before);
    }
}
