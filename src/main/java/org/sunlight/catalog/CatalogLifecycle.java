package org.sunlight.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.catalog.internal.CatalogAccess;
import org.sunlight.catalog.internal.CatalogJournal;
import org.sunlight.catalog.internal.CatalogStore;
import org.sunlight.catalog.internal.Labels;
import org.sunlight.common.Checks;
import org.sunlight.common.ConflictException;
import org.sunlight.common.InvalidInputException;
import org.sunlight.identity.Role;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.RegionView;

/**
 * The item's own life, decided by a leader of its department: suspend (with a reason; reversible by
 * resume), abolish (reason and date; final), delegate to a department at a lower level. Suspended,
 * abolished and delegated items accept no new cases ({@link PowerItemView#acceptsNewCases()}).
 * <p>
 * Abolition is recorded when it takes effect, so its date may be today or earlier, not later.
 * Delegation creates the item at the receiving department with a copy of the published content as
 * its first version, a DRAFT: the receiving department's clerk fills in its own host unit and
 * contacts and it passes that department's review before it is published there. Both items are
 * linked (delegated_to / delegated_from).
 */
@Service
@Transactional
public class CatalogLifecycle {

    public static final int REASON_MAX = 1000;

    private final CatalogStore store;
    private final CatalogAccess access;
    private final CatalogJournal journal;
    private final OrganizationDirectory organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogLifecycle(CatalogStore store, CatalogAccess access, CatalogJournal journal, OrganizationDirectory organization,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.access = access;
        this.journal = journal;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    /** Command to delegate: the receiving department, the code there (defaults to code-regionCode), why. */
    public record Delegation(Long departmentId, String code, String reason) {
    }

    public PowerItemView suspend(long itemId, long expectedVersion, String reason) {
        reason(reason);
        PowerItemView item = load(itemId);
        if (item.lifecycle() != ItemLifecycle.ACTIVE) {
            throw illegal(item, "suspend");
        }
        fresh(item, expectedVersion);
        return change(item, ItemLifecycle.SUSPENDED, reason.strip(), null, null, "SUSPEND", Map.of());
    }

    public PowerItemView resume(long itemId, long expectedVersion, String reason) {
        reason(reason);
        PowerItemView item = load(itemId);
        if (item.lifecycle() == ItemLifecycle.ABOLISHED) {
            throw new ConflictException("catalog.lifecycle.abolished-final", (Object) item.code());
        }
        if (item.lifecycle() != ItemLifecycle.SUSPENDED) {
            throw illegal(item, "resume");
        }
        fresh(item, expectedVersion);
        return change(item, ItemLifecycle.ACTIVE, null, null, null, "RESUME", Map.of("reason", reason.strip()));
    }

    public PowerItemView abolish(long itemId, long expectedVersion, String reason, LocalDate on) {
        Checks checks = Checks.start();
        checks.text(reason, "reason", REASON_MAX);
        checks.require(on != null, "abolishedOn", "error.required");
        LocalDate today = LocalDate.now(clock);
        if (on != null) {
            checks.require(!on.isAfter(today), "abolishedOn", "catalog.abolish.future", today.toString());
        }
        checks.throwIfAny();
        PowerItemView item = load(itemId);
        if (item.lifecycle() != ItemLifecycle.ACTIVE && item.lifecycle() != ItemLifecycle.SUSPENDED) {
            throw illegal(item, "abolish");
        }
        fresh(item, expectedVersion);
        return change(item, ItemLifecycle.ABOLISHED, reason.strip(), on, null, "ABOLISH", Map.of("abolishedOn", on.toString()));
    }

    /** Delegates the item; returns the new item at the receiving department. */
    public PowerItemView delegate(long itemId, long expectedVersion, Delegation cmd) {
        Checks checks = Checks.start();
        checks.text(cmd.reason(), "reason", REASON_MAX);
        checks.require(cmd.departmentId() != null, "departmentId", "error.required");
        String code = cmd.code() == null ? null : cmd.code().strip();
        if (code != null && !code.isEmpty()) {
            checks.require(code.length() <= CatalogDrafting.CODE_MAX && CatalogDrafting.CODE.matcher(code).matches(), "code",
                    "catalog.item.code-format");
        }
        checks.throwIfAny();
        PowerItemView item = load(itemId);
        if (item.lifecycle() != ItemLifecycle.ACTIVE && item.lifecycle() != ItemLifecycle.SUSPENDED) {
            throw illegal(item, "delegate");
        }
        fresh(item, expectedVersion);
        PowerItemVersionView published = store.publishedVersion(itemId)
                .orElseThrow(() -> new ConflictException("catalog.delegate.nothing-published", (Object) item.code()));
        DepartmentView from = organization.department(item.departmentId()).orElseThrow();
        DepartmentView to = organization.department(cmd.departmentId()).filter(DepartmentView::active)
                .orElseThrow(() -> new InvalidInputException("departmentId", "catalog.item.department-unknown"));
        RegionView toRegion = organization.region(to.regionCode()).orElseThrow();
        if (toRegion.code().equals(from.regionCode()) || !toRegion.within(from.regionCode())) {
            throw new InvalidInputException("departmentId", "catalog.delegate.not-lower", to.name(), from.name());
        }
        String newCode = code == null || code.isEmpty() ? item.code() + "-" + toRegion.code() : code;
        if (store.codeTaken(newCode)) {
            throw new ConflictException("code", "catalog.item.code-taken", newCode);
        }
        Instant now = clock.instant();
        String actor = access.username();
        long newId = store.insertItem(newCode, to.id(), null, store.nextSeqNo(to.id()), now);
        store.setDelegatedFrom(newId, item.id());
        long versionId = store.insertVersion(newId, 1, VersionState.DRAFT, published.content(), now, actor);
        PowerItemView received = store.item(newId).orElseThrow();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("toDepartmentId", to.id());
        details.put("toItemId", newId);
        details.put("toCode", newCode);
        change(item, ItemLifecycle.DELEGATED, cmd.reason().strip(), null, newId, "DELEGATE", details);
        journal.step(received, versionId, "RECEIVE", null, VersionState.DRAFT, Role.LEADER, actor, cmd.reason().strip(),
                Map.of("fromItemId", item.id(), "fromCode", item.code(), "fromVersionNo", published.versionNo()));
        return received;
    }

    /** Scope first (403); the caller then checks the state (409) before freshness ({@link #fresh}). */
    private PowerItemView load(long itemId) {
        PowerItemView item = Versions.loadItem(store, itemId);
        access.requireLifecycle(item);
        return item;
    }

    private static void fresh(PowerItemView item, long expectedVersion) {
        if (item.version() != expectedVersion) {
            throw new ConflictException("error.stale");
        }
    }

    private PowerItemView change(PowerItemView item, ItemLifecycle to, String reason, LocalDate abolishedOn, Long delegatedTo,
            String action, Map<String, Object> details) {
        try {
            store.setLifecycle(item.id(), item.version(), to, reason, abolishedOn, delegatedTo);
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            throw new ConflictException("error.stale");
        }
        Map<String, Object> all = new LinkedHashMap<>(details);
        all.put("lifecycle", to.name());
        all.put("previous", item.lifecycle().name());
        journal.step(item, null, action, null, null, Role.LEADER, access.username(), reason, all);
        events.publishEvent(new PowerItemLifecycleChanged(item.id(), item.code(), item.departmentId(), to,
                reason != null ? reason : (String) details.get("reason")));
        return store.item(item.id()).orElseThrow();
    }

    private static void reason(String reason) {
        Checks.start().text(reason, "reason", REASON_MAX).throwIfAny();
    }

    private static ConflictException illegal(PowerItemView item, String action) {
        return new ConflictException("catalog.lifecycle.illegal", Labels.key("catalog.action." + action),
                Labels.of(item.lifecycle()), item.code());
    }
}
