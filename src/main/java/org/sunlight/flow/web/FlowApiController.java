package org.sunlight.flow.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.common.InvalidInputException;
import org.sunlight.common.NotFoundException;
import org.sunlight.flow.FlowEditing;
import org.sunlight.flow.FlowModel;
import org.sunlight.flow.FlowProblem;
import org.sunlight.flow.FlowQueries;
import org.sunlight.flow.FlowTemplate;
import org.sunlight.flow.FlowValidation;
import org.sunlight.flow.FlowValidator;
import org.sunlight.flow.FlowVersionView;
import org.sunlight.flow.internal.FlowPermissions;
import org.sunlight.flow.internal.FlowRendering;
import org.sunlight.flow.web.FlowApiModels.Check;
import org.sunlight.flow.web.FlowApiModels.CreateDraft;
import org.sunlight.flow.web.FlowApiModels.MovesJson;
import org.sunlight.flow.web.FlowApiModels.MovesRequest;
import org.sunlight.flow.web.FlowApiModels.ProblemJson;
import org.sunlight.flow.web.FlowApiModels.Publish;
import org.sunlight.flow.web.FlowApiModels.TemplateJson;
import org.sunlight.flow.web.FlowApiModels.UpdateDraft;
import org.sunlight.flow.web.FlowApiModels.ValidationJson;
import org.sunlight.flow.web.FlowApiModels.VersionJson;

@RestController
@RequestMapping("/api/v1/flow")
@PreAuthorize(FlowAccess.STAFF)
@Tag(name = "Flowcharts", description = "运行流程图: templates, drafts, validation, publication, versions in force, BPMN export")
class FlowApiController {

    private final FlowEditing editing;
    private final FlowQueries queries;
    private final FlowPermissions permissions;
    private final FlowRendering rendering;
    private final MessageSource messages;
    private final Clock clock;

    FlowApiController(FlowEditing editing, FlowQueries queries, FlowPermissions permissions, FlowRendering rendering,
            MessageSource messages, Clock clock) {
        this.editing = editing;
        this.queries = queries;
        this.permissions = permissions;
        this.rendering = rendering;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/templates")
    @Operation(summary = "The standard flowcharts per category")
    List<TemplateJson> templates(Locale locale) {
        return editing.templates().stream().map(t -> template(t, locale)).toList();
    }

    @GetMapping("/templates/{code}")
    TemplateJson template(@PathVariable String code, Locale locale) {
        return editing.templates().stream().filter(t -> t.code().equals(code)).findFirst().map(t -> template(t, locale))
                .orElseThrow(() -> new NotFoundException("flow.error.unknown-template", code));
    }

    private TemplateJson template(FlowTemplate t, Locale locale) {
        return new TemplateJson(t.code(), message("flow.template." + t.code(), locale), message("flow.template." + t.code() + ".hint", locale),
                t.basis(), t.categories(), t.start(), t.steps(), t.transitions());
    }

    @PostMapping("/drafts")
    @PreAuthorize(FlowAccess.CLERK)
    @Operation(summary = "Create a draft for an item version from a template or as a copy of another version")
    ResponseEntity<VersionJson> create(@Valid @RequestBody CreateDraft body) {
        boolean fromTemplate = body.template() != null && !body.template().isBlank();
        if (fromTemplate == (body.copyFrom() != null)) {
            throw new InvalidInputException("template", "flow.error.template-or-copy");
        }
        FlowVersionView v = fromTemplate ? editing.createFromTemplate(body.itemVersionId(), body.template())
                : editing.copyToDraft(body.itemVersionId(), body.copyFrom());
        return ResponseEntity.created(URI.create("/api/v1/flow/versions/" + v.id())).body(json(v));
    }

    @GetMapping("/versions/{id}")
    VersionJson version(@PathVariable long id) {
        return json(visible(id));
    }

    @PutMapping("/drafts/{id}")
    @PreAuthorize(FlowAccess.CLERK)
    @Operation(summary = "Replace a draft's content (optimistic lock: send the version you read)")
    VersionJson update(@PathVariable long id, @Valid @RequestBody UpdateDraft body) {
        return json(editing.updateDraft(id, body.version(), body.definition()));
    }

    @PostMapping("/drafts/{id}/validate")
    @PreAuthorize(FlowAccess.CLERK)
    @Operation(summary = "Check a saved draft: errors block publication, warnings need confirmation")
    ValidationJson validateDraft(@PathVariable long id, Locale locale) {
        FlowVersionView v = visible(id);
        return validation(editing.validate(id), v.definition(), locale);
    }

    @PostMapping("/validate")
    @PreAuthorize(FlowAccess.CLERK)
    @Operation(summary = "Check an unsaved definition against an item version")
    ValidationJson validate(@Valid @RequestBody Check body, Locale locale) {
        return validation(editing.validate(body.itemVersionId(), body.definition()), body.definition(), locale);
    }

    @PostMapping("/drafts/{id}/publish")
    @PreAuthorize(FlowAccess.CLERK)
    @Operation(summary = "Publish a draft with its effective date (not before today)")
    VersionJson publish(@PathVariable long id, @Valid @RequestBody Publish body) {
        FlowVersionView v = body.definition() == null
                ? editing.publish(id, body.version(), body.effectiveFrom(), body.confirmed())
                : editing.saveAndPublish(id, body.version(), body.definition(), body.effectiveFrom(), body.confirmed());
        return json(v);
    }

    @DeleteMapping("/drafts/{id}")
    @PreAuthorize(FlowAccess.CLERK)
    ResponseEntity<Void> discard(@PathVariable long id, @RequestParam long version) {
        editing.discard(id, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/items/{itemId}/versions")
    @Operation(summary = "Every flowchart version of an item, newest first (drafts only for its clerk)")
    List<VersionJson> versions(@PathVariable long itemId) {
        boolean editor = permissions.canEdit(permissions.item(itemId));
        return queries.versionsOf(itemId).stream().filter(v -> editor || v.released()).map(this::json).toList();
    }

    @GetMapping("/items/{itemId}/in-force")
    @Operation(summary = "The version a case started on this date uses (default today)")
    VersionJson inForce(@PathVariable long itemId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        return queries.flowInForce(itemId, day).map(this::json)
                .orElseThrow(() -> new NotFoundException("flow.error.none-in-force", day.toString()));
    }

    @GetMapping("/in-force")
    @Operation(summary = "As /items/{itemId}/in-force, by the item's catalog code")
    VersionJson inForceByCode(@RequestParam String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        return queries.flowInForce(code, day).map(this::json)
                .orElseThrow(() -> new NotFoundException("flow.error.none-in-force", day.toString()));
    }

    @GetMapping(value = "/versions/{id}/bpmn", produces = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    @Operation(summary = "The version as BPMN 2.0 XML")
    ResponseEntity<String> bpmn(@PathVariable long id, Locale locale) {
        FlowVersionView v = visible(id);
        String file = rendering.itemCode(v).replaceAll("[^A-Za-z0-9_-]", "_") + "-v" + v.versionNo() + ".bpmn";
        return ResponseEntity.ok().contentType(new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "inline; filename=\"" + file + "\"")
                .body(rendering.bpmn(v, locale));
    }

    @PostMapping("/versions/{id}/moves")
    @Operation(summary = "The moves open from a step for given case variables (how a case would run)")
    MovesJson moves(@PathVariable long id, @Valid @RequestBody MovesRequest body) {
        FlowModel model = queries.model(id).orElseThrow(() -> new NotFoundException("flow.error.version-not-found", id));
        if (model.definition().step(body.step()).isEmpty()) {
            throw new InvalidInputException("step", "flow.move.unknown-step", body.step());
        }
        return new MovesJson(body.step(), model.moves(body.step(), body.variables() == null ? java.util.Map.of() : body.variables()),
                model.variables());
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** A released version for any staff member; a draft only for the clerk who may edit it. */
    private FlowVersionView visible(long id) {
        FlowVersionView v = queries.version(id).orElseThrow(() -> new NotFoundException("flow.error.version-not-found", id));
        if (!v.released()) {
            permissions.requireEditor(v.itemId());
        }
        return v;
    }

    private VersionJson json(FlowVersionView v) {
        return VersionJson.of(v, rendering.itemCode(v));
    }

    private ValidationJson validation(FlowValidation v, org.sunlight.flow.FlowDefinition d, Locale locale) {
        return new ValidationJson(!v.hasErrors(), v.errors().stream().map(p -> problem(p, locale)).toList(),
                v.warnings().stream().map(p -> problem(p, locale)).toList(),
                d.steps().size() > FlowValidator.MAX_STEPS || d.transitions().size() > FlowValidator.MAX_TRANSITIONS ? null
                        : FlowValidator.timing(d));
    }

    private ProblemJson problem(FlowProblem p, Locale locale) {
        return new ProblemJson(p.severity().name(), p.code(), p.field(), p.stepKey(), p.transitionIndex(),
                messages.getMessage(p.code(), p.args(), p.code(), locale));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
