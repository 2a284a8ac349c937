package org.sunlight.organization.web;

import static org.sunlight.organization.web.RegionPages.BASE;

import java.util.ArrayList;
import java.util.List;

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
import org.sunlight.common.InvalidInputException;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.PostView;
import org.sunlight.organization.UnitView;
import org.sunlight.organization.Versioned;
import org.sunlight.organization.web.FormPage.Option;

/** Forms for units (科室) and their posts (岗位); both are shown on their department's page. */
@Controller
@RequestMapping(BASE)
@PreAuthorize(ApiAccess.ADMIN)
class UnitPages {

    private final OrganizationAdmin admin;
    private final OrganizationDirectory directory;
    private final PageSupport pages;

    UnitPages(OrganizationAdmin admin, OrganizationDirectory directory, PageSupport pages) {
        this.admin = admin;
        this.directory = directory;
        this.pages = pages;
    }

    // ---- units

    @GetMapping("/departments/{id}/units/new")
    String createUnitForm(@PathVariable long id, Model model) {
        return pages.show(model, createUnitPage(admin.department(id).value(), ""));
    }

    @PostMapping("/departments/{id}/units/new")
    String createUnit(@PathVariable long id, @RequestParam(required = false) String name, Model model, HttpServletResponse response) {
        FormPage form = createUnitPage(admin.department(id).value(), name);
        return pages.submit(model, response, form, () -> {
            admin.createUnit(id, name);
            return "redirect:" + BASE + "/departments/" + id;
        });
    }

    private FormPage createUnitPage(DepartmentView d, String name) {
        return FormPage.form("organization.unit.create", d.name(), BASE + "/departments/" + d.id() + "/units/new",
                        BASE + "/departments/" + d.id())
                .text("name", "organization.unit.name", name, OrganizationAdmin.UNIT_NAME_MAX, true, null)
                .build();
    }

    @GetMapping("/units/{id}/rename")
    String renameUnitForm(@PathVariable long id, Model model) {
        Versioned<UnitView> u = admin.unit(id);
        return pages.show(model, renameUnitPage(u.value(), u.version(), u.value().name()));
    }

    @PostMapping("/units/{id}/rename")
    String renameUnit(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String name,
            Model model, HttpServletResponse response) {
        UnitView unit = admin.unit(id).value();
        return pages.submit(model, response, renameUnitPage(unit, version, name), () -> {
            admin.renameUnit(id, version, name);
            return "redirect:" + BASE + "/departments/" + unit.departmentId();
        });
    }

    private FormPage renameUnitPage(UnitView u, long version, String name) {
        return FormPage.form("organization.unit.rename", u.name(), BASE + "/units/" + u.id() + "/rename",
                        BASE + "/departments/" + u.departmentId())
                .text("name", "organization.unit.name", name, OrganizationAdmin.UNIT_NAME_MAX, true, null)
                .version(version)
                .build();
    }

    @GetMapping("/units/{id}/move")
    String moveUnitForm(@PathVariable long id, Model model) {
        Versioned<UnitView> u = admin.unit(id);
        return pages.show(model, moveUnitPage(u.value(), u.version(), String.valueOf(u.value().departmentId())));
    }

    @PostMapping("/units/{id}/move")
    String moveUnit(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Long departmentId,
            Model model, HttpServletResponse response) {
        UnitView unit = admin.unit(id).value();
        FormPage form = moveUnitPage(unit, version, departmentId == null ? "" : departmentId.toString());
        return pages.submit(model, response, form, () -> {
            admin.moveUnit(id, version, required(departmentId, "departmentId"));
            return "redirect:" + BASE + "/departments/" + departmentId;
        });
    }

    private FormPage moveUnitPage(UnitView u, long version, String departmentId) {
        // Candidates: the active departments of the unit's province.
        DepartmentView current = directory.department(u.departmentId()).orElseThrow();
        String province = directory.region(current.regionCode()).orElseThrow().path().get(0);
        List<Option> options = directory.departmentsWithin(province).stream().filter(DepartmentView::active)
                .map(d -> Option.labelled(String.valueOf(d.id()), d.name())).toList();
        return FormPage.form("organization.unit.move", current.name() + " · " + u.name(), BASE + "/units/" + u.id() + "/move",
                        BASE + "/departments/" + u.departmentId())
                .select("departmentId", "organization.unit.department", departmentId, options, true)
                .version(version)
                .build();
    }

    @PostMapping("/units/{id}/deactivate")
    String deactivateUnit(@PathVariable long id, RedirectAttributes flash) {
        return pages.act(flash, departmentOfUnit(id), "organization.deactivated", () -> admin.deactivateUnit(id));
    }

    @PostMapping("/units/{id}/reactivate")
    String reactivateUnit(@PathVariable long id, RedirectAttributes flash) {
        return pages.act(flash, departmentOfUnit(id), "organization.reactivated", () -> admin.reactivateUnit(id));
    }

    // ---- posts

    @GetMapping("/units/{id}/posts/new")
    String createPostForm(@PathVariable long id, Model model) {
        return pages.show(model, createPostPage(admin.unit(id).value(), ""));
    }

    @PostMapping("/units/{id}/posts/new")
    String createPost(@PathVariable long id, @RequestParam(required = false) String name, Model model, HttpServletResponse response) {
        UnitView unit = admin.unit(id).value();
        return pages.submit(model, response, createPostPage(unit, name), () -> {
            admin.createPost(id, name);
            return "redirect:" + BASE + "/departments/" + unit.departmentId();
        });
    }

    private FormPage createPostPage(UnitView u, String name) {
        return FormPage.form("organization.post.create", u.name(), BASE + "/units/" + u.id() + "/posts/new",
                        BASE + "/departments/" + u.departmentId())
                .text("name", "organization.post.name", name, OrganizationAdmin.POST_NAME_MAX, true, null)
                .build();
    }

    @GetMapping("/posts/{id}/rename")
    String renamePostForm(@PathVariable long id, Model model) {
        Versioned<PostView> p = admin.post(id);
        return pages.show(model, renamePostPage(p.value(), p.version(), p.value().name()));
    }

    @PostMapping("/posts/{id}/rename")
    String renamePost(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String name,
            Model model, HttpServletResponse response) {
        PostView post = admin.post(id).value();
        return pages.submit(model, response, renamePostPage(post, version, name), () -> {
            admin.renamePost(id, version, name);
            return "redirect:" + departmentOfUnit(post.unitId());
        });
    }

    private FormPage renamePostPage(PostView p, long version, String name) {
        return FormPage.form("organization.post.rename", p.name(), BASE + "/posts/" + p.id() + "/rename", departmentOfUnit(p.unitId()))
                .text("name", "organization.post.name", name, OrganizationAdmin.POST_NAME_MAX, true, null)
                .version(version)
                .build();
    }

    @GetMapping("/posts/{id}/move")
    String movePostForm(@PathVariable long id, Model model) {
        Versioned<PostView> p = admin.post(id);
        return pages.show(model, movePostPage(p.value(), p.version(), String.valueOf(p.value().unitId())));
    }

    @PostMapping("/posts/{id}/move")
    String movePost(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Long unitId,
            Model model, HttpServletResponse response) {
        PostView post = admin.post(id).value();
        FormPage form = movePostPage(post, version, unitId == null ? "" : unitId.toString());
        return pages.submit(model, response, form, () -> {
            admin.movePost(id, version, required(unitId, "unitId"));
            return "redirect:" + departmentOfUnit(unitId);
        });
    }

    private FormPage movePostPage(PostView p, long version, String unitId) {
        // Candidates: the active units of the post's department.
        long departmentId = directory.unit(p.unitId()).orElseThrow().departmentId();
        List<Option> options = new ArrayList<>();
        directory.unitsOf(departmentId).stream().filter(UnitView::active)
                .forEach(u -> options.add(Option.labelled(String.valueOf(u.id()), u.name())));
        return FormPage.form("organization.post.move", p.name(), BASE + "/posts/" + p.id() + "/move", departmentOfUnit(p.unitId()))
                .select("unitId", "organization.post.unit", unitId, options, true)
                .version(version)
                .build();
    }

    @PostMapping("/posts/{id}/deactivate")
    String deactivatePost(@PathVariable long id, RedirectAttributes flash) {
        return pages.act(flash, departmentOfUnit(admin.post(id).value().unitId()), "organization.deactivated", () -> admin.deactivatePost(id));
    }

    @PostMapping("/posts/{id}/reactivate")
    String reactivatePost(@PathVariable long id, RedirectAttributes flash) {
        return pages.act(flash, departmentOfUnit(admin.post(id).value().unitId()), "organization.reactivated", () -> admin.reactivatePost(id));
    }

    private String departmentOfUnit(long unitId) {
        return BASE + "/departments/" + admin.unit(unitId).value().departmentId();
    }

    static long required(Long value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "error.required");
        }
        return value;
    }
}
