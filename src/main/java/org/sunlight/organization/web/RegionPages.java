package org.sunlight.organization.web;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.RegionLevel;
import org.sunlight.organization.RegionView;
import org.sunlight.organization.Versioned;
import org.sunlight.organization.web.FormPage.Option;

/** The region tree and the forms to create, rename, move and (de)activate regions. */
@Controller
@RequestMapping("/admin/organization")
@PreAuthorize(ApiAccess.ADMIN)
class RegionPages {

    static final String BASE = "/admin/organization";

    private final OrganizationAdmin admin;
    private final OrganizationDirectory directory;
    private final PageSupport pages;

    RegionPages(OrganizationAdmin admin, OrganizationDirectory directory, PageSupport pages) {
        this.admin = admin;
        this.directory = directory;
        this.pages = pages;
    }

    /** A region with the regions below it, for the tree. */
    record Node(RegionView region, List<Node> children) {
    }

    @GetMapping
    String index(Model model) {
        // Towns are many; the tree stops at counties and each county's page lists its towns.
        List<Node> roots = new ArrayList<>();
        for (RegionView root : directory.rootRegions()) {
            Map<String, Node> nodes = new LinkedHashMap<>();
            for (RegionView r : directory.regionsWithin(root.code())) {
                if (r.level() == RegionLevel.TOWN) {
                    continue;
                }
                Node node = new Node(r, new ArrayList<>());
                nodes.put(r.code(), node);
                Node parent = r.parentCode() == null ? null : nodes.get(r.parentCode());
                if (parent != null) {
                    parent.children().add(node);
                } else if (r.code().equals(root.code())) {
                    roots.add(node);
                }
            }
        }
        model.addAttribute("tree", roots);
        return "organization/index";
    }

    @GetMapping("/regions/{code}")
    String region(@PathVariable String code, @RequestParam(defaultValue = "false") boolean within, Model model) {
        Versioned<RegionView> region = admin.region(code);
        model.addAttribute("region", region.value());
        model.addAttribute("trail", trail(region.value()));
        model.addAttribute("children", directory.childRegions(code));
        model.addAttribute("within", within);
        model.addAttribute("departments", within ? directory.departmentsWithin(code) : directory.departmentsIn(code));
        Map<String, String> regionNames = new LinkedHashMap<>();
        if (within) {
            directory.regionsWithin(code).forEach(r -> regionNames.put(r.code(), r.name()));
        }
        model.addAttribute("regionNames", regionNames);
        return "organization/region";
    }

    // ---- create

    @GetMapping("/regions/new")
    String createForm(@RequestParam(required = false) String parent, Model model) {
        RegionLevel level = RegionLevel.PROVINCE;
        if (parent != null && !parent.isBlank()) {
            RegionView p = admin.region(parent).value();
            level = p.level() == RegionLevel.TOWN ? RegionLevel.TOWN : RegionLevel.values()[p.level().ordinal() + 1];
        }
        return pages.show(model, createPage(parent, level.name(), "", ""));
    }

    @PostMapping("/regions/new")
    String create(@RequestParam(required = false) String parentCode, @RequestParam(required = false) String level,
            @RequestParam(required = false) String code, @RequestParam(required = false) String name,
            Model model, HttpServletResponse response) {
        FormPage form = createPage(parentCode, level, code, name);
        return pages.submit(model, response, form, () -> {
            RegionView created = admin.createRegion(code, name, ApiModels.level(level), parentCode).value();
            return "redirect:" + BASE + "/regions/" + created.code();
        });
    }

    private FormPage createPage(String parentCode, String level, String code, String name) {
        String cancel = parentCode == null || parentCode.isBlank() ? BASE : BASE + "/regions/" + parentCode;
        List<Option> levels = Arrays.stream(RegionLevel.values())
                .map(l -> Option.keyed(l.name(), "organization.level." + l.name().toLowerCase())).toList();
        return FormPage.form("organization.region.create", null, BASE + "/regions/new", cancel)
                .text("parentCode", "organization.region.parent", parentCode, 9, false, "organization.region.parent.hint")
                .select("level", "organization.region.level", level, levels, true)
                .text("code", "organization.region.code", code, 9, true, "organization.region.code.hint")
                .text("name", "organization.region.name", name, OrganizationAdmin.REGION_NAME_MAX, true, null)
                .build();
    }

    // ---- rename

    @GetMapping("/regions/{code}/rename")
    String renameForm(@PathVariable String code, Model model) {
        Versioned<RegionView> r = admin.region(code);
        return pages.show(model, renamePage(r.value(), r.version(), r.value().name()));
    }

    @PostMapping("/regions/{code}/rename")
    String rename(@PathVariable String code, @RequestParam long version, @RequestParam(required = false) String name,
            Model model, HttpServletResponse response) {
        FormPage form = renamePage(admin.region(code).value(), version, name);
        return pages.submit(model, response, form, () -> {
            admin.renameRegion(code, version, name);
            return "redirect:" + BASE + "/regions/" + code;
        });
    }

    private FormPage renamePage(RegionView r, long version, String name) {
        return FormPage.form("organization.region.rename", r.code() + " " + r.name(), BASE + "/regions/" + r.code() + "/rename",
                        BASE + "/regions/" + r.code())
                .text("name", "organization.region.name", name, OrganizationAdmin.REGION_NAME_MAX, true, null)
                .version(version)
                .build();
    }

    // ---- move

    @GetMapping("/regions/{code}/move")
    String moveForm(@PathVariable String code, Model model) {
        Versioned<RegionView> r = admin.region(code);
        return pages.show(model, movePage(r.value(), r.version(), r.value().parentCode()));
    }

    @PostMapping("/regions/{code}/move")
    String move(@PathVariable String code, @RequestParam long version, @RequestParam(required = false) String parentCode,
            Model model, HttpServletResponse response) {
        FormPage form = movePage(admin.region(code).value(), version, parentCode);
        return pages.submit(model, response, form, () -> {
            admin.moveRegion(code, version, parentCode);
            return "redirect:" + BASE + "/regions/" + code;
        });
    }

    private FormPage movePage(RegionView r, long version, String parentCode) {
        // Candidates: active regions one level up in the same province (a city may pick any province).
        List<Option> options = new ArrayList<>();
        if (r.level() == RegionLevel.CITY) {
            directory.rootRegions().stream().filter(RegionView::active)
                    .forEach(p -> options.add(Option.labelled(p.code(), p.code() + " " + p.name())));
        } else if (r.level() != RegionLevel.PROVINCE) {
            RegionLevel above = RegionLevel.values()[r.level().ordinal() - 1];
            directory.regionsWithin(r.path().get(0)).stream().filter(p -> p.level() == above && p.active())
                    .forEach(p -> options.add(Option.labelled(p.code(), p.code() + " " + p.name())));
        }
        return FormPage.form("organization.region.move", r.code() + " " + r.name(), BASE + "/regions/" + r.code() + "/move",
                        BASE + "/regions/" + r.code())
                .select("parentCode", "organization.region.parent", parentCode, options, true)
                .version(version)
                .build();
    }

    // ---- (de)activate

    @PostMapping("/regions/{code}/deactivate")
    String deactivate(@PathVariable String code, RedirectAttributes flash) {
        return pages.act(flash, BASE + "/regions/" + code, "organization.deactivated", () -> admin.deactivateRegion(code));
    }

    @PostMapping("/regions/{code}/reactivate")
    String reactivate(@PathVariable String code, RedirectAttributes flash) {
        return pages.act(flash, BASE + "/regions/" + code, "organization.reactivated", () -> admin.reactivateRegion(code));
    }

    /** The regions from the root down to this one, for the breadcrumb. */
    private List<RegionView> trail(RegionView region) {
        return region.path().stream().map(c -> directory.region(c).orElseThrow()).toList();
    }
}
