package org.sunlight.catalog.publicweb;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;
import org.sunlight.catalog.OnlineApplications;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.search.CatalogSearch;
import org.sunlight.catalog.search.SearchPage;
import org.sunlight.catalog.search.SearchQuery;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.NotFoundException;
import org.sunlight.common.SunlightException;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.RegionView;

/**
 * The public catalog pages, no sign-in: browse region › department › category with counts, search with
 * filters and highlighted results, and the service guide of an item.
 */
@Controller
class PublicCatalogPages {

    /** The sidebar lists at most this many departments; narrower regions show the rest. */
    static final int SIDEBAR_DEPARTMENTS = 40;

    private final CatalogSearch search;
    private final PublicGuides guides;
    private final OrganizationDirectory directory;
    private final Labels labels;
    private final Clock clock;

    PublicCatalogPages(CatalogSearch search, PublicGuides guides, OrganizationDirectory directory, Labels labels, Clock clock) {
        this.search = search;
        this.guides = guides;
        this.directory = directory;
        this.labels = labels;
        this.clock = clock;
    }

    record Counted<T>(T value, String label, long count, boolean selected) {
    }

    @GetMapping("/public/catalog")
    String index(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestParam(required = false) String department, @RequestParam(required = false) String region,
            @RequestParam(required = false) String page, Locale locale, Model model) {
        SearchParams.Parsed parsed = SearchParams.parse(q, category, department, region, page, null, directory);
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : parsed.problems()) {
            errors.putIfAbsent(p.field(), labels.msg(p.code(), locale, p.args()));
        }
        SearchQuery query = parsed.query().counting();
        SearchPage result = search.search(query);

        RegionView current = query.regionCode() == null ? null : directory.region(query.regionCode()).orElse(null);
        List<RegionView> path = current == null ? List.of()
                : current.path().stream().map(directory::region).flatMap(Optional::stream).toList();
        List<RegionView> children = current == null ? directory.rootRegions() : directory.childRegions(current.code());
        List<Counted<RegionView>> regions = children.stream()
                .map(r -> new Counted<>(r, r.name(), result.regionCounts().getOrDefault(r.code(), 0L), false))
                .filter(c -> c.count() > 0).toList();
        List<Counted<DepartmentView>> departments = result.departmentCounts().entrySet().stream()
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(SIDEBAR_DEPARTMENTS)
                .map(e -> directory.department(e.getKey())
                        .map(d -> new Counted<>(d, d.name(), e.getValue(), d.id() == (query.departmentId() == null ? -1 : query.departmentId()))))
                .flatMap(Optional::stream).toList();
        List<Counted<PowerCategory>> categories = Arrays.stream(PowerCategory.values())
                .map(c -> new Counted<>(c, labels.category(c, locale), result.categoryCounts().getOrDefault(c, 0L), c == query.category()))
                .filter(c -> c.count() > 0 || c.selected()).toList();
        DepartmentView selectedDepartment = query.departmentId() == null ? null : directory.department(query.departmentId()).orElse(null);

        model.addAttribute("q", query.text());
        model.addAttribute("query", query);
        model.addAttribute("errors", errors);
        model.addAttribute("result", result);
        model.addAttribute("region", current);
        model.addAttribute("regionPath", path);
        model.addAttribute("regions", regions);
        model.addAttribute("departments", departments);
        model.addAttribute("moreDepartments", result.departmentCounts().size() > departments.size());
        model.addAttribute("selectedDepartment", selectedDepartment);
        model.addAttribute("categories", categories);
        model.addAttribute("allCategories", Arrays.stream(PowerCategory.values())
                .map(c -> new Counted<>(c, labels.category(c, locale), 0L, c == query.category())).toList());
        model.addAttribute("links", new Links(query));
        model.addAttribute("pageWindow", pageWindow(result));
        model.addAttribute("labels", labels);
        model.addAttribute("today", LocalDate.now(clock));
        return "catalog-public/index";
    }

    @GetMapping("/public/catalog/items/{code}")
    String item(@PathVariable String code, @RequestParam(required = false) String version, Locale locale, Model model) {
        Integer versionNo = null;
        if (version != null && !version.isBlank()) {
            try {
                versionNo = Integer.valueOf(version.strip());
            } catch (NumberFormatException e) {
                throw new NotFoundException("catalog-public.error.item-not-found", code);
            }
        }
        PublicGuides.Guide guide = guides.guide(code, versionNo, locale)
                .orElseThrow(() -> new NotFoundException("catalog-public.error.item-not-found", code));
        model.addAttribute("guide", guide);
        model.addAttribute("c", guide.content());
        model.addAttribute("labels", labels);
        model.addAttribute("flowchartUrl", PublicJson.flowchartUrl(guide.item().code()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("ended", PublicGuides.ended(guide.item(), LocalDate.now(clock)));
        // 网上申请 only from the version in force, for items that take applications online and accept new cases.
        model.addAttribute("onlineApplication", guide.standing() == PublicGuides.Standing.IN_FORCE
                && guide.item().acceptsNewCases() && OnlineApplications.offered(guide.content()));
        return "catalog-public/item";
    }

    /** An unknown or unpublished item is a 404 page, not a stack trace. */
    @ExceptionHandler(SunlightException.class)
    ModelAndView refused(SunlightException e, HttpServletResponse response) {
        response.setStatus(e.status());
        ModelAndView mav = new ModelAndView("error");
        mav.addObject("status", e.status());
        return mav;
    }

    /** Links that keep the current search and change one thing (every change goes back to page 0). */
    public static final class Links {
        private final SearchQuery q;

        Links(SearchQuery q) {
            this.q = q;
        }

        public String page(int page) {
            return build(q.text(), q.category(), q.departmentId(), q.regionCode(), page);
        }

        public String region(String code) {
            return build(q.text(), q.category(), null, code, 0);
        }

        public String department(Long id) {
            return build(q.text(), q.category(), id, q.regionCode(), 0);
        }

        public String category(PowerCategory c) {
            return build(q.text(), c, q.departmentId(), q.regionCode(), 0);
        }

        public String withoutText() {
            return build("", q.category(), q.departmentId(), q.regionCode(), 0);
        }

        public String export(String format) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath("/public/catalog/export." + format);
            if (q.departmentId() != null) {
                b.queryParam("department", q.departmentId());
            } else if (q.regionCode() != null) {
                b.queryParam("region", q.regionCode());
            }
            return b.build().encode().toUriString();
        }

        private static String build(String text, PowerCategory category, Long department, String region, int page) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath("/public/catalog");
            if (text != null && !text.isEmpty()) {
                b.queryParam("q", text);
            }
            if (category != null) {
                b.queryParam("category", category.name());
            }
            if (department != null) {
                b.queryParam("department", department);
            }
            if (region != null) {
                b.queryParam("region", region);
            }
            if (page > 0) {
                b.queryParam("page", page);
            }
            return b.build().encode().toUriString();
        }
    }

    static List<Integer> pageWindow(SearchPage page) {
        List<Integer> pages = new ArrayList<>();
        for (int p = Math.max(0, page.page() - 3); p < Math.min(page.pages(), page.page() + 4); p++) {
            pages.add(p);
        }
        return pages;
    }
}
