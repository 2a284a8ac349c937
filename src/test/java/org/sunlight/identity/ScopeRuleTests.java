package org.sunlight.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The scope rule alone: which grants cover which places. */
class ScopeRuleTests {

    private static final List<String> YIZHENG = List.of("320000", "321000", "321081");
    private static final List<String> GAOYOU = List.of("320000", "321000", "321084");
    private static final List<String> YIZHENG_TOWN = List.of("320000", "321000", "321081", "321081100");

    @Test
    void unitGrantCoversOnlyItsUnit() {
        Grant g = new Grant(1, Role.HANDLER, ScopeKind.UNIT, "7");
        assertThat(CurrentUser.covers(g, new OrgTarget(YIZHENG, 3L, 7L))).isTrue();
        assertThat(CurrentUser.covers(g, new OrgTarget(YIZHENG, 3L, 8L))).isFalse();
        assertThat(CurrentUser.covers(g, new OrgTarget(YIZHENG, 3L, null))).as("a whole department is more than a unit").isFalse();
    }

    @Test
    void departmentGrantCoversItsUnits() {
        Grant g = new Grant(1, Role.LEADER, ScopeKind.DEPARTMENT, "3");
        assertThat(CurrentUser.covers(g, new OrgTarget(YIZHENG, 3L, 7L))).isTrue();
        assertThat(CurrentUser.covers(g, new OrgTarget(YIZHENG, 3L, null))).isTrue();
        assertThat(CurrentUser.covers(g, new OrgTarget(YIZHENG, 4L, 9L))).isFalse();
    }

    @Test
    void citySupervisorSeesEveryCountyAndTownBelow() {
        Grant city = new Grant(1, Role.SUPERVISOR, ScopeKind.REGION, "321000");
        assertThat(CurrentUser.covers(city, new OrgTarget(YIZHENG, 3L, 7L))).isTrue();
        assertThat(CurrentUser.covers(city, new OrgTarget(GAOYOU, 5L, null))).isTrue();
        assertThat(CurrentUser.covers(city, new OrgTarget(YIZHENG_TOWN, null, null))).isTrue();
        assertThat(CurrentUser.covers(city, new OrgTarget(List.of("320000"), null, null))).as("not the province above").isFalse();
    }

    @Test
    void countyGrantDoesNotReachTheNeighbourCounty() {
        Grant county = new Grant(1, Role.LEGAL_REVIEWER, ScopeKind.REGION, "321081");
        assertThat(CurrentUser.covers(county, new OrgTarget(YIZHENG, 3L, null))).isTrue();
        assertThat(CurrentUser.covers(county, new OrgTarget(GAOYOU, 5L, null))).isFalse();
    }

    @Test
    void everywhereCoversAllAndNoneCoversNothing() {
        assertThat(CurrentUser.covers(new Grant(1, Role.SYSTEM_ADMIN, ScopeKind.REGION, CurrentUser.EVERYWHERE),
                new OrgTarget(GAOYOU, null, null))).isTrue();
        assertThat(CurrentUser.covers(new Grant(1, Role.CITIZEN, ScopeKind.NONE, null),
                new OrgTarget(GAOYOU, null, null))).isFalse();
    }
}
