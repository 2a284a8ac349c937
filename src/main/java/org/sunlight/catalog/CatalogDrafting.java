package org.sunlight.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.catalog.internal.CatalogAccess;
import org.sunlight.catalog.internal.CatalogJournal;
import org.sunlight.catalog.internal.CatalogStore;
import org.sunlight.catalog.internal.ContentCodec;
import org.sunlight.catalog.internal.ContentRules;
import org.sunlight.common.Checks;
import org.sunlight.common.ConflictException;
import org.sunlight.identity.Role;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.UnitView;

/**
 * The catalog clerk's writing: add an item with its first draft, save a draft, start a new draft
 * from the published version. Drafts may be incomplete; {@link CatalogReview#submit} checks
 * completeness. A published (or superseded, or in-review) version is never edited: a change is a
 * new version.
 */
@Service
@Transactional
public class CatalogDrafting {

    /** Power codes: letters, digits, dot, dash, underscore (they appear in addresses and file names). */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    public static final int CODE_MAX = 64;

    private final CatalogStore store;
    private final CatalogAccess access;
    private final CatalogJournal journal;
    private final ContentCodec codec;
    private final OrganizationDirectory organization;
    private final Clock clock;

    CatalogDrafting(CatalogStore store, CatalogAccess access, CatalogJournal journal, ContentCodec codec,
            OrganizationDirectory organization, Clock clock) {
        this.store = store;
        this.access = access;
        this.journal = journal;
        this.codec = codec;
        this.organization = organization;
        this.clock = clock;
    }

    /** Adds an item to a department's catalog with a first DRAFT version; returns that version. */
    public PowerItemVersionView createItem(NewPowerItem cmd) {
        Checks checks = Checks.start();
        String code = cmd.code() == null ? null : cmd.code().strip();
        checks.text(code, "code", CODE_MAX);
        if (code != null && !code.isEmpty() && code.length() <= CODE_MAX) {
            checks.require(CODE.matcher(code).matches(), "code", "catalog.item.code-format");
        }
        checks.require(cmd.departmentId() != null, "departmentId", "error.required");
        DepartmentView department = cmd.departmentId() == null ? null : organization.department(cmd.departmentId()).orElse(null);
        if (cmd.departmentId() != null) {
            checks.require(department != null && department.active(), "departmentId", "catalog.item.department-unknown");
        }
        if (cmd.unitId() != null && department != null) {
            UnitView unit = organization.unit(cmd.unitId()).orElse(null);
            checks.require(unit != null && unit.active() && unit.departmentId() == department.id(), "unitId",
                    "catalog.item.unit-not-in-department");
        }
        if (cmd.seqNo() != null) {
            checks.require(cmd.seqNo() >= 1, "seqNo", "catalog.item.seq-positive");
        }
        PowerItemContent content = ContentRules.normalize(cmd.content());
        checks.addAll(ContentRules.saveProblems(content));
        checks.throwIfAny();

        access.requireCreate(department.id(), cmd.unitId());
        if (store.codeTaken(code)) {
            throw new ConflictException("code", "catalog.item.code-taken", code);
        }
        if (cmd.seqNo() != null && store.seqTaken(department.id(), cmd.seqNo())) {
            throw new ConflictException("seqNo", "catalog.item.seq-taken", String.valueOf(cmd.seqNo()));
        }
        int seqNo = cmd.seqNo() != null ? cmd.seqNo() : store.nextSeqNo(department.id());
        Instant now = clock.instant();
        String actor = access.username();
        long itemId = store.insertItem(code, department.id(), cmd.unitId(), seqNo, now);
        long versionId = store.insertVersion(itemId, 1, VersionState.DRAFT, content, now, actor);
        PowerItemView item = store.item(itemId).orElseThrow();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("departmentId", department.id());
        details.put("unitId", cmd.unitId());
        details.put("seqNo", seqNo);
        details.put("name", content.name());
        journal.step(item, versionId, "CREATE", null, VersionState.DRAFT, Role.CATALOG_CLERK, actor, null, details);
        return store.version(versionId).orElseThrow();
    }

    /**
     * Replaces a draft's content. {@code expectedVersion} is the version the editor loaded: when
     * someone saved in between, nothing is written and {@link StaleVersionException} carries the
     * content as it now stands.
     */
    public PowerItemVersionView saveDraft(long versionId, long expectedVersion, PowerItemContent content) {
        PowerItemVersionView current = Versions.load(store, versionId);
        PowerItemView item = Versions.item(store, current);
        access.requireEdit(item);
        Versions.requireOpenItem(item);
        Versions.requireEditable(current);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException(current);
        }
        PowerItemContent tidy = ContentRules.normalize(content);
        Checks.start().addAll(ContentRules.saveProblems(tidy)).throwIfAny();
        try {
            store.updateContent(versionId, expectedVersion, tidy, clock.instant());
        } catch (OptimisticLockingFailureException e) {
            throw new StaleVersionException(Versions.load(store, versionId));
        }
        journal.record("catalog.edit", "power_item_version", versionId, codec.write(current.content()), codec.write(tidy),
                Role.CATALOG_CLERK);
        return Versions.load(store, versionId);
    }

    /** Starts a new DRAFT version as a copy of the published one; an item has at most one open version. */
    public PowerItemVersionView startNewVersion(long itemId) {
        PowerItemView item = Versions.loadItem(store, itemId);
        access.requireEdit(item);
        Versions.requireOpenItem(item);
        store.openVersion(itemId).ifPresent(open -> {
            throw new ConflictException("catalog.version.open-exists", open.versionNo(), Labelled.state(open.state()));
        });
        PowerItemVersionView published = store.publishedVersion(itemId)
                .orElseThrow(() -> new ConflictException("catalog.version.nothing-published"));
        int versionNo = store.nextVersionNo(itemId);
        long versionId = store.insertVersion(itemId, versionNo, VersionState.DRAFT, published.content(), clock.instant(),
                access.username());
        journal.step(item, versionId, "NEW_VERSION", null, VersionState.DRAFT, Role.CATALOG_CLERK, access.username(), null,
                Map.of("versionNo", versionNo, "from", published.versionNo()));
        return Versions.load(store, versionId);
    }
}
