package org.sunlight.organization.web;

import static org.sunlight.organization.web.RegionPages.BASE;
import static org.sunlight.organization.web.UnitPages.required;

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
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.PostView;
import org.sunlight.organization.StaffView;
import org.sunlight.organization.UnitView;
import org.sunlight.organization.Versioned;
import org.sunlight.organization.web.FormPage.Option;

/** A member of staff: their page with the posts they hold, and the staff forms. */
@Controller
@RequestMapping(BASE)
@PreAuthorize(ApiAccess.ADMIN)
class StaffPages {

    private final OrganizationAdmin admin;
    private final OrganizationDirectory directory;
    private final PageSupport pages;

    StaffPages(OrganizationAdmin admin, OrganizationDirectory directory, PageSupport pages) {
        this.admin = admin;
        this.directory = directory;
        this.pages = pages;
    }

    @GetMapping("/staff/{id}")
    String staff(@PathVariable long id, Model model) {
        StaffView s = admin.staff(id).value();
        List<PostView> unitPosts = directory.postsOf(s.unitId());
        model.addAttribute("staff", s);
        model.addAttribute("unit", directory.unit(s.unitId()).orElseThrow());
        model.addAttribute("department", directory.department(s.departmentId()).orElseThrow());
        model.addAttribute("held", unitPosts.stream().filter(p -> s.postIds().contains(p.id())).toList());
        model.addAttribute("grantable", unitPosts.stream().filter(p -> p.active() && !s.postIds().contains(p.id())).toList());
        return "organization/staff";
    }

    // ---- create (in a unit)

    @GetMapping("/units/{id}/staff/new")
    String createForm(@PathVariable long id, Model model) {
        return pages.show(model, createPage(admin.unit(id).value(), ""));
    }

    @PostMapping("/units/{id}/staff/new")
    String create(@PathVariable long id, @RequestParam(required = false) String name, Model model, HttpServletResponse response) {
        FormPage form = createPage(admin.unit(id).value(), name);
        return pages.submit(model, response, form, () -> {
            long staffId = admin.createStaff(name, id).value().id();
            return "redirect:" + BASE + "/staff/" + staffId;
        });
    }

    private FormPage createPage(UnitView u, String name) {
        return FormPage.form("organization.staff.create", u.name(), BASE + "/units/" + u.id() + "/staff/new",
                        BASE + "/departments/" + u.departmentId())
                .text("name", "organization.staff.name", name, OrganizationAdmin.STAFF_NAME_MAX, true, null)
                .build();
    }

    // ---- rename

    @GetMapping("/staff/{id}/rename")
    String renameForm(@PathVariable long id, Model model) {
        Versioned<StaffView> s = admin.staff(id);
        return pages.show(model, renamePage(s.value(), s.version(), s.value().name()));
    }

    @PostMapping("/staff/{id}/rename")
    String rename(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String name,
            Model model, HttpServletResponse response) {
        return pages.submit(model, response, renamePage(admin.staff(id).value(), version, name), () -> {
            admin.renameStaff(id, version, name);
            return "redirect:" + BASE + "/staff/" + id;
        });
    }

    private FormPage renamePage(StaffView s, long version, String name) {
        return FormPage.form("organization.staff.rename", s.name(), BASE + "/staff/" + s.id() + "/rename", BASE + "/staff/" + s.id())
                .text("name", "organization.staff.name", name, OrganizationAdmin.STAFF_NAME_MAX, true, null)
                .version(version)
                .build();
    }

    // ---- move (place in another unit)

    @GetMapping("/staff/{id}/move")
    String moveForm(@PathVariable long id, Model model) {
        Versioned<StaffView> s = admin.staff(id);
        return pages.show(model, movePage(s.value(), s.version(), String.valueOf(s.value().unitId())));
    }

    @PostMapping("/staff/{id}/move")
    String move(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Long unitId,
            Model model, HttpServletResponse response) {
        FormPage form = movePage(admin.staff(id).value(), version, unitId == null ? "" : unitId.toString());
        return pages.submit(model, response, form, () -> {
            admin.moveStaff(id, version, required(unitId, "unitId"));
            return "redirect:" + BASE + "/staff/" + id;
        });
    }

    private FormPage movePage(StaffView s, long version, String unitId) {
        // Candidates: active units of the active departments in the staff member's region.
        List<Option> options = new ArrayList<>();
        for (DepartmentView d : directory.departmentsIn(s.regionCode())) {
            if (!d.active()) {
                continue;
            }
            directory.unitsOf(d.id()).stream().filter(UnitView::active)
                    .forEach(u -> options.add(Option.labelled(String.valueOf(u.id()), d.name() + " · " + u.name())));
        }
        return FormPage.form("organization.staff.move", s.name(), BASE + "/staff/" + s.id() + "/move", BASE + "/staff/" + s.id())
                .select("unitId", "organization.staff.unit", unitId, options, true)
                .version(version)
                .build();
    }

    // ---- buttons

    @PostMapping("/staff/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes flash) {
        return pages.act(flash, BASE + "/staff/" + id, "organization.deactivated", () -> admin.deactivateStaff(id));
    }

    @PostMapping("/staff/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes flash) {
        return pages.act(flash, BASE + "/staff/" + id, "organization.reactivated", () -> admin.reactivateStaff(id));
    }

    @PostMapping("/staff/{id}/grant")
    String grant(@PathVariable long id, @RequestParam(required = false) Long postId, RedirectAttributes flash) {
        return pages.act(flash, BASE + "/staff/" + id, "organization.staff.granted", () -> admin.grantPost(id, required(postId, "postId")));
    }

    @PostMapping("/staff/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam long postId, RedirectAttributes flash) {
        return pages.act(flash, BASE + "/staff/" + id, "organization.staff.revoked", () -> admin.revokePost(id, postId));
    }
}
