package org.sunlight.catalog.publicweb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;

import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.search.SearchHit;
import org.sunlight.catalog.search.SearchPage;
import org.sunlight.organization.RegionView;

/** The public catalog's JSON shapes (API and open data). */
final class PublicJson {

    private PublicJson() {
    }

    static String itemUrl(String code) {
        return "/public/catalog/items/" + org.springframework.web.util.UriUtils.encodePathSegment(code, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String flowchartUrl(String code) {
        return "/public/flow/items/" + org.springframework.web.util.UriUtils.encodePathSegment(code, java.nio.charset.StandardCharsets.UTF_8) + ".svg";
    }

    @Schema(description = "One page of search results")
    record SearchResult(
            @Schema(description = "number of matching items") long total,
            @Schema(description = "page number, from 0") int page,
            int size,
            List<SearchItem> items) {

        static SearchResult of(SearchPage page, Labels labels, Locale locale) {
            return new SearchResult(page.total(), page.page(), page.size(),
                    page.hits().stream().map(h -> SearchItem.of(h, labels, locale)).toList());
        }
    }

    @Schema(description = "An item found")
    record SearchItem(
            String code,
            String name,
            @Schema(description = "category: LICENSING, PENALTY, …", example = "PENALTY") String category,
            @Schema(description = "national category code", example = "02") String categoryCode,
            String categoryName,
            @Schema(description = "implementing department's name") String department,
            long departmentId,
            @Schema(description = "GB/T 2260 code of the department's region") String region,
            @Schema(description = "ACTIVE, SUSPENDED (still listed, marked) or ABOLISHED with a future abolishedOn") String lifecycle,
            LocalDate abolishedOn,
            int versionNo,
            LocalDate effectiveFrom,
            @Schema(description = "the name as HTML: text escaped, matches in <mark>") String highlight,
            @Schema(description = "a passage of the guide as HTML (escaped, matches in <mark>), or null when only the name matched") String snippet,
            String url) {

        static SearchItem of(SearchHit h, Labels labels, Locale locale) {
            return new SearchItem(h.code(), h.name(), h.category().name(), h.category().code(), labels.category(h.category(), locale),
                    h.departmentName(), h.departmentId(), h.regionCode(), h.lifecycle().name(), h.abolishedOn(), h.versionNo(),
                    h.effectiveFrom(), h.nameHtml(), h.snippetHtml(), itemUrl(h.code()));
        }
    }

    record DepartmentRef(long id, String name) {
    }

    record RegionRef(String code, String name, List<String> path) {
        static RegionRef of(List<RegionView> path) {
            if (path.isEmpty()) {
                return null;
            }
            RegionView last = path.get(path.size() - 1);
            return new RegionRef(last.code(), last.name(), path.stream().map(RegionView::name).toList());
        }
    }

    record VersionRef(int versionNo, LocalDate effectiveFrom) {
    }

    record ChangeJson(String section, String sectionName, List<String> removed, List<String> added) {
    }

    record HistoryJson(int versionNo, LocalDate effectiveFrom, Instant publishedAt,
            @Schema(description = "IN_FORCE, UPCOMING or SUPERSEDED") String standing,
            @Schema(description = "what changed from the previous public version (empty for the first)") List<ChangeJson> changes) {
    }

    @Schema(description = "The service guide (办事指南) of an item: only public data")
    record Guide(
            String code,
            String name,
            String category,
            String categoryCode,
            String categoryName,
            DepartmentRef department,
            RegionRef region,
            String lifecycle,
            String lifecycleReason,
            LocalDate abolishedOn,
            @Schema(description = "code of the item this one was delegated to") String delegatedTo,
            String delegatedFrom,
            @Schema(description = "whether the item is listed in search and open data") boolean listed,
            int versionNo,
            @Schema(description = "how the version shown stands: IN_FORCE, UPCOMING or SUPERSEDED") String standing,
            LocalDate effectiveFrom,
            Instant publishedAt,
            @Schema(description = "the upcoming version, when one is published for a later date") VersionRef upcoming,
            @Schema(description = "the content; risk points only where published") PowerItemContent content,
            List<HistoryJson> history,
            String flowchart,
            String url) {

        static Guide of(PublicGuides.Guide g, Labels labels, Locale locale) {
            PowerItemContent c = g.content();
            return new Guide(g.item().code(), c.name(), c.category().name(), c.category().code(), labels.category(c.category(), locale),
                    g.department() == null ? null : new DepartmentRef(g.department().id(), g.department().name()),
                    RegionRef.of(g.regionPath()), g.item().lifecycle().name(), g.item().lifecycleReason(), g.item().abolishedOn(),
                    g.delegatedToCode(), g.delegatedFromCode(), g.listed(), g.version().versionNo(), g.standing().name(),
                    g.version().effectiveFrom(), g.version().publishedAt(),
                    g.upcoming() == null ? null : new VersionRef(g.upcoming().versionNo(), g.upcoming().effectiveFrom()),
                    c,
                    g.history().stream().map(h -> new HistoryJson(h.versionNo(), h.effectiveFrom(), h.publishedAt(), h.standing().name(),
                            h.changes().stream().map(ch -> new ChangeJson(ch.sectionKey(),
                                    labels.msg("catalog-public.section." + ch.sectionKey(), locale), ch.removed(), ch.added())).toList()))
                            .toList(),
                    flowchartUrl(g.item().code()), itemUrl(g.item().code()));
        }
    }

    @Schema(description = "A department with the number of items it lists")
    record DepartmentCount(long id, String name, String regionCode, long count) {
    }

    @Schema(description = "A category with the number of items listed in it")
    record CategoryCount(@Schema(example = "PENALTY") String code, @Schema(example = "02") String nationalCode, String name, long count) {
    }
}
