package org.sunlight.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.sunlight.IntegrationTest;
import org.sunlight.MutableClock;
import org.sunlight.catalog.ItemLifecycle;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.internal.CatalogStore;
import org.sunlight.organization.OrganizationDirectory;

/**
 * Search over the real database: only versions published and in force are found, the index follows
 * publications, lifecycle changes and the calendar without anyone waiting, partial Chinese words match.
 */
@IntegrationTest
class CatalogSearchTests {

    @Autowired CatalogSearch search;
    @Autowired CatalogStore store;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MutableClock clock;
    @Autowired OrganizationDirectory directory;

    CatalogFixture fixture;
    long yizhengHousing;
    long gaoyouHousing;

    @BeforeEach
    void setUp() {
        fixture = new CatalogFixture(store, events, transactions, clock);
        yizhengHousing = directory.departmentsNamed("仪征市住房和城乡建设局").get(0).id();
        gaoyouHousing = directory.departmentsNamed("高邮市住房和城乡建设局").get(0).id();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private List<String> codes(String text) {
        return search.search(SearchQuery.text(text)).hits().stream().map(SearchHit::code).toList();
    }

    private PowerItemContent penalty(String name) {
        return CatalogFixture.content(name, PowerCategory.PENALTY);
    }

    @Test
    void aPublishedItemIsFoundByAPartOfAWordAsSoonAsItIsPublished() {
        String u = CatalogFixture.uniqueWord();
        String code = CatalogFixture.uniqueCode("PUB");
        fixture.published(yizhengHousing, code, penalty("对" + u + "物业服务企业违规行为的处罚"), fixture.today());

        assertThat(codes("物业 " + u)).containsExactly(code);
        assertThat(codes("服务企业 " + u)).containsExactly(code);
        // 仪征 is a part of 仪征市 (department and region names)
        assertThat(codes("仪征 " + u)).containsExactly(code);
        assertThat(codes("高邮 " + u)).isEmpty();
        SearchHit hit = search.search(SearchQuery.text("物业服务 " + u)).hits().get(0);
        assertThat(hit.nameHtml()).contains("<mark>物业服务</mark>");
        assertThat(hit.departmentName()).isEqualTo("仪征市住房和城乡建设局");
        assertThat(hit.regionCode()).isEqualTo("321081");
        assertThat(hit.category()).isEqualTo(PowerCategory.PENALTY);
    }

    @Test
    void draftsAreNeverFound() {
        String u = CatalogFixture.uniqueWord();
        fixture.draftOnly(yizhengHousing, CatalogFixture.uniqueCode("DRF"), penalty("对" + u + "的处罚"));
        String v = CatalogFixture.uniqueWord();
        String code = CatalogFixture.uniqueCode("PUB");
        CatalogFixture.Created item = fixture.published(yizhengHousing, code, penalty("对" + v + "的处罚"), fixture.today());
        String w = CatalogFixture.uniqueWord();
        fixture.draftNext(item, penalty("对" + v + w + "的处罚"));
        search.rebuild();

        assertThat(codes(u)).isEmpty();
        assertThat(codes(w)).isEmpty();
        assertThat(codes(v)).containsExactly(code);
    }

    @Test
    void aVersionEffectiveInTheFutureIsSearchedOnlyFromItsDay() {
        String old = CatalogFixture.uniqueWord();
        String next = CatalogFixture.uniqueWord();
        String code = CatalogFixture.uniqueCode("FUT");
        CatalogFixture.Created item = fixture.published(yizhengHousing, code, penalty("对" + old + "的处罚"), fixture.today().minusDays(30));
        LocalDate day = fixture.today().plusDays(10);
        fixture.publishNext(item, yizhengHousing, penalty("对" + next + "的处罚"), day);

        assertThat(codes(old)).containsExactly(code);
        assertThat(codes(next)).isEmpty();

        clock.advance(Duration.ofDays(9));
        assertThat(codes(next)).isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(codes(next)).containsExactly(code);
        assertThat(codes(old)).isEmpty();
        assertThat(search.search(SearchQuery.text(next)).hits().get(0).versionNo()).isEqualTo(2);

        clock.reset(); // a clock going back (tests only) rebuilds
        assertThat(codes(old)).containsExactly(code);
    }

    @Test
    void anItemWhoseOnlyVersionIsInTheFutureAppearsOnItsDay() {
        String u = CatalogFixture.uniqueWord();
        String code = CatalogFixture.uniqueCode("NEW");
        fixture.published(yizhengHousing, code, penalty("对" + u + "的处罚"), fixture.today().plusDays(3));
        assertThat(codes(u)).isEmpty();
        clock.advance(Duration.ofDays(3));
        assertThat(codes(u)).containsExactly(code);
    }

    @Test
    void onlyPublishedRiskPointsAreSearchable() {
        String shown = CatalogFixture.uniqueWord();
        String hidden = CatalogFixture.uniqueWord();
        String code = CatalogFixture.uniqueCode("RSK");
        fixture.published(yizhengHousing, code, CatalogFixture.withRiskPoints(penalty("对违规收费的处罚"),
                List.of(CatalogFixture.risk("擅自" + shown + "减免罚款", true), CatalogFixture.risk("私下" + hidden + "收受好处", false))),
                fixture.today());
        assertThat(codes(shown)).containsExactly(code);
        assertThat(codes(hidden)).isEmpty();
    }

    @Test
    void suspendedItemsStayMarkedAbolishedAndDelegatedOnesLeave() {
        String u = CatalogFixture.uniqueWord();
        CatalogFixture.Created suspended = fixture.published(yizhengHousing, CatalogFixture.uniqueCode("SUS"), penalty("对" + u + "甲项的处罚"), fixture.today());
        CatalogFixture.Created abolished = fixture.published(yizhengHousing, CatalogFixture.uniqueCode("ABO"), penalty("对" + u + "乙项的处罚"), fixture.today());
        CatalogFixture.Created later = fixture.published(yizhengHousing, CatalogFixture.uniqueCode("LAT"), penalty("对" + u + "丙项的处罚"), fixture.today());
        CatalogFixture.Created delegated = fixture.published(yizhengHousing, CatalogFixture.uniqueCode("DEL"), penalty("对" + u + "丁项的处罚"), fixture.today());
        assertThat(codes(u)).hasSize(4);

        fixture.setLifecycle(suspended, yizhengHousing, ItemLifecycle.SUSPENDED, "上位法修订中", null);
        fixture.setLifecycle(abolished, yizhengHousing, ItemLifecycle.ABOLISHED, "上位法废止", fixture.today());
        fixture.setLifecycle(later, yizhengHousing, ItemLifecycle.ABOLISHED, "机构改革", fixture.today().plusDays(5));
        fixture.setLifecycle(delegated, yizhengHousing, ItemLifecycle.DELEGATED, "下放至镇", null);

        List<SearchHit> hits = search.search(SearchQuery.text(u)).hits();
        assertThat(hits).extracting(SearchHit::code).containsExactlyInAnyOrder(suspended.code(), later.code());
        assertThat(hits).filteredOn(h -> h.code().equals(suspended.code())).extracting(SearchHit::lifecycle).containsExactly(ItemLifecycle.SUSPENDED);
        assertThat(hits).filteredOn(h -> h.code().equals(later.code())).extracting(SearchHit::abolishedOn)
                .containsExactly(fixture.today().plusDays(5));

        clock.advance(Duration.ofDays(5));
        assertThat(codes(u)).containsExactly(suspended.code());

        fixture.setLifecycle(suspended, yizhengHousing, ItemLifecycle.ACTIVE, "恢复", null);
        assertThat(search.search(SearchQuery.text(u)).hits()).extracting(SearchHit::lifecycle).containsExactly(ItemLifecycle.ACTIVE);
    }

    @Test
    void filtersByDepartmentCategoryAndRegion() {
        String u = CatalogFixture.uniqueWord();
        String yz = CatalogFixture.uniqueCode("YZ");
        String gy = CatalogFixture.uniqueCode("GY");
        String gyLicence = CatalogFixture.uniqueCode("GYL");
        fixture.published(yizhengHousing, yz, penalty("对" + u + "物业的处罚"), fixture.today());
        fixture.published(gaoyouHousing, gy, penalty("对" + u + "物业的处罚"), fixture.today());
        fixture.published(gaoyouHousing, gyLicence, CatalogFixture.content(u + "物业服务企业资质核定", PowerCategory.LICENSING), fixture.today());

        assertThat(codes(u)).containsExactlyInAnyOrder(yz, gy, gyLicence);
        assertThat(search.search(SearchQuery.text(u).inDepartment(gaoyouHousing)).hits()).extracting(SearchHit::code)
                .containsExactlyInAnyOrder(gy, gyLicence);
        assertThat(search.search(SearchQuery.text(u).inCategory(PowerCategory.LICENSING)).hits()).extracting(SearchHit::code)
                .containsExactly(gyLicence);
        assertThat(search.search(SearchQuery.text(u).inRegion("321081")).hits()).extracting(SearchHit::code).containsExactly(yz);
        assertThat(search.search(SearchQuery.text(u).inRegion("321000")).total()).isEqualTo(3);
        SearchPage counted = search.search(SearchQuery.text(u).inRegion("321000").counting());
        assertThat(counted.departmentCounts()).containsEntry(yizhengHousing, 1L).containsEntry(gaoyouHousing, 2L);
        assertThat(counted.categoryCounts()).containsEntry(PowerCategory.PENALTY, 2L).containsEntry(PowerCategory.LICENSING, 1L);
        assertThat(counted.regionCounts()).containsEntry("321081", 1L).containsEntry("321084", 2L);
    }

    @Test
    void aFullRebuildFindsTheSameAsTheIncrementalUpdates() {
        String u = CatalogFixture.uniqueWord();
        String code = CatalogFixture.uniqueCode("REB");
        CatalogFixture.Created item = fixture.published(yizhengHousing, code, penalty("对" + u + "的处罚"), fixture.today().minusDays(1));
        fixture.publishNext(item, yizhengHousing, penalty("对" + u + "违规的处罚"), fixture.today());
        SearchPage incremental = search.search(SearchQuery.text(u));
        CatalogSearch.BuildReport report = search.rebuild();
        SearchPage rebuilt = search.search(SearchQuery.text(u));
        assertThat(report.indexed()).isPositive();
        assertThat(rebuilt.hits()).extracting(SearchHit::code, SearchHit::versionNo, SearchHit::name)
                .containsExactlyElementsOf(incremental.hits().stream().map(h -> org.assertj.core.groups.Tuple.tuple(h.code(), h.versionNo(), h.name())).toList())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(code, 2, "对" + u + "违规的处罚"));
    }
}
