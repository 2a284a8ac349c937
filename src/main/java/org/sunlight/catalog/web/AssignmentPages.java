package org.sunlight.catalog.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.catalog.CatalogOverview;
import org.sunlight.catalog.ItemFilter;
import org.sunlight.catalog.UnitAssignment;
import org.sunlight.common.ForbiddenException;
import org.sunlight.organization.DepartmentView;

/**
 * The department clerk assigns items to units: a number range (items 3–15 to 法规科) or ticked
 * items. The page lists the department's items with their current unit.
 */
@Controller
@RequestMapping("/catalog/assign")
@PreAuthorize("hasRole('CATALOG_CLERK')")
class AssignmentPages {

    private final CatalogOverview overview;
    private final UnitAssignment assignment;
    private final Pages pages;

    AssignmentPages(CatalogOverview overview, UnitAssignment assignment, Pages pages) {
        this.overview = overview;
        this.assignment = assignment;
        this.pages = pages;
    }

    @ModelAttribute("pages")
    Pages pages() {
        return pages;
    }

    @GetMapping
    String page(@RequestParam(required = false) Long department, @RequestParam(defaultValue = "0") int page, Model model) {
        List<DepartmentView> departments = overview.clerkDepartments().stream().filter(d -> overview.mayAssign(d.id())).toList();
        if (departments.isEmpty()) {
            throw new ForbiddenException("catalog.forbidden.assign");
        }
        DepartmentView d = department == null ? departments.get(0)
                : departments.stream().filter(x -> x.id() == department).findFirst()
                        .orElseThrow(() -> new ForbiddenException("catalog.forbidden.assign"));
        model.addAttribute("departments", departments);
        model.addAttribute("department", d);
        model.addAttribute("result", overview.list(ItemFilter.of(d.id()), page, CatalogOverview.PAGE_SIZE_MAX));
        return "catalog/assign";
    }

    @PostMapping("/range")
    String range(@RequestParam long departmentId, @RequestParam(required = false) Integer fromSeq,
            @RequestParam(required = false) Integer toSeq, @RequestParam(required = false) Long unitId, RedirectAttributes flash) {
        return pages.act(flash, "/catalog/assign?department=" + departmentId, () -> done(
                assignment.assignRange(departmentId, fromSeq, toSeq, unitId)));
    }

    @PostMapping("/selection")
    String selection(@RequestParam long departmentId, @RequestParam(required = false) List<Long> itemIds,
            @RequestParam(required = false) Long unitId, RedirectAttributes flash) {
        return pages.act(flash, "/catalog/assign?department=" + departmentId, () -> done(
                assignment.assignSelected(departmentId, itemIds, unitId)));
    }

    private String done(UnitAssignment.Result r) {
        String unit = r.unitId() == null ? pages.message("catalog.assign.no-unit") : pages.unit(r.unitId());
        return pages.message("catalog.done.assign", r.moved().size(), unit, r.unchanged());
    }
}
