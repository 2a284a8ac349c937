package org.sunlight.organization.web;

import static org.sunlight.organization.web.RegionPages.BASE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.organization.DepartmentKind;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.PostView;
import org.sunlight.organization.RegionView;
import org.sunlight.organization.StaffView;
import org.sunlight.organization.UnitView;
import org.sunlight.organization.Versioned;
import org.sunlight.organization.web.FormPage.Option;

/** A department's page (its units with their posts and staff) and the department forms. */
@Controller
@RequestMapping(BASE)
@PreAuthorize(ApiAccess.ADMIN)
class DepartmentPages {

    private final OrganizationAdmin admin;
    private final OrganizationDirectory directory;
    private final PageSupport pages;

    DepartmentPages(OrganizationAdmin admin, OrganizationDirectory directory, PageSupport pages) {
        this.admin = admin;
        this.directory = directory;
        this.pages = pages;
    }

    /** A unit with what hangs below it, for the department page. */
    record UnitBlock(UnitView unit, List<PostView> posts, List<StaffView> staff, Map<Long, String> postNames) {
    }

    @GetMapping("/departments/{id}")
    String department(@PathVariable long id, Model model) {
        Versioned<DepartmentView> d = admin.department(id);
        RegionView region = directory.region(d.value().regionCode()).orElseThrow();
        List<UnitBlock> blocks = new ArrayList<>();
        for (UnitView u : directory.unitsOf(id)) {
            List<PostView> posts = directory.postsOf(u.id());
            Map<Long, String> names = new LinkedHashMap<>();
            posts.forEach(p -> names.put(p.id(), p.name()));
            blocks.add(new UnitBlock(u, posts, directory.staffOf(u.id()), names));
        }
        model.addAttribute("department", d.value());
        model.addAttribute("kind", directory.kindOf(id).orElse(null));
        model.addAttribute("region", region);
        model.addAttribute("units", blocks);
        return "organization/department";
    }

    // ---- create (in a region)

    @GetMapping("/regions/{code}/departments/new")
    String createForm(@PathVariable String code, Model model) {
        return pages.show(model, createPage(admin.region(code).value(), "", "", ""));
    }

    @PostMapping("/regions/{code}/departments/new")
    String create(@PathVariable String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String shortName, @RequestParam(required = false) String kind,
            Model model, HttpServletResponse response) {
        FormPage form = createPage(admin.region(code).value(), name, shortName, kind);
        return pages.submit(model, response, form, () -> {
            long id = admin.createDepartment(code, name, shortName, ApiModels.kind(kind)).value().id();
            return "redirect:" + BASE + "/departments/" + id;
        });
    }

    private FormPage createPage(RegionView region, String name, String shortName, String kind) {
        return fields(FormPage.form("organization.department.create", region.name(),
                BASE + "/regions/" + region.code() + "/departments/new", BASE + "/regions/" + region.code()), name, shortName, kind)
                .build();
    }

    private static FormPage.Builder fields(FormPage.Builder form, String name, String shortName, String kind) {
        List<Option> kinds = new ArrayList<>();
        kinds.add(Option.keyed("", "organization.kind.none"));
        for (DepartmentKind k : DepartmentKind.values()) {
            kinds.add(Option.keyed(k.name(), "organization.kind." + k.name().toLowerCase()));
        }
        return form.text("name", "organization.department.name", name, OrganizationAdmin.DEPARTMENT_NAME_MAX, true, null)
                .text("shortName", "organization.department.short-name", shortName, OrganizationAdmin.SHORT_NAME_MAX, false,
                        "organization.department.short-name.hint")
                .select("kind", "organization.department.kind", kind, kinds, false);
    }

    // ---- rename

    @GetMapping("/departments/{id}/rename")
    String renameForm(@PathVariable long id, Model model) {
        Versioned<DepartmentView> d = admin.department(id);
        String kind = directory.kindOf(id).map(Enum::name).orElse("");
        return pages.show(model, renamePage(d.value(), d.version(), d.value().name(), d.value().shortName(), kind));
    }

    @PostMapping("/departments/{id}/rename")
    String rename(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String name,
            @RequestParam(required = false) String shortName, @RequestParam(required = false) String kind,
            Model model, HttpServletResponse response) {
        FormPage form = renamePage(admin.department(id).value(), version, name, shortName, kind);
        return pages.submit(model, response, form, () -> {
            admin.renameDepartment(id, version, name, shortName, ApiModels.kind(kind));
            return "redirect:" + BASE + "/departments/" + id;
        });
    }

    private FormPage renamePage(DepartmentView d, long version, String name, String shortName, String kind) {
        return fields(FormPage.form("organization.department.rename", d.name(), BASE + "/departments/" + d.id() + "/rename",
                BASE + "/departments/" + d.id()), name, shortName, kind)
                .version(version)
                .build();
    }

    // ---- move

    @GetMapping("/departments/{id}/move")
    String moveForm(@PathVariable long id, Model model) {
        Versioned<DepartmentView> d = admin.department(id);
        return pages.show(model, movePage(d.value(), d.version(), d.value().regionCode()));
    }

    @PostMapping("/departments/{id}/move")
    String move(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String regionCode,
            Model model, HttpServletResponse response) {
        FormPage form = movePage(admin.department(id).value(), version, regionCode);
        return pages.submit(model, response, form, () -> {
            admin.moveDepartment(id, version, regionCode);
            return "redirect:" + BASE + "/departments/" + id;
        });
    }

    private FormPage movePage(DepartmentView d, long version, String regionCode) {
        // Candidates: the active regions of the department's province.
        String province = directory.region(d.regionCode()).orElseThrow().path().get(0);
        List<Option> options = directory.regionsWithin(province).stream().filter(RegionView::active)
                .map(r -> Option.labelled(r.code(), r.code() + " " + r.name())).toList();
        return FormPage.form("organization.department.move", d.name(), BASE + "/departments/" + d.id() + "/move",
                        BASE + "/departments/" + d.id())
                .select("regionCode", "organization.department.region", regionCode, options, true)
                .version(version)
                .build();
    }

    // ---- (de)activate

    @PostMapping("/departments/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes flash) {
        return pages.act(flash, BASE + "/departments/" + id, "organization.deactivated", () -> admin.deactivateDepartment(id));
    }

    @PostMapping("/departments/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes flash) {
        return pages.act(flash, BASE + "/departments/" + id, "organization.reactivated", () -> admin.reactivateDepartment(id));
    }
}
