package org.sunlight.catalog.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.catalog.CatalogDrafting;
import org.sunlight.catalog.CatalogLifecycle;
import org.sunlight.catalog.CatalogOverview;
import org.sunlight.catalog.CatalogReview;
import org.sunlight.catalog.ItemFilter;
import org.sunlight.catalog.ItemLifecycle;
import org.sunlight.catalog.ItemPage;
import org.sunlight.catalog.NewPowerItem;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemVersionView;
import org.sunlight.catalog.ReviewLevel;
import org.sunlight.catalog.ReviewTask;
import org.sunlight.catalog.StaleVersionException;
import org.sunlight.catalog.UnitAssignment;
import org.sunlight.catalog.VersionComparison;
import org.sunlight.catalog.VersionDiff;
import org.sunlight.catalog.VersionState;
import org.sunlight.catalog.web.ApiModels.Assign;
import org.sunlight.catalog.web.ApiModels.CreateItem;
import org.sunlight.catalog.web.ApiModels.Delegate;
import org.sunlight.catalog.web.ApiModels.DetailJson;
import org.sunlight.catalog.web.ApiModels.EditDraft;
import org.sunlight.catalog.web.ApiModels.Expected;
import org.sunlight.catalog.web.ApiModels.ItemJson;
import org.sunlight.catalog.web.ApiModels.LifecycleChange;
import org.sunlight.catalog.web.ApiModels.Publish;
import org.sunlight.catalog.web.ApiModels.ReviewDecision;
import org.sunlight.common.ConflictException;
import org.sunlight.common.NotFoundException;
import org.sunlight.organization.DepartmentView;

/**
 * The staff catalog API: items, versions, the sign-off steps, lifecycle, unit assignment and diffs.
 * Every refusal is problem+json with a title in the caller's language and, for input, the fields:
 * 400 incomplete or malformed (each missing field named), 403 outside the caller's scope, 404 unknown,
 * 409 an illegal move (with the reason) or a stale version (for a draft, with its current content
 * under {@code current}).
 */
@RestController
@RequestMapping("/api/v1/catalog")
@PreAuthorize(CatalogPages.READERS)
@Tag(name = "Catalog (staff)", description = "Power items, versions, level-by-level sign-off, lifecycle, unit assignment")
class CatalogApi {

    private final CatalogOverview overview;
    private final CatalogDrafting drafting;
    private final CatalogReview review;
    private final CatalogLifecycle lifecycle;
    private final UnitAssignment assignment;
    private final VersionDiff diff;
    private final MessageSource messages;

    CatalogApi(CatalogOverview overview, CatalogDrafting drafting, CatalogReview review, CatalogLifecycle lifecycle,
            UnitAssignment assignment, VersionDiff diff, MessageSource messages) {
        this.overview = overview;
        this.drafting = drafting;
        this.review = review;
        this.lifecycle = lifecycle;
        this.assignment = assignment;
        this.diff = diff;
        this.messages = messages;
    }

    // ---- reading

    @GetMapping("/departments")
    @Operation(summary = "Departments whose catalog the caller may read")
    List<DepartmentView> departments() {
        return overview.departments();
    }

    @GetMapping("/items")
    @Operation(summary = "A department's items with their newest version, filtered and paged")
    ItemPage items(@RequestParam long department, @RequestParam(required = false) Long unit,
            @Parameter(description = "only items assigned to no unit") @RequestParam(defaultValue = "false") boolean unassigned,
            @RequestParam(required = false) PowerCategory category, @RequestParam(required = false) VersionState state,
            @RequestParam(required = false) ItemLifecycle lifecycle, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return overview.list(new ItemFilter(department, unit, unassigned, category, state, lifecycle, q), page, size);
    }

    @GetMapping("/items/{id}")
    @Operation(summary = "An item with its versions, trail and the actions the caller may take now")
    DetailJson item(@PathVariable long id) {
        return DetailJson.of(overview.detail(id));
    }

    @GetMapping("/items/{id}/in-force")
    @Operation(summary = "The version in force on a date (today by default)")
    @ApiResponse(responseCode = "404", description = "no version in force then")
    PowerItemVersionView inForce(@PathVariable long id, @RequestParam(required = false) LocalDate date) {
        return (date == null ? overview.inForceToday(id) : overview.inForce(id, date))
                .orElseThrow(() -> new NotFoundException("catalog.version.none-in-force"));
    }

    @GetMapping("/versions/{id}")
    @Operation(summary = "One version with its content")
    PowerItemVersionView version(@PathVariable long id) {
        return overview.version(id);
    }

    @GetMapping("/versions/{id}/diff")
    @Operation(summary = "What changed in a version: from version {from}, or from the previous version")
    VersionComparison diff(@PathVariable long id, @RequestParam(required = false) Long from, Locale locale) {
        overview.version(id);
        if (from != null) {
            overview.version(from);
            return diff.between(from, id, locale);
        }
        return diff.againstPrevious(id, locale);
    }

    @GetMapping("/reviews/{level}")
    @PreAuthorize("hasAnyRole('UNIT_HEAD','LEADER','LEGAL_REVIEWER')")
    @Operation(summary = "Versions waiting for the caller at a review level (unit_head, leader, legal)")
    List<ReviewTask> inbox(@PathVariable String level) {
        return review.inbox(ReviewLevel.fromKey(level));
    }

    // ---- drafting

    @PostMapping("/items")
    @PreAuthorize("hasRole('CATALOG_CLERK')")
    @Operation(summary = "Add an item with its first draft (content may be incomplete)")
    ResponseEntity<PowerItemVersionView> create(@RequestBody CreateItem body) {
        PowerItemVersionView v = drafting.createItem(new NewPowerItem(body.code(), body.departmentId(), body.unitId(),
                body.seqNo(), body.content()));
        return ResponseEntity.created(URI.create("/api/v1/catalog/items/" + v.itemId())).body(v);
    }

    @PutMapping("/versions/{id}")
    @PreAuthorize("hasRole('CATALOG_CLERK')")
    @Operation(summary = "Replace a draft's content",
            description = "409 when the version is not a draft (make a new version) or when someone saved in between "
                    + "(the body's 'current' holds the content as it now stands)")
    PowerItemVersionView edit(@PathVariable long id, @RequestBody EditDraft body) {
        return drafting.saveDraft(id, ApiModels.version(body.version()), body.content());
    }

    @PostMapping("/items/{id}/versions")
    @PreAuthorize("hasRole('CATALOG_CLERK')")
    @Operation(summary = "Start a new draft version from the published one")
    ResponseEntity<PowerItemVersionView> newVersion(@PathVariable long id) {
        PowerItemVersionView v = drafting.startNewVersion(id);
        return ResponseEntity.created(URI.create("/api/v1/catalog/versions/" + v.id())).body(v);
    }

    // ---- sign-off

    @PostMapping("/versions/{id}/submit")
    @PreAuthorize("hasRole('CATALOG_CLERK')")
    @Operation(summary = "Submit a draft for review; 400 names every missing field")
    PowerItemVersionView submit(@PathVariable long id, @RequestBody Expected body) {
        return review.submit(id, ApiModels.version(body.version()));
    }

    @PostMapping("/versions/{id}/approve")
    @PreAuthorize("hasAnyRole('UNIT_HEAD','LEADER','LEGAL_REVIEWER')")
    @Operation(summary = "Approve at a review level")
    PowerItemVersionView approve(@PathVariable long id, @RequestBody ReviewDecision body) {
        return review.approve(id, ApiModels.version(body.version()), level(id, body.level()), body.opinion());
    }

    @PostMapping("/versions/{id}/reject")
    @PreAuthorize("hasAnyRole('UNIT_HEAD','LEADER','LEGAL_REVIEWER')")
    @Operation(summary = "Reject at a review level back to DRAFT; the opinion is required")
    PowerItemVersionView reject(@PathVariable long id, @RequestBody ReviewDecision body) {
        return review.reject(id, ApiModels.version(body.version()), level(id, body.level()), body.opinion());
    }

    @PostMapping("/versions/{id}/publish")
    @PreAuthorize("hasRole('CATALOG_CLERK')")
    @Operation(summary = "Publish a legally approved version from an effective date (not before today)")
    PowerItemVersionView publish(@PathVariable long id, @RequestBody Publish body) {
        return review.publish(id, ApiModels.version(body.version()), body.effectiveFrom());
    }

    // ---- lifecycle

    @PostMapping("/items/{id}/suspend")
    @PreAuthorize("hasRole('LEADER')")
    @Operation(summary = "Suspend an item (reversible)")
    ItemJson suspend(@PathVariable long id, @RequestBody LifecycleChange body) {
        return ItemJson.of(lifecycle.suspend(id, ApiModels.version(body.version()), body.reason()));
    }

    @PostMapping("/items/{id}/resume")
    @PreAuthorize("hasRole('LEADER')")
    @Operation(summary = "Resume a suspended item")
    ItemJson resume(@PathVariable long id, @RequestBody LifecycleChange body) {
        return ItemJson.of(lifecycle.resume(id, ApiModels.version(body.version()), body.reason()));
    }

    @PostMapping("/items/{id}/abolish")
    @PreAuthorize("hasRole('LEADER')")
    @Operation(summary = "Abolish an item (final); the date may not be in the future")
    ItemJson abolish(@PathVariable long id, @RequestBody LifecycleChange body) {
        return ItemJson.of(lifecycle.abolish(id, ApiModels.version(body.version()), body.reason(), body.abolishedOn()));
    }

    @PostMapping("/items/{id}/delegate")
    @PreAuthorize("hasRole('LEADER')")
    @Operation(summary = "Delegate to a department at a lower level; returns the receiving department's new item")
    ResponseEntity<ItemJson> delegate(@PathVariable long id, @RequestBody Delegate body) {
        ItemJson created = ItemJson.of(lifecycle.delegate(id, ApiModels.version(body.version()),
                new CatalogLifecycle.Delegation(body.departmentId(), body.code(), body.reason())));
        return ResponseEntity.created(URI.create("/api/v1/catalog/items/" + created.id())).body(created);
    }

    // ---- assignment

    @PostMapping("/departments/{id}/assignments")
    @PreAuthorize("hasRole('CATALOG_CLERK')")
    @Operation(summary = "Assign items to a unit by number range (fromSeq, toSeq) or by itemIds")
    UnitAssignment.Result assign(@PathVariable long id, @RequestBody Assign body) {
        if (body.itemIds() != null && !body.itemIds().isEmpty()) {
            return assignment.assignSelected(id, body.itemIds(), body.unitId());
        }
        return assignment.assignRange(id, body.fromSeq(), body.toSeq(), body.unitId());
    }

    // ---- errors

    /** A stale draft: the usual 409 problem, plus the version as it now stands, so nothing is lost. */
    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException e, Locale locale) {
        ProblemDetail pd = ProblemDetail.forStatus(409);
        pd.setTitle(messages.getMessage(e.code(), e.args(), e.code(), locale));
        pd.setDetail(pd.getTitle());
        pd.setType(URI.create("urn:sunlight:problem:" + e.code()));
        pd.setProperties(Map.of("current", e.current()));
        return ResponseEntity.status(409).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    private ReviewLevel level(long versionId, ReviewLevel given) {
        if (given != null) {
            return given;
        }
        PowerItemVersionView v = overview.version(versionId);
        return ReviewLevel.awaiting(v.state())
                .orElseThrow(() -> new ConflictException("catalog.review.nothing-awaiting", v.versionNo()));
    }
}
