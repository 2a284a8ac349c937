package org.sunlight.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.IntegrationTest;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.InvalidInputException;

/** The department clerk assigns items by number range or selection; the trail and the audit record each move. */
@IntegrationTest
class UnitAssignmentTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    CatalogFlow flow;

    @BeforeEach
    void setUp() {
        flow = CatalogFlow.of(context);
    }

    /** Items in a fresh department-free number block, so ranges here hit only this test's items. */
    private List<PowerItemView> numbered(int from, int count) {
        List<PowerItemView> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int seq = from + i;
            String code = CatalogTestData.code("ASG" + seq);
            PowerItemVersionView v = flow.actors.callAs("catalog_clerk", () -> flow.drafting.createItem(
                    new NewPowerItem(code, flow.data.department, null, seq, null)));
            items.add(flow.queries.item(v.itemId()).orElseThrow());
        }
        return items;
    }

    @Test
    void aNumberRangeGoesToAUnitAndTheUnitClerkThenKeepsIt() {
        int base = 900_000 + (int) (System.nanoTime() % 50_000) * 10;
        List<PowerItemView> items = numbered(base, 5);
        UnitAssignment.Result r = flow.actors.callAs("catalog_clerk",
                () -> flow.assignment.assignRange(flow.data.department, base + 1, base + 3, flow.data.fagui));
        assertThat(r.moved()).containsExactly(items.get(1).code(), items.get(2).code(), items.get(3).code());
        assertThat(items).extracting(i -> flow.queries.item(i.id()).orElseThrow().unitId())
                .containsExactly(null, flow.data.fagui, flow.data.fagui, flow.data.fagui, null);

        // again: nothing moves; then two of them to 物管科 by selection
        assertThat(flow.actors.callAs("catalog_clerk",
                () -> flow.assignment.assignRange(flow.data.department, base + 1, base + 3, flow.data.fagui)).unchanged()).isEqualTo(3);
        flow.actors.callAs("catalog_clerk", () -> flow.assignment.assignSelected(flow.data.department,
                List.of(items.get(3).id(), items.get(4).id()), flow.data.wuguan));
        assertThat(flow.queries.item(items.get(4).id()).orElseThrow().unitId()).isEqualTo(flow.data.wuguan);

        // 法规科's clerk now keeps item 2 but no longer item 4
        PowerItemVersionView v2 = flow.queries.versions(items.get(2).id()).get(0);
        flow.actors.runAs("unit_clerk_fagui", () -> flow.drafting.saveDraft(v2.id(), v2.version(), CatalogTestData.penalty("法规科的")));
        PowerItemVersionView v4 = flow.queries.versions(items.get(3).id()).get(0);
        assertThatThrownBy(() -> flow.actors.callAs("unit_clerk_fagui", () -> flow.drafting.saveDraft(v4.id(), v4.version(),
                CatalogTestData.penalty("不是法规科的")))).hasMessage("catalog.forbidden.clerk");

        // every move is in the item's trail and in the audit trail
        assertThat(flow.actors.callAs("catalog_clerk", () -> flow.overview.detail(items.get(3).id())).trail())
                .filteredOn(s -> s.action().equals("ASSIGN")).extracting(SignOffView::opinion).containsExactly("法规科", "物管科");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'catalog.assign' and object_type = 'power_item' and object_id = ?")
                .param(String.valueOf(items.get(3).id())).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void badAssignmentsAreRefusedWithTheirFields() {
        assertThatThrownBy(() -> flow.actors.callAs("catalog_clerk",
                () -> flow.assignment.assignRange(flow.data.department, 15, 3, flow.data.fagui)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("toSeq"));
        assertThatThrownBy(() -> flow.actors.callAs("catalog_clerk",
                () -> flow.assignment.assignRange(flow.data.department, 1, 3, flow.context.getBean(
                        org.sunlight.organization.OrganizationDirectory.class).unitsOf(flow.data.gaoyouDepartment).get(0).id())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("unitId"));
        assertThatThrownBy(() -> flow.actors.callAs("catalog_clerk",
                () -> flow.assignment.assignSelected(flow.data.department, List.of(), flow.data.fagui)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("itemIds"));
        assertThatThrownBy(() -> flow.actors.callAs("catalog_clerk",
                () -> flow.assignment.assignRange(flow.data.department, 8_000_000, 8_000_010, flow.data.fagui)))
                .hasMessage("error.invalid-input");
    }
}
