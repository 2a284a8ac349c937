package org.sunlight.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunlight.IntegrationTest;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent.BenchmarkLevel;
import org.sunlight.catalog.PowerItemContent.FineKind;
import org.sunlight.catalog.PowerItemVersionView;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.catalog.VersionState;
import org.sunlight.catalog.demo.DemoCatalogs.DemoCatalog;
import org.sunlight.catalog.demo.DemoCatalogs.UnitRange;
import org.sunlight.catalog.internal.CatalogStore;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.UnitView;

/** The demo catalogs as loaded into the database: the seed's bureau's shape, published, idempotent. */
@IntegrationTest
class CatalogDemoDataTests {

    @Autowired CatalogQueries catalog;
    @Autowired CatalogStore store;
    @Autowired OrganizationDirectory organization;
    @Autowired CatalogDemoData loader;

    private DepartmentView department(String name) {
        return organization.departmentsNamed(name).get(0);
    }

    /** The demo items of a department (other tests may add items with their own codes). */
    private List<PowerItemView> demoItems(DemoCatalog demo) {
        String prefix = demo.rows().get(0).code().substring(0, demo.rows().get(0).code().lastIndexOf('-') + 1);
        return catalog.itemsOf(department(demo.departmentName()).id()).stream().filter(i -> i.code().startsWith(prefix)).toList();
    }

    @Test
    void yizhengHousingHasTheSeedsShapeAndUnitRanges() {
        DepartmentView d = department(DemoCatalogs.YIZHENG_HOUSING);
        List<PowerItemView> items = demoItems(DemoCatalogs.yizhengHousing());
        assertThat(items).hasSize(126);
        assertThat(items).extracting(PowerItemView::seqNo).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 126).boxed().toList());
        Map<Long, PowerItemVersionView> published = items.stream()
                .collect(Collectors.toMap(PowerItemView::id, i -> catalog.versions(i.id()).get(0)));
        assertThat(published.values()).allSatisfy(v -> assertThat(v.state()).isEqualTo(VersionState.PUBLISHED));
        Map<PowerCategory, Long> byCategory = published.values().stream()
                .collect(Collectors.groupingBy(v -> v.content().category(), Collectors.counting()));
        assertThat(byCategory).containsExactlyInAnyOrderEntriesOf(Map.of(PowerCategory.LICENSING, 2L, PowerCategory.PENALTY, 106L,
                PowerCategory.OTHER, 18L));

        Map<Long, String> unitNames = organization.unitsOf(d.id()).stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
        for (UnitRange r : DemoCatalogs.YIZHENG_PENALTY_RANGES) {
            for (PowerItemView i : items.subList(r.from() - 1, r.to())) {
                assertThat(unitNames.get(i.unitId())).as("item %d", i.seqNo()).isEqualTo(r.unit());
                assertThat(published.get(i.id()).content().category()).isEqualTo(PowerCategory.PENALTY);
            }
        }
        assertThat(items.subList(0, 2)).allSatisfy(i -> assertThat(published.get(i.id()).content().category()).isEqualTo(PowerCategory.LICENSING));
        assertThat(items).allSatisfy(i -> assertThat(i.unitId()).as("item %d has a unit", i.seqNo()).isNotNull());
        assertThat(store.signOffs(items.get(0).id())).singleElement()
                .satisfies(s -> assertThat(s.action()).isEqualTo("DEMO"));
        // 111 to enter online: the 15 window-only registrations and maintenance-fund items are marked
        assertThat(items).filteredOn(i -> published.get(i.id()).content().service().channel().contains("未纳入网上运行")).hasSize(15);
    }

    @Test
    void atLeastTenPenaltiesHaveCompleteDiscretionBenchmarks() {
        List<PowerItemVersionView> versions = demoItems(DemoCatalogs.yizhengHousing()).stream()
                .map(i -> catalog.versions(i.id()).get(0)).filter(v -> v.content().category() == PowerCategory.PENALTY).toList();
        long complete = versions.stream().filter(v -> {
            var p = v.content().penalty();
            List<String> names = p.levels().stream().map(BenchmarkLevel::name).toList();
            boolean ranges = p.levels().stream().filter(l -> l.fineKind() != FineKind.NONE)
                    .allMatch(l -> l.max() != null && (l.min() == null || l.min().compareTo(l.max()) <= 0));
            return names.equals(List.of("轻微", "一般", "较重", "严重")) && ranges && p.levels().get(3).max() != null
                    && !p.mitigatingFactors().isEmpty() && !p.aggravatingFactors().isEmpty() && p.violation() != null
                    && p.penaltyArticle() != null;
        }).count();
        assertThat(complete).isGreaterThanOrEqualTo(10);
        assertThat(versions).allSatisfy(v -> {
            assertThat(v.content().legalBases()).isNotEmpty();
            assertThat(v.content().responsibilities()).extracting(r -> r.stage().name()).contains("ACCEPTANCE", "DECISION");
            assertThat(v.content().riskPoints()).extracting(r -> r.grade().name()).contains("A", "B", "C");
        });
        // multiples and amounts both appear; the levels rise
        assertThat(versions).anySatisfy(v -> assertThat(v.content().penalty().levels()).anyMatch(l -> l.fineKind() == FineKind.MULTIPLE_OF_VALUE));
        assertThat(versions).anySatisfy(v -> assertThat(v.content().penalty().levels()).anyMatch(l -> l.fineKind() == FineKind.AMOUNT));
    }

    @Test
    void theOtherDemoDepartmentsHaveSmallerPublishedCatalogs() {
        for (DemoCatalog demo : DemoCatalogs.all().subList(1, DemoCatalogs.all().size())) {
            List<PowerItemView> items = demoItems(demo);
            assertThat(items).as(demo.departmentName()).hasSizeBetween(10, 30).hasSize(demo.rows().size());
            assertThat(items).allSatisfy(i -> assertThat(catalog.versions(i.id()).get(0).state()).isEqualTo(VersionState.PUBLISHED));
        }
    }

    @Test
    void loadingAgainChangesNothing() {
        Map<String, Integer> before = DemoCatalogs.all().stream()
                .collect(Collectors.toMap(DemoCatalog::departmentName, c -> catalog.itemsOf(department(c.departmentName()).id()).size()));
        loader.load();
        Map<String, Integer> after = DemoCatalogs.all().stream()
                .collect(Collectors.toMap(DemoCatalog::departmentName, c -> catalog.itemsOf(department(c.departmentName()).id()).size()));
        assertThat(after).isEqualTo(before);
        Map<String, PowerItemView> byCode = demoItems(DemoCatalogs.yizhengHousing()).stream()
                .collect(Collectors.toMap(PowerItemView::code, Function.identity()));
        assertThat(byCode.values()).allSatisfy(i -> assertThat(catalog.versions(i.id())).hasSize(1));
    }
}
