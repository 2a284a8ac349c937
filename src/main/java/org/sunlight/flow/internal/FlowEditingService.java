package org.sunlight.flow.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.ItemLifecycle;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemVersionView;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.catalog.VersionState;
import org.sunlight.common.ConflictException;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.InvalidInputException;
import org.sunlight.common.NotFoundException;
import org.sunlight.flow.FlowDefinition;
import org.sunlight.flow.FlowEditing;
import org.sunlight.flow.FlowProblem;
import org.sunlight.flow.FlowTemplate;
import org.sunlight.flow.FlowValidation;
import org.sunlight.flow.FlowValidator;
import org.sunlight.flow.FlowVersionPublished;
import org.sunlight.flow.FlowVersionView;
import org.sunlight.identity.CurrentUser;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.PostView;

@Service
@Transactional
class FlowEditingService implements FlowEditing {

    private final FlowStore store;
    private final FlowJson json;
    private final FlowTemplateLibrary templates;
    private final FlowPermissions permissions;
    private final ItemPosts itemPosts;
    private final CatalogQueries catalog;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FlowEditingService(FlowStore store, FlowJson json, FlowTemplateLibrary templates, FlowPermissions permissions, ItemPosts itemPosts,
            CatalogQueries catalog, OrganizationDirectory organization, CurrentUser currentUser, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.json = json;
        this.templates = templates;
        this.permissions = permissions;
        this.itemPosts = itemPosts;
        this.catalog = catalog;
        this.organization = organization;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FlowTemplate> templates() {
        return templates.all();
    }

    @Override
    @Transactional(readOnly = true)
    public List<FlowTemplate> templatesFor(PowerCategory category) {
        return templates.forCategory(category);
    }

    @Override
    public FlowVersionView createFromTemplate(long itemVersionId, String templateCode) {
        FlowTemplate template = templates.get(templateCode)
                .orElseThrow(() -> new InvalidInputException("template", "flow.error.unknown-template", templateCode));
        PowerItemVersionView itemVersion = draftableItemVersion(itemVersionId);
        PowerItemView item = permissions.item(itemVersion.itemId());
        Map<String, Long> posts = itemPosts.byName(item);
        List<PowerItemContent.RiskPoint> risks = itemVersion.content().riskPoints();
        FlowDefinition definition = template.instantiate(name -> Optional.ofNullable(posts.get(name)), risks);
        return createDraft(itemVersion, template.code(), definition);
    }

    @Override
    public FlowVersionView copyToDraft(long itemVersionId, long sourceFlowVersionId) {
        PowerItemVersionView itemVersion = draftableItemVersion(itemVersionId);
        FlowVersionView source = store.find(sourceFlowVersionId)
                .filter(v -> v.itemId() == itemVersion.itemId())
                .orElseThrow(() -> new InvalidInputException("copyFrom", "flow.error.unknown-source", sourceFlowVersionId));
        return createDraft(itemVersion, source.template(), source.definition());
    }

    private PowerItemVersionView draftableItemVersion(long itemVersionId) {
        PowerItemVersionView v = catalog.version(itemVersionId)
                .orElseThrow(() -> new NotFoundException("flow.error.item-version-not-found", itemVersionId));
        PowerItemView item = permissions.requireEditor(v.itemId());
        if (item.lifecycle() == ItemLifecycle.ABOLISHED) {
            throw new ConflictException("itemVersionId", "flow.error.item-abolished");
        }
        if (v.state() == VersionState.SUPERSEDED) {
            throw new ConflictException("itemVersionId", "flow.error.item-version-superseded", v.versionNo());
        }
        return v;
    }

    private FlowVersionView createDraft(PowerItemVersionView itemVersion, String template, FlowDefinition definition) {
        store.draftOf(itemVersion.itemId()).ifPresent(d -> {
            throw new ConflictException("flow.error.draft-exists", d.versionNo(), d.id());
        });
        Instant now = clock.instant();
        String by = currentUser.actor().username();
        int no = store.nextVersionNo(itemVersion.itemId());
        long id = store.insertDraft(itemVersion.itemId(), itemVersion.id(), no, template, definition, now, by);
        audit.record(AuditEntry.of("flow.draft.create", "flow_version", id)
                .after(json.summary(summary(itemVersion.itemId(), itemVersion.id(), no, template, definition))));
        return store.find(id).orElseThrow();
    }

    @Override
    public FlowVersionView updateDraft(long id, long expectedVersion, FlowDefinition definition) {
        FlowVersionView draft = editableDraft(id);
        checkSize(definition);
        store.updateDraft(id, expectedVersion, definition, clock.instant(), currentUser.actor().username());
        audit.record(AuditEntry.of("flow.draft.update", "flow_version", id)
                .before(json.write(draft.definition()))
                .after(json.write(definition)));
        return store.find(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public FlowValidation validate(long itemVersionId, FlowDefinition definition) {
        PowerItemVersionView itemVersion = catalog.version(itemVersionId)
                .orElseThrow(() -> new NotFoundException("flow.error.item-version-not-found", itemVersionId));
        permissions.requireEditor(itemVersion.itemId());
        return FlowValidator.validate(definition, context(itemVersion));
    }

    @Override
    @Transactional(readOnly = true)
    public FlowValidation validate(long id) {
        FlowVersionView v = store.find(id).orElseThrow(() -> new NotFoundException("flow.error.version-not-found", id));
        return validate(v.itemVersionId(), v.definition());
    }

    @Override
    public FlowVersionView publish(long id, long expectedVersion, LocalDate effectiveFrom, boolean confirmWarnings) {
        FlowVersionView draft = editableDraft(id);
        if (draft.version() != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("flow_version " + id + " is stale");
        }
        PowerItemVersionView itemVersion = catalog.version(draft.itemVersionId())
                .orElseThrow(() -> new NotFoundException("flow.error.item-version-not-found", draft.itemVersionId()));
        FlowValidation validation = FlowValidator.validate(draft.definition(), context(itemVersion));
        List<FieldProblem> problems = new ArrayList<>();
        validation.errors().forEach(p -> problems.add(p.toFieldProblem()));
        problems.addAll(dateProblems(draft, itemVersion, effectiveFrom));
        if (itemVersion.state() != VersionState.PUBLISHED) {
            problems.add(FieldProblem.of("itemVersionId", "flow.error.item-version-not-published", itemVersion.versionNo()));
        }
        if (permissions.item(draft.itemId()).lifecycle() == ItemLifecycle.ABOLISHED) {
            problems.add(FieldProblem.of("itemVersionId", "flow.error.item-abolished"));
        }
        if (problems.isEmpty() && !validation.warnings().isEmpty() && !confirmWarnings) {
            validation.warnings().forEach(p -> problems.add(p.toFieldProblem()));
            problems.add(FieldProblem.of("confirmWarnings", "flow.error.confirm-warnings"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        String by = currentUser.actor().username();
        boolean confirmed = !validation.warnings().isEmpty();
        store.publish(id, expectedVersion, effectiveFrom, confirmed, now, by);
        List<Long> superseded = store.supersedeOthers(draft.itemId(), id, now, by);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("itemId", draft.itemId());
        after.put("versionNo", draft.versionNo());
        after.put("effectiveFrom", effectiveFrom.toString());
        after.put("warningsConfirmed", validation.warnings().stream().map(FlowProblem::code).toList());
        after.put("superseded", superseded);
        after.put("definition", draft.definition());
        audit.record(AuditEntry.of("flow.publish", "flow_version", id).before("DRAFT").after(json.summary(after)));
        events.publishEvent(new FlowVersionPublished(id, draft.itemId(), draft.itemVersionId(), draft.versionNo(), effectiveFrom));
        return store.find(id).orElseThrow();
    }

    @Override
    public FlowVersionView saveAndPublish(long id, long expectedVersion, FlowDefinition definition, LocalDate effectiveFrom,
            boolean confirmWarnings) {
        FlowVersionView saved = updateDraft(id, expectedVersion, definition);
        return publish(id, saved.version(), effectiveFrom, confirmWarnings);
    }

    @Override
    public void discard(long id, long expectedVersion) {
        FlowVersionView draft = editableDraft(id);
        store.deleteDraft(id, expectedVersion);
        audit.record(AuditEntry.of("flow.draft.discard", "flow_version", id)
                .before(json.summary(summary(draft.itemId(), draft.itemVersionId(), draft.versionNo(), draft.template(), draft.definition()))));
    }

    // ---- rules ----------------------------------------------------------------------------------

    /** Effective-date rules: a date is given, not before today, the catalog version or a previous version. */
    private List<FieldProblem> dateProblems(FlowVersionView draft, PowerItemVersionView itemVersion, LocalDate effectiveFrom) {
        List<FieldProblem> problems = new ArrayList<>();
        if (effectiveFrom == null) {
            problems.add(FieldProblem.of("effectiveFrom", "error.required"));
            return problems;
        }
        LocalDate today = LocalDate.now(clock);
        if (effectiveFrom.isBefore(today)) {
            problems.add(FieldProblem.of("effectiveFrom", "flow.error.effective-before-publication", today.toString()));
        }
        if (itemVersion.effectiveFrom() != null && effectiveFrom.isBefore(itemVersion.effectiveFrom())) {
            problems.add(FieldProblem.of("effectiveFrom", "flow.error.effective-before-item-version", itemVersion.versionNo(),
                    itemVersion.effectiveFrom().toString()));
        }
        store.latestEffective(draft.itemId()).filter(effectiveFrom::isBefore).ifPresent(previous ->
                problems.add(FieldProblem.of("effectiveFrom", "flow.error.effective-before-previous", previous.toString())));
        if (effectiveFrom.isAfter(today.plusYears(5))) {
            problems.add(FieldProblem.of("effectiveFrom", "flow.error.effective-too-late"));
        }
        return problems;
    }

    private FlowVersionView editableDraft(long id) {
        FlowVersionView v = store.find(id).orElseThrow(() -> new NotFoundException("flow.error.version-not-found", id));
        permissions.requireEditor(v.itemId());
        if (!v.draft()) {
            throw new ConflictException("flow.error.not-draft", v.versionNo());
        }
        return v;
    }

    private static void checkSize(FlowDefinition d) {
        if (d.steps().size() > FlowValidator.MAX_STEPS) {
            throw new InvalidInputException("steps", "flow.problem.too-many-steps", FlowValidator.MAX_STEPS);
        }
        if (d.transitions().size() > FlowValidator.MAX_TRANSITIONS) {
            throw new InvalidInputException("transitions", "flow.problem.too-many-transitions", FlowValidator.MAX_TRANSITIONS);
        }
    }

    FlowValidator.Context context(PowerItemVersionView itemVersion) {
        PowerItemContent c = itemVersion.content();
        int risks = c.riskPoints() == null ? 0 : c.riskPoints().size();
        return FlowValidator.Context.of(c.promisedLimit(), risks,
                postId -> organization.post(postId).map(PostView::active).orElse(false));
    }

    private static Map<String, Object> summary(long itemId, long itemVersionId, int versionNo, String template, FlowDefinition d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("itemId", itemId);
        m.put("itemVersionId", itemVersionId);
        m.put("versionNo", versionNo);
        m.put("template", template);
        m.put("steps", d.steps().size());
        m.put("transitions", d.transitions().size());
        return m;
    }
}
