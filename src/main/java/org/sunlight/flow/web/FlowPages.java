package org.sunlight.flow.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemVersionView;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.catalog.VersionState;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.NotFoundException;
import org.sunlight.common.SunlightException;
import org.sunlight.flow.FlowDefinition;
import org.sunlight.flow.FlowEditing;
import org.sunlight.flow.FlowProblem;
import org.sunlight.flow.FlowQueries;
import org.sunlight.flow.FlowState;
import org.sunlight.flow.FlowTemplate;
import org.sunlight.flow.FlowTiming;
import org.sunlight.flow.FlowValidation;
import org.sunlight.flow.FlowValidator;
import org.sunlight.flow.FlowVersionView;
import org.sunlight.flow.StepKind;
import org.sunlight.flow.StepUnit;
import org.sunlight.flow.internal.FlowPermissions;
import org.sunlight.flow.internal.FlowRendering;
import org.sunlight.flow.internal.FlowStore;
import org.sunlight.flow.internal.ItemPosts;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.PostView;
import org.sunlight.organization.UnitView;

/**
 * The catalog clerk's flowchart pages: the items they keep, an item's versions, and the editor — a
 * steps table and a transitions table whose rows are added and removed with htmx, a live SVG preview
 * re-drawn on every change with the problems beside their rows, and publication with an effective date.
 */
@Controller
@RequestMapping("/flow")
@PreAuthorize(FlowAccess.CLERK)
class FlowPages {

    private final FlowEditing editing;
    private final FlowQueries queries;
    private final FlowStore store;
    private final FlowPermissions permissions;
    private final FlowRendering rendering;
    private final ItemPosts itemPosts;
    private final CatalogQueries catalog;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final Clock clock;

    FlowPages(FlowEditing editing, FlowQueries queries, FlowStore store, FlowPermissions permissions, FlowRendering rendering,
            ItemPosts itemPosts, CatalogQueries catalog, OrganizationDirectory organization, MessageSource messages, Clock clock) {
        this.editing = editing;
        this.queries = queries;
        this.store = store;
        this.permissions = permissions;
        this.rendering = rendering;
        this.itemPosts = itemPosts;
        this.catalog = catalog;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(FlowValidator.MAX_TRANSITIONS + 10);
    }

    // ---- the clerk's items --------------------------------------------------------------------------

    /** One line of the clerk's list: the item, its newest catalog version, its flowchart versions. */
    record ItemLine(PowerItemView item, PowerItemVersionView latest, FlowStore.Summary inForce, FlowStore.Summary draft, int versions) {
    }

    @GetMapping
    String index(Model model) {
        List<PowerItemView> items = permissions.editableItems();
        Map<Long, List<FlowStore.Summary>> byItem = new LinkedHashMap<>();
        store.summaries(items.stream().map(PowerItemView::id).toList())
                .forEach(s -> byItem.computeIfAbsent(s.itemId(), k -> new ArrayList<>()).add(s));
        LocalDate today = LocalDate.now(clock);
        List<ItemLine> lines = new ArrayList<>();
        for (PowerItemView item : items) {
            List<PowerItemVersionView> versions = catalog.versions(item.id());
            if (versions.isEmpty()) {
                continue;
            }
            List<FlowStore.Summary> flows = byItem.getOrDefault(item.id(), List.of());
            FlowStore.Summary inForce = flows.stream()
                    .filter(s -> s.state() != FlowState.DRAFT && s.effectiveFrom() != null && !s.effectiveFrom().isAfter(today))
                    .max(Comparator.comparing(FlowStore.Summary::effectiveFrom).thenComparingInt(FlowStore.Summary::versionNo)).orElse(null);
            FlowStore.Summary draft = flows.stream().filter(s -> s.state() == FlowState.DRAFT).findFirst().orElse(null);
            lines.add(new ItemLine(item, versions.get(0), inForce, draft, flows.size()));
        }
        model.addAttribute("lines", lines);
        return "flow/index";
    }

    // ---- one item -------------------------------------------------------------------------------

    @GetMapping("/items/{itemId}")
    String item(@PathVariable long itemId, Model model) {
        return itemPage(itemId, model, null, null);
    }

    @PostMapping("/items/{itemId}/drafts")
    String createDraft(@PathVariable long itemId, @RequestParam(required = false) Long itemVersionId,
            @RequestParam(required = false) String template, @RequestParam(required = false) Long copyFrom, Model model,
            HttpServletResponse response) {
        try {
            if (itemVersionId == null) {
                throw new org.sunlight.common.InvalidInputException("itemVersionId", "error.required");
            }
            FlowVersionView v = copyFrom != null ? editing.copyToDraft(itemVersionId, copyFrom)
                    : editing.createFromTemplate(itemVersionId, template == null ? "" : template);
            return "redirect:/flow/drafts/" + v.id();
        } catch (SunlightException e) {
            response.setStatus(e.status());
            return itemPage(itemId, model, messages(e), template);
        }
    }

    private String itemPage(long itemId, Model model, List<String> problems, String chosenTemplate) {
        PowerItemView item = permissions.requireEditor(itemId);
        List<PowerItemVersionView> itemVersions = catalog.versions(itemId);
        PowerItemVersionView current = itemVersions.stream().filter(v -> v.state() == VersionState.PUBLISHED).findFirst()
                .orElse(itemVersions.isEmpty() ? null : itemVersions.get(0));
        model.addAttribute("item", item);
        model.addAttribute("itemVersions", itemVersions.stream().filter(v -> v.state() != VersionState.SUPERSEDED).toList());
        model.addAttribute("current", current);
        model.addAttribute("itemName", current == null ? item.code() : current.content().name());
        List<FlowTemplate> templates = current == null ? editing.templates() : editing.templatesFor(current.content().category());
        model.addAttribute("templates", templates);
        model.addAttribute("chosenTemplate", chosenTemplate != null ? chosenTemplate : templates.isEmpty() ? null : templates.get(0).code());
        List<FlowVersionView> flows = queries.versionsOf(itemId);
        model.addAttribute("flows", flows);
        model.addAttribute("draft", flows.stream().filter(FlowVersionView::draft).findFirst().orElse(null));
        model.addAttribute("inForce", queries.flowInForce(itemId, LocalDate.now(clock)).orElse(null));
        model.addAttribute("versionNos", catalogVersionNos(itemVersions));
        model.addAttribute("problems", problems);
        return "flow/item";
    }

    private static Map<Long, Integer> catalogVersionNos(List<PowerItemVersionView> versions) {
        Map<Long, Integer> nos = new LinkedHashMap<>();
        versions.forEach(v -> nos.put(v.id(), v.versionNo()));
        return nos;
    }

    // ---- viewing a released version -------------------------------------------------------------

    @GetMapping("/versions/{id}")
    String view(@PathVariable long id, Model model) {
        FlowVersionView v = queries.version(id).orElseThrow(() -> new NotFoundException("flow.error.version-not-found", id));
        if (v.draft()) {
            return "redirect:/flow/drafts/" + id;
        }
        PowerItemView item = permissions.requireEditor(v.itemId());
        model.addAttribute("flow", v);
        model.addAttribute("item", item);
        model.addAttribute("itemName", rendering.itemName(v));
        model.addAttribute("posts", postLabels(item));
        return "flow/view";
    }

    // ---- the editor -----------------------------------------------------------------------------

    @GetMapping("/drafts/{id}")
    String editor(@PathVariable long id, Model model) {
        FlowVersionView draft = draft(id);
        if (!draft.draft()) {
            return "redirect:/flow/versions/" + id;
        }
        FlowForm form = FlowForm.of(draft.definition(), draft.version());
        form.setEffectiveFrom(LocalDate.now(clock).plusDays(1).toString());
        return editorPage(draft, form, model, Map.of());
    }

    @PostMapping("/drafts/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") FlowForm form, Model model, HttpServletResponse response,
            RedirectAttributes flash) {
        FlowVersionView draft = draft(id);
        try {
            editing.updateDraft(id, version(form), form.toDefinition());
            flash.addFlashAttribute("notice", message("flow.editor.saved"));
            return "redirect:/flow/drafts/" + id;
        } catch (SunlightException e) {
            response.setStatus(e.status());
            return editorPage(draft, form, model, formErrors(e));
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            return editorPage(draft, form, model, Map.of("_form", message("flow.editor.stale")));
        }
    }

    @PostMapping("/drafts/{id}/rows")
    String rows(@PathVariable long id, @RequestParam String op, @RequestParam(defaultValue = "-1") int index,
            @ModelAttribute("form") FlowForm form, Model model) {
        FlowVersionView draft = draft(id);
        switch (op) {
            case "add-step" -> form.addStep();
            case "remove-step" -> form.removeStep(index);
            case "add-transition" -> form.addTransition();
            case "remove-transition" -> form.removeTransition(index);
            default -> {
                // "refresh": step keys or names changed, so the transition tables' choices are redrawn
            }
        }
        editorModel(draft, form, model, Map.of());
        return "flow/editor-parts :: editor";
    }

    @PostMapping("/drafts/{id}/preview")
    String preview(@PathVariable long id, @ModelAttribute("form") FlowForm form, Model model) {
        FlowVersionView draft = draft(id);
        editorModel(draft, form, model, Map.of());
        return "flow/editor-parts :: preview-response";
    }

    @PostMapping("/drafts/{id}/publish")
    String publish(@PathVariable long id, @ModelAttribute("form") FlowForm form, Model model, HttpServletResponse response,
            RedirectAttributes flash) {
        FlowVersionView draft = draft(id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate effective = null;
        try {
            effective = form.getEffectiveFrom() == null || form.getEffectiveFrom().isBlank() ? null : LocalDate.parse(form.getEffectiveFrom());
        } catch (DateTimeParseException e) {
            errors.put("effectiveFrom", message("error.format"));
        }
        if (errors.isEmpty()) {
            try {
                FlowVersionView v = editing.saveAndPublish(id, version(form), form.toDefinition(), effective, form.isConfirmWarnings());
                flash.addFlashAttribute("notice", message("flow.editor.published", v.versionNo(), v.effectiveFrom().toString()));
                return "redirect:/flow/items/" + draft.itemId();
            } catch (SunlightException e) {
                response.setStatus(e.status());
                errors.putAll(formErrors(e));
            } catch (OptimisticLockingFailureException e) {
                response.setStatus(409);
                errors.put("_form", message("flow.editor.stale"));
            }
        } else {
            response.setStatus(400);
        }
        return editorPage(draft, form, model, errors);
    }

    @PostMapping("/drafts/{id}/discard")
    String discard(@PathVariable long id, @ModelAttribute("form") FlowForm form, RedirectAttributes flash) {
        FlowVersionView draft = draft(id);
        try {
            editing.discard(id, version(form));
            flash.addFlashAttribute("notice", message("flow.editor.discarded", draft.versionNo()));
            return "redirect:/flow/items/" + draft.itemId();
        } catch (SunlightException e) {
            flash.addFlashAttribute("problem", String.join("；", messages(e)));
        } catch (OptimisticLockingFailureException e) {
            flash.addFlashAttribute("problem", message("flow.editor.stale"));
        }
        return "redirect:/flow/drafts/" + id;
    }

    // ---- editor model ---------------------------------------------------------------------------

    private FlowVersionView draft(long id) {
        FlowVersionView v = queries.version(id).orElseThrow(() -> new NotFoundException("flow.error.version-not-found", id));
        permissions.requireEditor(v.itemId());
        return v;
    }

    private static long version(FlowForm form) {
        if (form.getVersion() == null) {
            throw new org.sunlight.common.InvalidInputException("version", "error.required");
        }
        return form.getVersion();
    }

    private String editorPage(FlowVersionView draft, FlowForm form, Model model, Map<String, String> errors) {
        editorModel(draft, form, model, errors);
        return "flow/editor";
    }

    /** A step or transition row's problems, the rest, and the drawing. */
    record Problems(Map<Integer, List<String>> steps, Map<Integer, List<String>> transitions, List<String> general, List<String> warnings) {
    }

    private void editorModel(FlowVersionView draft, FlowForm form, Model model, Map<String, String> errors) {
        PowerItemView item = permissions.item(draft.itemId());
        PowerItemVersionView itemVersion = catalog.version(draft.itemVersionId())
                .orElseThrow(() -> new NotFoundException("flow.error.item-version-not-found", draft.itemVersionId()));
        FlowDefinition definition = form.toDefinition();
        FlowValidation validation = editing.validate(draft.itemVersionId(), definition);
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("draft", draft);
        model.addAttribute("item", item);
        model.addAttribute("itemVersion", itemVersion);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", StepKind.values());
        model.addAttribute("units", StepUnit.values());
        model.addAttribute("roles", FlowValidator.STEP_ROLES.stream().sorted().toList());
        model.addAttribute("posts", postOptions(item));
        List<PowerItemContent.RiskPoint> risks = itemVersion.content().riskPoints() == null ? List.of() : itemVersion.content().riskPoints();
        model.addAttribute("riskPoints", risks);
        model.addAttribute("problems", problems(validation));
        model.addAttribute("validation", validation);
        boolean drawable = definition.steps().size() <= FlowValidator.MAX_STEPS && definition.transitions().size() <= FlowValidator.MAX_TRANSITIONS;
        model.addAttribute("svg", drawable ? rendering.preview(definition, validation.stepKeys(), locale) : "");
        FlowTiming timing = drawable ? FlowValidator.timing(definition) : null;
        model.addAttribute("timing", timing);
        model.addAttribute("today", LocalDate.now(clock).toString());
        model.addAttribute("stepKeys", form.getSteps().stream().filter(s -> s.getKey() != null && !s.getKey().isBlank()).toList());
    }

    private Problems problems(FlowValidation validation) {
        Map<Integer, List<String>> steps = new LinkedHashMap<>();
        Map<Integer, List<String>> transitions = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (FlowProblem p : validation.problems()) {
            String text = message(p.code(), p.args());
            if (!p.error()) {
                warnings.add(text);
                continue;
            }
            Optional<int[]> row = row(p.field());
            if (row.isPresent() && row.get()[0] == 0) {
                steps.computeIfAbsent(row.get()[1], k -> new ArrayList<>()).add(text);
            } else if (row.isPresent()) {
                transitions.computeIfAbsent(row.get()[1], k -> new ArrayList<>()).add(text);
            } else {
                general.add(text);
            }
        }
        return new Problems(steps, transitions, general, warnings);
    }

    /** "steps[3].limit" → {0, 3}; "transitions[1].to" → {1, 1}. */
    static Optional<int[]> row(String field) {
        if (field == null) {
            return Optional.empty();
        }
        for (String prefix : new String[] {"steps[", "transitions["}) {
            if (field.startsWith(prefix)) {
                int close = field.indexOf(']');
                try {
                    return Optional.of(new int[] {prefix.startsWith("steps") ? 0 : 1, Integer.parseInt(field.substring(prefix.length(), close))});
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** A select option: value and label. */
    record Option(String value, String label) {
    }

    /** The department's active posts, "unit · post", the item's unit first. */
    private List<Option> postOptions(PowerItemView item) {
        List<Option> options = new ArrayList<>();
        for (UnitView u : itemPosts.units(item)) {
            for (PostView p : organization.postsOf(u.id())) {
                if (p.active()) {
                    options.add(new Option(String.valueOf(p.id()), u.name() + " · " + p.name()));
                }
            }
        }
        return options;
    }

    private Map<Long, String> postLabels(PowerItemView item) {
        Map<Long, String> labels = new LinkedHashMap<>();
        postOptions(item).forEach(o -> labels.put(Long.valueOf(o.value()), o.label()));
        return labels;
    }

    private Map<String, String> formErrors(SunlightException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            String key = p.field() != null && (p.field().equals("effectiveFrom") || p.field().equals("confirmWarnings")) ? p.field() : "_form";
            errors.merge(key, message(p.code(), p.args()), (a, b) -> a + "；" + b);
        }
        if (errors.isEmpty()) {
            errors.put("_form", message(e.code(), e.args()));
        }
        return errors;
    }

    private List<String> messages(SunlightException e) {
        if (e.problems().isEmpty()) {
            return List.of(message(e.code(), e.args()));
        }
        return e.problems().stream().map(p -> message(p.code(), p.args())).toList();
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }
}
