package org.sunlight.flow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunlight.IntegrationTest;
import org.sunlight.MutableClock;
import org.sunlight.catalog.LimitUnit;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.TimeLimit;
import org.sunlight.catalog.internal.CatalogStore;
import org.sunlight.flow.FlowQueries;
import org.sunlight.flow.FlowState;
import org.sunlight.flow.FlowTestItems;
import org.sunlight.flow.FlowVersionView;
import org.sunlight.organization.OrganizationDirectory;

/** Demo flowcharts: a published template per demo item without one, loaded once. */
@IntegrationTest
class FlowDemoDataTests {

    @Autowired
    FlowDemoData demo;
    @Autowired
    FlowQueries queries;
    @Autowired
    CatalogStore catalogStore;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    MutableClock clock;

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void everyItemWithoutAFlowchartGetsItsCategorysTemplateOnce() {
        FlowTestItems items = new FlowTestItems(catalogStore, organization, clock);
        FlowTestItems.Item penalty = items.published(PowerCategory.PENALTY, "对物业服务企业违规的处罚", new TimeLimit(90, LimitUnit.NATURAL_DAYS),
                LocalDate.now(clock));
        demo.load();
        FlowVersionView v = queries.flowInForce(penalty.id(), LocalDate.now(clock)).orElseThrow();
        assertThat(v.state()).isEqualTo(FlowState.PUBLISHED);
        assertThat(v.template()).isEqualTo("penalty-general");
        assertThat(v.definition().step("file").orElseThrow().postId()).as("执法岗 of the department").isNotNull();
        demo.load();
        assertThat(queries.versionsOf(penalty.id())).hasSize(1);
    }
}
