package org.sunlight.catalog.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.catalog.CatalogDrafting;
import org.sunlight.catalog.CatalogLifecycle;
import org.sunlight.catalog.CatalogOverview;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.CatalogReview;
import org.sunlight.catalog.ItemDetail;
import org.sunlight.catalog.ItemFilter;
import org.sunlight.catalog.ItemLifecycle;
import org.sunlight.catalog.NewPowerItem;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemVersionView;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.catalog.VersionDiff;
import org.sunlight.catalog.VersionState;
import org.sunlight.common.NotFoundException;
import org.sunlight.common.SunlightException;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.RegionView;

/**
 * The staff catalog: a department's list with filters, adding an item, the item page (versions,
 * trail, the actions allowed now) and one version's content with what changed. Lifecycle buttons
 * post here and come back to the item page with a notice or the reason they were refused.
 */
@Controller
@RequestMapping("/catalog")
@PreAuthorize(CatalogPages.READERS)
class CatalogPages {

    static final String READERS = "hasAnyRole('CATALOG_CLERK','UNIT_HEAD','LEADER','LEGAL_REVIEWER','SUPERVISOR')";
    static final int PAGE_SIZE = 50;

    private final CatalogOverview overview;
    private final CatalogQueries queries;
    private final CatalogDrafting drafting;
    private final CatalogReview review;
    private final CatalogLifecycle lifecycle;
    private final VersionDiff diff;
    private final OrganizationDirectory organization;
    private final Pages pages;
    private final Clock clock;

    CatalogPages(CatalogOverview overview, CatalogQueries queries, CatalogDrafting drafting, CatalogReview review, CatalogLifecycle lifecycle,
            VersionDiff diff, OrganizationDirectory organization, Pages pages, Clock clock) {
        this.overview = overview;
        this.queries = queries;
        this.drafting = drafting;
        this.review = review;
        this.lifecycle = lifecycle;
        this.diff = diff;
        this.organization = organization;
        this.pages = pages;
        this.clock = clock;
    }

    @ModelAttribute("pages")
    Pages pages() {
        return pages;
    }

    // ---- list

    @GetMapping
    String list(@RequestParam(required = false) Long department, @RequestParam(required = false) String unit,
            @RequestParam(required = false) PowerCategory category, @RequestParam(required = false) VersionState state,
            @RequestParam(required = false) ItemLifecycle lifecycle, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        List<DepartmentView> departments = overview.departments();
        model.addAttribute("departments", departments);
        if (departments.isEmpty()) {
            return "catalog/list";
        }
        long departmentId = department != null ? department : departments.get(0).id();
        boolean unassigned = "none".equals(unit);
        Long unitId = unit == null || !unit.matches("\\d{1,18}") ? null : Long.valueOf(unit);
        ItemFilter filter = new ItemFilter(departmentId, unitId, unassigned, category, state, lifecycle, q);
        model.addAttribute("department", organization.department(departmentId).orElseThrow(
                () -> new NotFoundException("organization.department.not-found", departmentId)));
        model.addAttribute("filter", filter);
        model.addAttribute("unitParam", unit == null ? "" : unit);
        model.addAttribute("result", overview.list(filter, page, PAGE_SIZE));
        model.addAttribute("mayCreate", overview.clerkDepartments().stream().anyMatch(d -> d.id() == departmentId));
        model.addAttribute("mayAssign", overview.mayAssign(departmentId));
        return "catalog/list";
    }

    // ---- add an item

    @GetMapping("/items/new")
    @PreAuthorize("hasRole('CATALOG_CLERK')")
    String newItem(@RequestParam(required = false) Long department, Model model) {
        List<DepartmentView> departments = overview.clerkDepartments();
        if (departments.isEmpty()) {
            throw new org.sunlight.common.ForbiddenException("catalog.forbidden.create");
        }
        long departmentId = department != null ? department : departments.get(0).id();
        return newItemPage(model, departmentId, "", "", "", "", "");
    }

    @PostMapping("/items")
    @PreAuthorize("hasRole('CATALOG_CLERK')")
    String create(@RequestParam long departmentId, @RequestParam(required = false) String code,
            @RequestParam(required = false) String seqNo, @RequestParam(required = false) String unitId,
            @RequestParam(required = false) String name, @RequestParam(required = false) String category, Model model,
            HttpServletResponse response) {
        try {
            Integer seq = seqNo == null || seqNo.isBlank() ? null : Integer.valueOf(seqNo.strip());
            Long unit = unitId == null || unitId.isBlank() ? null : Long.valueOf(unitId);
            PowerCategory cat = category == null || category.isBlank() ? null : PowerCategory.valueOf(category);
            PowerItemContent content = new PowerItemContent(name, cat, null, null, null, null, null, List.of(), List.of(),
                    null, null, List.of(), null, List.of(), null, null, List.of(), List.of());
            PowerItemVersionView created = drafting.createItem(new NewPowerItem(code, departmentId, unit, seq, content));
            return "redirect:/catalog/versions/" + created.id() + "/edit";
        } catch (NumberFormatException e) {
            response.setStatus(400);
            model.addAttribute("errors", java.util.Map.of("seqNo", pages.message("catalog.form.whole-number")));
        } catch (SunlightException e) {
            response.setStatus(e.status());
            model.addAttribute("errors", pages.errors(e));
        }
        return newItemPage(model, departmentId, code, seqNo, unitId, name, category);
    }

    private String newItemPage(Model model, long departmentId, String code, String seqNo, String unitId, String name,
            String category) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        model.addAttribute("departments", overview.clerkDepartments());
        model.addAttribute("department", organization.department(departmentId)
                .orElseThrow(() -> new NotFoundException("organization.department.not-found", departmentId)));
        model.addAttribute("unitsOnly", overview.clerkUnitsOnly(departmentId));
        model.addAttribute("code", code);
        model.addAttribute("seqNo", seqNo);
        model.addAttribute("unitId", unitId);
        model.addAttribute("name", name);
        model.addAttribute("category", category);
        return "catalog/new-item";
    }

    // ---- the item

    @GetMapping("/items/{id}")
    String item(@PathVariable long id, Model model) {
        ItemDetail detail = overview.detail(id);
        model.addAttribute("detail", detail);
        model.addAttribute("item", detail.item());
        model.addAttribute("acts", detail.actions().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("inForce", overview.inForceToday(id).orElse(null));
        model.addAttribute("today", LocalDate.now(clock));
        PowerItemVersionView shown = detail.openVersion() != null ? detail.openVersion()
                : detail.publishedVersion() != null ? detail.publishedVersion()
                : detail.versions().isEmpty() ? null : detail.versions().get(0);
        model.addAttribute("shown", shown);
        if (detail.actions().contains(org.sunlight.catalog.CatalogAction.DELEGATE)) {
            model.addAttribute("lowerDepartments", lowerDepartments(detail.item()));
        }
        // Linked items may lie outside the reader's scope: only their codes and departments are shown.
        model.addAttribute("delegatedTo", detail.item().delegatedToItemId() == null ? null
                : queries.item(detail.item().delegatedToItemId()).orElse(null));
        model.addAttribute("delegatedFrom", detail.item().delegatedFromItemId() == null ? null
                : queries.item(detail.item().delegatedFromItemId()).orElse(null));
        return "catalog/item";
    }

    /** Departments in regions below the item's department's region (where it may be delegated to). */
    private List<DepartmentView> lowerDepartments(PowerItemView item) {
        DepartmentView own = organization.department(item.departmentId()).orElseThrow();
        return organization.departmentsWithin(own.regionCode()).stream()
                .filter(DepartmentView::active)
                .filter(d -> !d.regionCode().equals(own.regionCode()))
                .filter(d -> organization.region(d.regionCode()).map(RegionView::active).orElse(false))
                .toList();
    }

    @PostMapping("/items/{id}/new-version")
    @PreAuthorize("hasRole('CATALOG_CLERK')")
    String newVersion(@PathVariable long id, RedirectAttributes flash) {
        try {
            PowerItemVersionView v = drafting.startNewVersion(id);
            return "redirect:/catalog/versions/" + v.id() + "/edit";
        } catch (SunlightException e) {
            flash.addFlashAttribute("problem", pages.reason(e));
            return "redirect:/catalog/items/" + id;
        }
    }

    @PostMapping("/versions/{id}/publish")
    @PreAuthorize("hasRole('CATALOG_CLERK')")
    String publish(@PathVariable long id, @RequestParam long itemId, @RequestParam long version,
            @RequestParam(required = false) LocalDate effectiveFrom, RedirectAttributes flash) {
        return pages.act(flash, "/catalog/items/" + itemId, () -> {
            PowerItemVersionView v = review.publish(id, version, effectiveFrom);
            return pages.message("catalog.done.publish", v.versionNo(), v.effectiveFrom().toString());
        });
    }

    @PostMapping("/items/{id}/lifecycle")
    @PreAuthorize("hasRole('LEADER')")
    String changeLifecycle(@PathVariable long id, @RequestParam String action, @RequestParam long version,
            @RequestParam(required = false) String reason, @RequestParam(required = false) LocalDate abolishedOn,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) String code,
            RedirectAttributes flash) {
        String back = "/catalog/items/" + id;
        return pages.act(flash, back, () -> switch (action) {
            case "suspend" -> {
                lifecycle.suspend(id, version, reason);
                yield pages.message("catalog.done.suspend");
            }
            case "resume" -> {
                lifecycle.resume(id, version, reason);
                yield pages.message("catalog.done.resume");
            }
            case "abolish" -> {
                lifecycle.abolish(id, version, reason, abolishedOn);
                yield pages.message("catalog.done.abolish");
            }
            case "delegate" -> {
                PowerItemView created = lifecycle.delegate(id, version, new CatalogLifecycle.Delegation(departmentId, code, reason));
                yield pages.message("catalog.done.delegate", created.code(), pages.department(created.departmentId()));
            }
            default -> throw new org.sunlight.common.InvalidInputException("action", "error.format");
        });
    }

    // ---- one version

    @GetMapping("/versions/{id}")
    String version(@PathVariable long id, @RequestParam(required = false) Long from, Model model, Locale locale) {
        PowerItemVersionView v = overview.version(id);
        ItemDetail detail = overview.detail(v.itemId());
        model.addAttribute("v", v);
        model.addAttribute("detail", detail);
        model.addAttribute("item", detail.item());
        model.addAttribute("comparison", from != null ? diff.between(overview.version(from).id(), id, locale)
                : diff.againstPrevious(id, locale));
        boolean reviewable = detail.reviewLevel() != null && detail.openVersion() != null && detail.openVersion().id() == id;
        model.addAttribute("reviewable", reviewable);
        return "catalog/version";
    }
}
