package org.sunlight.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunlight.catalog.ItemLifecycle;
import org.sunlight.catalog.PowerCategory;

/** The Lucene index on its own: Chinese partial words, ranking, filters, highlighting, paging, counts. */
class CatalogIndexTests {

    private static final List<String> YIZHENG = List.of("320000", "321000", "321081");
    private static final List<String> GAOYOU = List.of("320000", "321000", "321084");

    private CatalogIndex index;

    @BeforeEach
    void setUp() {
        index = new CatalogIndex(new ByteBuffersDirectory());
        add(1, "YZ-XK-001", "物业服务企业资质核定", PowerCategory.LICENSING, 10, "仪征市住房和城乡建设局", YIZHENG,
                "《物业管理条例》 第三十二条 从事物业管理活动的企业应当具有独立的法人资格");
        add(2, "YZ-CF-001", "对建设单位未按规定移交物业管理用房的处罚", PowerCategory.PENALTY, 10, "仪征市住房和城乡建设局", YIZHENG,
                "《物业管理条例》 第六十条");
        add(3, "YZ-CF-002", "对施工单位偷工减料的处罚", PowerCategory.PENALTY, 10, "仪征市住房和城乡建设局", YIZHENG,
                "《建设工程质量管理条例》 第六十四条 施工单位在施工中偷工减料的 物业 物业 物业 物业 物业");
        add(4, "GY-CF-001", "对擅自改变物业服务用房用途的处罚", PowerCategory.PENALTY, 20, "高邮市住房和城乡建设局", GAOYOU,
                "《物业管理条例》 第六十四条");
        add(5, "GY-QT-001", "城市房地产开发经营<审核>&备案", PowerCategory.OTHER, 20, "高邮市住房和城乡建设局", GAOYOU,
                "《城市房地产管理法》 <b>第三十条</b>");
        index.refresh();
    }

    @AfterEach
    void tearDown() throws IOException {
        index.close();
    }

    private void add(long id, String code, String name, PowerCategory category, long department, String departmentName,
            List<String> path, String body) {
        index.put(new IndexedItem(id, code, (int) id, name, category, department, departmentName, path.get(path.size() - 1), path,
                ItemLifecycle.ACTIVE, null, 1, LocalDate.of(2026, 1, 1), departmentName + "\n" + body));
    }

    private List<String> codes(SearchQuery q) {
        return index.search(q).hits().stream().map(SearchHit::code).toList();
    }

    @Test
    void aPartOfAWordFindsTheWhole() {
        // 仪征 is only a part of the word 仪征市 in the department name
        assertThat(codes(SearchQuery.text("仪征"))).containsExactlyInAnyOrder("YZ-XK-001", "YZ-CF-001", "YZ-CF-002");
        // 物业 inside 物业服务企业 and 物业管理用房
        assertThat(codes(SearchQuery.text("物业"))).contains("YZ-XK-001", "YZ-CF-001", "GY-CF-001");
        assertThat(codes(SearchQuery.text("服务企业"))).containsExactly("YZ-XK-001");
        assertThat(codes(SearchQuery.text("房地产"))).containsExactly("GY-QT-001");
    }

    @Test
    void aTermMatchesOnlyAsAContiguousRunAndEveryTermMustMatch() {
        // 物服 is no run of text anywhere although both characters occur
        assertThat(codes(SearchQuery.text("物服"))).isEmpty();
        assertThat(codes(SearchQuery.text("物业 高邮"))).containsExactly("GY-CF-001");
        assertThat(codes(SearchQuery.text("物业，高邮"))).containsExactly("GY-CF-001");
        assertThat(codes(SearchQuery.text("物业 上海"))).isEmpty();
    }

    @Test
    void aSingleCharacterFindsNames() {
        assertThat(codes(SearchQuery.text("罚"))).contains("YZ-CF-001", "YZ-CF-002", "GY-CF-001").doesNotContain("YZ-XK-001");
    }

    @Test
    void nameMatchesRankFirst() {
        // YZ-CF-002 repeats 物业 five times in its body but not in its name
        List<String> ranked = codes(SearchQuery.text("物业"));
        assertThat(ranked.indexOf("YZ-CF-002")).isGreaterThan(ranked.indexOf("YZ-XK-001"))
                .isGreaterThan(ranked.indexOf("YZ-CF-001")).isGreaterThan(ranked.indexOf("GY-CF-001"));
        assertThat(ranked.get(ranked.size() - 1)).isEqualTo("YZ-CF-002");
    }

    @Test
    void anExactCodeComesFirst() {
        assertThat(codes(SearchQuery.text("GY-CF-001"))).first().isEqualTo("GY-CF-001");
    }

    @Test
    void filtersByCategoryDepartmentAndRegionSubtree() {
        assertThat(codes(SearchQuery.text("物业").inCategory(PowerCategory.PENALTY))).containsExactlyInAnyOrder("YZ-CF-001", "YZ-CF-002", "GY-CF-001");
        assertThat(codes(SearchQuery.text("物业").inDepartment(20L))).containsExactly("GY-CF-001");
        assertThat(codes(SearchQuery.text("").inRegion("321084"))).containsExactly("GY-CF-001", "GY-QT-001");
        assertThat(codes(SearchQuery.text("").inRegion("321000"))).hasSize(5);
        assertThat(codes(SearchQuery.text("").inRegion("321081").inCategory(PowerCategory.LICENSING))).containsExactly("YZ-XK-001");
    }

    @Test
    void browsingListsInDepartmentOrder() {
        assertThat(codes(SearchQuery.text(""))).containsExactly("YZ-XK-001", "YZ-CF-001", "YZ-CF-002", "GY-CF-001", "GY-QT-001");
    }

    @Test
    void highlightsEscapeTheTextThenMarkTheMatch() {
        SearchHit hit = index.search(SearchQuery.text("房地产")).hits().get(0);
        assertThat(hit.nameHtml()).isEqualTo("城市<mark>房地产</mark>开发经营&lt;审核&gt;&amp;备案");
        assertThat(hit.snippetHtml()).contains("《城市<mark>房地产</mark>管理法》").contains("&lt;b&gt;第三十条&lt;&#x2F;b&gt;")
                .doesNotContain("<b>");
        SearchHit partial = index.search(SearchQuery.text("服务企业")).hits().get(0);
        assertThat(partial.nameHtml()).isEqualTo("物业<mark>服务企业</mark>资质核定");
    }

    @Test
    void anUnmatchedNameIsEscapedAndNoSnippetIsMade() {
        SearchHit hit = index.search(SearchQuery.text("第三十条")).hits().get(0);
        assertThat(hit.code()).isEqualTo("GY-QT-001");
        assertThat(hit.nameHtml()).isEqualTo("城市房地产开发经营&lt;审核&gt;&amp;备案");
        SearchHit byName = index.search(SearchQuery.text("备案")).hits().get(0);
        assertThat(byName.snippetHtml()).isNull();
    }

    @Test
    void pagesSliceTheRankedList() {
        SearchPage first = index.search(SearchQuery.text("").atPage(0, 2));
        SearchPage second = index.search(SearchQuery.text("").atPage(1, 2));
        SearchPage third = index.search(SearchQuery.text("").atPage(2, 2));
        SearchPage beyond = index.search(SearchQuery.text("").atPage(7, 2));
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.hits()).extracting(SearchHit::code).containsExactly("YZ-XK-001", "YZ-CF-001");
        assertThat(second.hits()).extracting(SearchHit::code).containsExactly("YZ-CF-002", "GY-CF-001");
        assertThat(third.hits()).extracting(SearchHit::code).containsExactly("GY-QT-001");
        assertThat(third.hasNext()).isFalse();
        assertThat(beyond.hits()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void countsIgnoreTheirOwnFilter() {
        SearchPage page = index.search(SearchQuery.text("物业").inDepartment(20L).counting());
        assertThat(page.total()).isEqualTo(1);
        // departments counted without the department filter, categories with it
        assertThat(page.departmentCounts()).containsEntry(10L, 3L).containsEntry(20L, 1L);
        assertThat(page.categoryCounts()).containsOnlyKeys(PowerCategory.PENALTY).containsEntry(PowerCategory.PENALTY, 1L);
        assertThat(page.regionCounts()).containsEntry("321000", 4L).containsEntry("321081", 3L).containsEntry("321084", 1L);
    }

    @Test
    void browseCountsFollowTheIndex() {
        SearchPage before = index.search(SearchQuery.text("").counting());
        assertThat(before.departmentCounts()).containsEntry(20L, 2L);
        add(6, "GY-CF-009", "对擅自占用城市道路的处罚", PowerCategory.PENALTY, 20, "高邮市住房和城乡建设局", GAOYOU, "");
        index.refresh();
        SearchPage after = index.search(SearchQuery.text("").counting());
        assertThat(after.departmentCounts()).containsEntry(20L, 3L);
        assertThat(after.categoryCounts()).containsEntry(PowerCategory.PENALTY, 4L);
        assertThat(index.search(SearchQuery.text("").inDepartment(20L).counting()).categoryCounts())
                .containsEntry(PowerCategory.PENALTY, 2L).containsEntry(PowerCategory.OTHER, 1L);
    }

    @Test
    void replacingAndRemovingAnItemIsSeenAfterRefresh() {
        add(2, "YZ-CF-001", "对建设单位未按规定移交配套用房的处罚", PowerCategory.PENALTY, 10, "仪征市住房和城乡建设局", YIZHENG, "");
        assertThat(codes(SearchQuery.text("配套用房"))).isEmpty();
        index.refresh();
        assertThat(codes(SearchQuery.text("配套用房"))).containsExactly("YZ-CF-001");
        assertThat(codes(SearchQuery.text("移交物业"))).isEmpty();
        index.remove(2);
        index.refresh();
        assertThat(codes(SearchQuery.text("配套用房"))).isEmpty();
        assertThat(index.size()).isEqualTo(4);
    }

    @Test
    void nothingSearchableFindsNothing() {
        assertThat(index.search(SearchQuery.text("《》，。")).total()).isZero();
    }
}
