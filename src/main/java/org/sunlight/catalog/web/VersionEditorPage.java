package org.sunlight.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
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
import org.sunlight.catalog.CatalogAction;
import org.sunlight.catalog.CatalogDrafting;
import org.sunlight.catalog.CatalogOverview;
import org.sunlight.catalog.CatalogReview;
import org.sunlight.catalog.ItemDetail;
import org.sunlight.catalog.PowerItemVersionView;
import org.sunlight.catalog.StaleVersionException;
import org.sunlight.catalog.VersionDiff;
import org.sunlight.common.InvalidInputException;
import org.sunlight.common.SunlightException;

/**
 * The draft editor: one form for all of a version's content, nested lists with add and remove
 * buttons (answered without saving; htmx swaps just the form, plain posts work too), errors beside
 * their fields. "Save" keeps a draft as it is; "save and submit" also sends it to review, and every
 * missing field is then named beside its input. When someone else saved in between, nothing is
 * written and the user's input stays in the form, with what the other person saved and a reload link.
 */
@Controller
@RequestMapping("/catalog/versions/{id}")
@PreAuthorize("hasRole('CATALOG_CLERK')")
class VersionEditorPage {

    private final CatalogOverview overview;
    private final CatalogDrafting drafting;
    private final CatalogReview review;
    private final VersionDiff diff;
    private final Pages pages;

    VersionEditorPage(CatalogOverview overview, CatalogDrafting drafting, CatalogReview review, VersionDiff diff, Pages pages) {
        this.overview = overview;
        this.drafting = drafting;
        this.review = review;
        this.diff = diff;
        this.pages = pages;
    }

    @ModelAttribute("pages")
    Pages pages() {
        return pages;
    }

    @ModelAttribute("choices")
    Map<String, List<String>> choices() {
        return pages.choices();
    }

    @GetMapping("/edit")
    String edit(@PathVariable long id, Model model) {
        PowerItemVersionView v = overview.version(id);
        ContentForm form = ContentForm.of(v.content());
        // Lists every item needs start with one empty row to fill in.
        for (String list : List.of("legalBases", "responsibilities")) {
            if (form.rows(list).isEmpty()) {
                form.addRow(list);
            }
        }
        return page(model, v, form, v.version(), null);
    }

    @PostMapping("/edit")
    String save(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String add,
            @RequestParam(required = false) String remove, @RequestParam(required = false) String then,
            @RequestParam(required = false) Long overwrite, HttpServletRequest request, Model model,
            HttpServletResponse response, RedirectAttributes flash, Locale locale) {
        PowerItemVersionView v = overview.version(id);
        ContentForm form = ContentForm.fromParameters(request.getParameterMap());
        if (add != null) {
            form.addRow(add);
            return page(model, v, form, version, null);
        }
        if (remove != null) {
            form.removeRow(remove);
            return page(model, v, form, version, null);
        }
        ContentForm.Parsed parsed = form.toContent();
        if (!parsed.problems().isEmpty()) {
            response.setStatus(400);
            return page(model, v, form, version, pages.errors(parsed.problems()));
        }
        long expected = overwrite != null ? overwrite : version;
        PowerItemVersionView saved;
        try {
            saved = drafting.saveDraft(id, expected, parsed.content());
        } catch (StaleVersionException e) {
            response.setStatus(409);
            model.addAttribute("conflict", e.current());
            model.addAttribute("conflictLines", diff.compare(e.current().content(), parsed.content(), locale));
            return page(model, v, form, version, Map.of(Pages.GLOBAL, pages.message("catalog.editor.conflict",
                    e.current().versionNo())));
        } catch (SunlightException e) {
            response.setStatus(e.status());
            return page(model, v, form, version, pages.errors(e));
        }
        if (!"submit".equals(then)) {
            flash.addFlashAttribute("notice", pages.message("catalog.done.saved"));
            return "redirect:/catalog/versions/" + id + "/edit";
        }
        try {
            review.submit(id, saved.version());
        } catch (InvalidInputException e) {
            // Saved, but not complete: every gap is named beside its field.
            response.setStatus(400);
            Map<String, String> errors = new LinkedHashMap<>(pages.errors(e));
            errors.put(Pages.GLOBAL, pages.message("catalog.editor.saved-not-submitted", e.problems().size()));
            return page(model, saved, form, saved.version(), errors);
        } catch (SunlightException e) {
            response.setStatus(e.status());
            return page(model, saved, form, saved.version(), pages.errors(e));
        }
        flash.addFlashAttribute("notice", pages.message("catalog.done.submit", saved.versionNo()));
        return "redirect:/catalog/items/" + saved.itemId();
    }

    /** Submitting from the item page: on missing fields the editor opens with them named. */
    @PostMapping("/submit")
    String submit(@PathVariable long id, @RequestParam long version, Model model, HttpServletResponse response,
            RedirectAttributes flash) {
        PowerItemVersionView v = overview.version(id);
        try {
            review.submit(id, version);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            Map<String, String> errors = new LinkedHashMap<>(pages.errors(e));
            errors.put(Pages.GLOBAL, pages.message("catalog.editor.not-submitted", e.problems().size()));
            return page(model, v, ContentForm.of(v.content()), v.version(), errors);
        } catch (SunlightException e) {
            flash.addFlashAttribute("problem", pages.reason(e));
            return "redirect:/catalog/items/" + v.itemId();
        }
        flash.addFlashAttribute("notice", pages.message("catalog.done.submit", v.versionNo()));
        return "redirect:/catalog/items/" + v.itemId();
    }

    private String page(Model model, PowerItemVersionView v, ContentForm form, long version, Map<String, String> errors) {
        ItemDetail detail = overview.detail(v.itemId());
        model.addAttribute("v", v);
        model.addAttribute("item", detail.item());
        model.addAttribute("form", form);
        model.addAttribute("formVersion", version);
        model.addAttribute("errors", errors == null ? Map.of() : errors);
        model.addAttribute("editable", detail.actions().contains(CatalogAction.EDIT) && detail.openVersion() != null
                && detail.openVersion().id() == v.id());
        return "catalog/editor";
    }
}
