package org.sunlight.catalog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.demo.DemoCatalogs.DemoCatalog;
import org.sunlight.catalog.demo.GeneratedCatalogs.Plan;
import org.sunlight.catalog.excel.CatalogRow;
import org.sunlight.catalog.excel.ExcelRoundTrip;

/** The generators without a database: exact distributions, valid content, determinism. */
class GeneratedCatalogsTests {

    @Test
    void theCityHasExactlyTheSeedsYangzhouDistributionOver47Departments() {
        List<Plan> plans = GeneratedCatalogs.city();
        assertThat(plans).hasSize(47);
        assertThat(plans).extracting(Plan::name).doesNotHaveDuplicates().allMatch(n -> n.startsWith("扬州市"));
        Map<PowerCategory, Integer> counted = new EnumMap<>(PowerCategory.class);
        Set<String> codes = new HashSet<>();
        int total = 0;
        for (Plan p : plans) {
            List<CatalogRow> rows = GeneratedCatalogs.items(p);
            assertThat(rows).as(p.name()).hasSize(p.total());
            assertThat(rows).extracting(CatalogRow::seqNo).containsExactlyElementsOf(IntStream.rangeClosed(1, rows.size()).boxed().toList());
            for (CatalogRow r : rows) {
                counted.merge(r.content().category(), 1, Integer::sum);
                assertThat(codes.add(r.code())).as("code %s unique", r.code()).isTrue();
                assertThat(p.units()).contains(r.unitName());
            }
            total += rows.size();
        }
        assertThat(total).isEqualTo(5_376);
        assertThat(counted).isEqualTo(Map.ofEntries(Map.entry(PowerCategory.LICENSING, 286), Map.entry(PowerCategory.PENALTY, 4383),
                Map.entry(PowerCategory.LEVY, 115), Map.entry(PowerCategory.COMPULSION, 206), Map.entry(PowerCategory.NON_LICENSING_APPROVAL, 98),
                Map.entry(PowerCategory.PAYMENT, 18), Map.entry(PowerCategory.AWARD, 13), Map.entry(PowerCategory.CONFIRMATION, 98),
                Map.entry(PowerCategory.EXPROPRIATION, 1), Map.entry(PowerCategory.ADJUDICATION, 7), Map.entry(PowerCategory.OTHER, 151)));
        // enforcement bodies hold most penalties, as in the seed's city
        Plan market = plans.stream().filter(p -> p.name().equals("扬州市市场监督管理局")).findFirst().orElseThrow();
        assertThat(market.counts().get(PowerCategory.PENALTY)).isGreaterThan(300);
    }

    @Test
    void theProvinceHas300000ItemsIn4411DepartmentsInTheSameProportions() {
        List<Plan> plans = GeneratedCatalogs.province();
        assertThat(plans).hasSize(13 * 47 + 95 * 40);
        assertThat(plans.stream().mapToInt(Plan::total).sum()).isEqualTo(300_000);
        Map<PowerCategory, Integer> byCategory = new EnumMap<>(PowerCategory.class);
        plans.forEach(p -> p.counts().forEach((c, n) -> byCategory.merge(c, n, Integer::sum)));
        assertThat(byCategory).isEqualTo(GeneratedCatalogs.scaled(300_000));
        for (PowerCategory c : GeneratedCatalogs.YANGZHOU.keySet()) {
            double expected = 300_000.0 * GeneratedCatalogs.YANGZHOU.get(c) / 5_376;
            assertThat((double) byCategory.get(c)).as(c.name()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1.0));
        }
        assertThat(plans).extracting(p -> p.regionCode() + p.name()).doesNotHaveDuplicates();
        assertThat(plans.stream().map(Plan::regionCode).distinct().count()).isEqualTo(13 + 95);
        Plan yizheng = plans.stream().filter(p -> p.name().equals("仪征市住房和城乡建设局")).findFirst().orElseThrow();
        assertThat(yizheng.regionCode()).isEqualTo("321081");
        // items are made on demand and match the plan
        for (Plan p : List.of(plans.get(0), plans.get(plans.size() - 1), yizheng)) {
            assertThat(GeneratedCatalogs.items(p)).hasSize(p.total());
        }
    }

    @Test
    void generationIsDeterministic() {
        Plan p = GeneratedCatalogs.city().get(3);
        assertThat(GeneratedCatalogs.items(p)).isEqualTo(GeneratedCatalogs.items(GeneratedCatalogs.city().get(3)));
    }

    @Test
    void generatedAndDemoCatalogsPassTheWorkbooksOwnChecks() throws Exception {
        Plan biggest = GeneratedCatalogs.city().stream().max(java.util.Comparator.comparingInt(Plan::total)).orElseThrow();
        List<CatalogRow> rows = GeneratedCatalogs.items(biggest);
        assertThat(ExcelRoundTrip.readBack(biggest.name(), biggest.units(), rows)).isEqualTo(rows);
        for (DemoCatalog demo : DemoCatalogs.all()) {
            List<String> units = demo.rows().stream().map(CatalogRow::unitName).distinct().toList();
            assertThat(ExcelRoundTrip.readBack(demo.departmentName(), units, demo.rows())).as(demo.departmentName()).isEqualTo(demo.rows());
        }
    }

    @Test
    void theDemoBureauHasTheSeedsShapeBeforeItReachesTheDatabase() {
        DemoCatalog yz = DemoCatalogs.yizhengHousing();
        assertThat(yz.rows()).hasSize(126);
        Map<PowerCategory, Long> byCategory = yz.rows().stream().collect(Collectors.groupingBy(r -> r.content().category(), Collectors.counting()));
        assertThat(byCategory).isEqualTo(Map.of(PowerCategory.LICENSING, 2L, PowerCategory.PENALTY, 106L, PowerCategory.OTHER, 18L));
        for (DemoCatalogs.UnitRange r : DemoCatalogs.YIZHENG_PENALTY_RANGES) {
            assertThat(yz.rows().subList(r.from() - 1, r.to())).extracting(CatalogRow::unitName).containsOnly(r.unit());
        }
        int inRanges = DemoCatalogs.YIZHENG_PENALTY_RANGES.stream().mapToInt(r -> r.to() - r.from() + 1).sum();
        assertThat(inRanges).isEqualTo(106);
        assertThat(yz.rows()).extracting(r -> r.content().name()).doesNotHaveDuplicates();
        assertThat(yz.rows()).extracting(r -> r.content().legalBases().get(0).law()).contains("《中华人民共和国城市房地产管理法》", "《物业管理条例》",
                "《建设工程质量管理条例》", "《城市房地产开发经营管理条例》", "《住宅室内装饰装修管理办法》", "《城市商品房预售管理办法》",
                "《房地产经纪管理办法》", "《城市房屋白蚁防治管理规定》", "《江苏省物业管理条例》");
    }

    @Test
    void departmentKindsAre47WithDistinctKeys() {
        assertThat(DepartmentKinds.ALL).hasSize(47);
        assertThat(DepartmentKinds.ALL).extracting(DepartmentKinds.Kind::key).doesNotHaveDuplicates();
        assertThat(DepartmentKinds.ALL).extracting(DepartmentKinds.Kind::suffix).doesNotHaveDuplicates();
    }

    @Test
    void chineseNumeralsAsArticlesAreNumbered() {
        assertThat(List.of(1, 10, 11, 20, 56, 100, 105, 110, 119, 999).stream().map(Chinese::number).toList())
                .containsExactly("一", "十", "十一", "二十", "五十六", "一百", "一百零五", "一百一十", "一百一十九", "九百九十九");
    }

    @Test
    void largestRemainderAlwaysAddsUpAndFollowsTheWeights() {
        Random random = new Random(42);
        for (int run = 0; run < 500; run++) {
            int n = 1 + random.nextInt(60);
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 10;
            }
            if (java.util.Arrays.stream(w).sum() == 0) {
                w[0] = 1;
            }
            int total = random.nextInt(10_000);
            int[] parts = Allocation.largestRemainder(total, w);
            double sum = java.util.Arrays.stream(w).sum();
            String input = "run " + run + " total " + total + " weights " + java.util.Arrays.toString(w);
            assertThat(IntStream.of(parts).sum()).as(input).isEqualTo(total);
            for (int i = 0; i < n; i++) {
                assertThat(Math.abs(parts[i] - total * w[i] / sum)).as(input).isLessThan(1.0);
                if (w[i] == 0) {
                    assertThat(parts[i]).as(input).isZero();
                }
            }
        }
    }

    @Test
    void theGeneratorWritesAWorkbookPerDepartmentAndAPlan() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("catalog-gen");
        List<Plan> plans = GeneratedCatalogs.city().subList(0, 2);
        CatalogGenerator.writeWorkbooks(plans, dir, new java.io.PrintStream(new ByteArrayOutputStream()));
        List<String> files = new ArrayList<>();
        try (var s = java.nio.file.Files.list(dir)) {
            s.forEach(f -> files.add(f.getFileName().toString()));
        }
        assertThat(files).contains("plan.csv", "0001-321000-扬州市市场监督管理局.xlsx", "0002-321000-扬州市公安局.xlsx");
        assertThat(java.nio.file.Files.readAllLines(dir.resolve("plan.csv"))).hasSize(3);
    }
}
