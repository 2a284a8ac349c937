package org.sunlight.catalog.publicweb;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.search.CatalogSearch;
import org.sunlight.catalog.search.SearchPage;
import org.sunlight.catalog.search.SearchQuery;
import org.sunlight.common.InvalidInputException;
import org.sunlight.common.NotFoundException;
import org.sunlight.organization.OrganizationDirectory;

/** The public catalog as JSON: search, the service guide of an item, departments and categories with counts. No sign-in. */
@RestController
@RequestMapping("/api/v1/public/catalog")
@Tag(name = "Public catalog", description = "The power catalog as the public sees it: only published versions in force, "
        + "risk points only where published. Search is Chinese full text (smartcn words and character bigrams, so a part "
        + "of a word finds the whole); bad parameters answer 400 application/problem+json naming each field.")
class PublicCatalogApi {

    private final CatalogSearch search;
    private final PublicGuides guides;
    private final OrganizationDirectory directory;
    private final Labels labels;

    PublicCatalogApi(CatalogSearch search, PublicGuides guides, OrganizationDirectory directory, Labels labels) {
        this.search = search;
        this.guides = guides;
        this.directory = directory;
        this.labels = labels;
    }

    @GetMapping("/search")
    @Operation(summary = "Search the public catalog", description = "Every whitespace-separated term must match, as a power code "
            + "or as a run of text in the name or guide; name matches rank first. Without q, lists the items in the departments' "
            + "order. highlight is the name as HTML (escaped, matches in <mark>); snippet a matching passage of the guide.")
    PublicJson.SearchResult search(
            @Parameter(description = "what to look for, e.g. 物业 (at most 100 characters)") @RequestParam(required = false) String q,
            @Parameter(description = "category: enum name (PENALTY) or national code (02)") @RequestParam(required = false) String category,
            @Parameter(description = "department id") @RequestParam(required = false) String department,
            @Parameter(description = "region code: the region and everything below it") @RequestParam(required = false) String region,
            @Parameter(description = "page number from 0 (at most 500)") @RequestParam(required = false) String page,
            @Parameter(description = "page size 1–100, default 20") @RequestParam(required = false) String size,
            Locale locale) {
        SearchParams.Parsed parsed = SearchParams.parse(q, category, department, region, page, size, directory);
        if (!parsed.ok()) {
            throw new InvalidInputException(parsed.problems());
        }
        return PublicJson.SearchResult.of(search.search(parsed.query()), labels, locale);
    }

    @GetMapping("/items/{code}")
    @Operation(summary = "The service guide (办事指南) of an item", description = "The version in force today, or the version asked "
            + "for; with the upcoming version (published for a later date) and the public history with the changes between versions.")
    PublicJson.Guide item(@PathVariable String code,
            @Parameter(description = "a public version number; default the one in force") @RequestParam(required = false) Integer version,
            Locale locale) {
        return guides.guide(code, version, locale).map(g -> PublicJson.Guide.of(g, labels, locale))
                .orElseThrow(() -> new NotFoundException("catalog-public.error.item-not-found", code));
    }

    @GetMapping("/departments")
    @Operation(summary = "Departments that list items, with their counts", description = "Within a region (and below it) when given.")
    List<PublicJson.DepartmentCount> departments(@RequestParam(required = false) String region) {
        SearchParams.Parsed parsed = SearchParams.parse(null, null, null, region, null, null, directory);
        if (!parsed.ok()) {
            throw new InvalidInputException(parsed.problems());
        }
        SearchPage counted = search.search(parsed.query().atPage(0, 1).counting());
        return counted.departmentCounts().entrySet().stream()
                .map(e -> directory.department(e.getKey()).map(d -> new PublicJson.DepartmentCount(d.id(), d.name(), d.regionCode(), e.getValue())))
                .flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(PublicJson.DepartmentCount::regionCode).thenComparing(PublicJson.DepartmentCount::id))
                .toList();
    }

    @GetMapping("/categories")
    @Operation(summary = "All categories with the number of items listed in each", description = "Within a region or department when given.")
    List<PublicJson.CategoryCount> categories(@RequestParam(required = false) String region,
            @RequestParam(required = false) String department, Locale locale) {
        SearchParams.Parsed parsed = SearchParams.parse(null, null, department, region, null, null, directory);
        if (!parsed.ok()) {
            throw new InvalidInputException(parsed.problems());
        }
        Map<PowerCategory, Long> counts = search.search(parsed.query().atPage(0, 1).counting()).categoryCounts();
        return Arrays.stream(PowerCategory.values())
                .map(c -> new PublicJson.CategoryCount(c.name(), c.code(), labels.category(c, locale), counts.getOrDefault(c, 0L)))
                .toList();
    }
}
