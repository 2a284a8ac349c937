package org.sunlight.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.catalog.internal.CatalogAccess;
import org.sunlight.catalog.internal.CatalogJournal;
import org.sunlight.catalog.internal.CatalogStore;
import org.sunlight.catalog.internal.CatalogStore.SignOff;
import org.sunlight.catalog.internal.SubmissionCheck;
import org.sunlight.common.Checks;
import org.sunlight.common.ConflictException;
import org.sunlight.common.InvalidInputException;
import org.sunlight.identity.Role;

/**
 * The level-by-level sign-off of a version: the clerk submits (every missing field named), the unit
 * head, the leader and the legal reviewer approve in turn, any of them may reject back to DRAFT with
 * an opinion, and the clerk publishes the legally approved version with an effective date.
 * <p>
 * <b>Who publishes:</b> a catalog clerk who may edit the item, after legal approval. Publishing is a
 * separate step because the effective date usually follows the approving document; the legal
 * reviewer's approval alone publishes nothing. The effective date may not be before today (by the
 * application clock) nor before the effective date of the version it supersedes; until a future
 * effective date comes, the superseded version stays in force ({@link CatalogQueries#versionInForce}).
 * <p>
 * Each level is signed by a different person, none of them the one who submitted the version, and
 * nobody signs a level twice. Every step writes a sign-off row and an audit entry. A stale
 * {@code expectedVersion} (someone acted in between) is refused with 409.
 */
@Service
@Transactional
public class CatalogReview {

    public static final int OPINION_MAX = 2000;

    private final CatalogStore store;
    private final CatalogAccess access;
    private final CatalogJournal journal;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogReview(CatalogStore store, CatalogAccess access, CatalogJournal journal, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
    }

    /** The clerk sends a complete draft to the unit head. */
    public PowerItemVersionView submit(long versionId, long expectedVersion) {
        PowerItemVersionView v = Versions.load(store, versionId);
        PowerItemView item = Versions.item(store, v);
        access.requireEdit(item);
        Versions.requireOpenItem(item);
        if (v.state() != VersionState.DRAFT) {
            throw new ConflictException("catalog.submit.not-draft", v.versionNo(), Labelled.state(v.state()));
        }
        if (v.version() != expectedVersion) {
            throw new StaleVersionException(v);
        }
        Checks.start().addAll(SubmissionCheck.problems(v.content())).throwIfAny();
        move(v, VersionState.SUBMITTED, null, null);
        journal.step(item, versionId, "SUBMIT", VersionState.DRAFT, VersionState.SUBMITTED, Role.CATALOG_CLERK,
                access.username(), null, null);
        return Versions.load(store, versionId);
    }

    /** Approval at {@code level}: the version must be waiting for exactly that level. */
    public PowerItemVersionView approve(long versionId, long expectedVersion, ReviewLevel level, String opinion) {
        Checks.start().optionalText(opinion, "opinion", OPINION_MAX).throwIfAny();
        PowerItemVersionView v = checkReview(versionId, expectedVersion, level);
        move(v, level.approved(), null, null);
        journal.step(Versions.item(store, v), versionId, "APPROVE", v.state(), level.approved(), level.role(),
                access.username(), blankToNull(opinion), Map.of("level", level.name()));
        return Versions.load(store, versionId);
    }

    /** Rejection at {@code level} returns the version to DRAFT; the opinion (why) is required. */
    public PowerItemVersionView reject(long versionId, long expectedVersion, ReviewLevel level, String opinion) {
        if (opinion == null || opinion.isBlank()) {
            throw new InvalidInputException("opinion", "catalog.review.opinion-required");
        }
        Checks.start().optionalText(opinion, "opinion", OPINION_MAX).throwIfAny();
        PowerItemVersionView v = checkReview(versionId, expectedVersion, level);
        move(v, VersionState.DRAFT, null, null);
        journal.step(Versions.item(store, v), versionId, "REJECT", v.state(), VersionState.DRAFT, level.role(),
                access.username(), opinion.strip(), Map.of("level", level.name()));
        return Versions.load(store, versionId);
    }

    /**
     * The clerk publishes a legally approved version, in force from {@code effectiveFrom}. The version
     * published before it becomes SUPERSEDED (it stays in the history, and in force until then).
     */
    public PowerItemVersionView publish(long versionId, long expectedVersion, LocalDate effectiveFrom) {
        PowerItemVersionView v = Versions.load(store, versionId);
        PowerItemView item = Versions.item(store, v);
        access.requireEdit(item);
        Versions.requireOpenItem(item);
        if (v.state() != VersionState.LEGAL_APPROVED) {
            throw new ConflictException("catalog.publish.not-reviewed", v.versionNo(), Labelled.state(v.state()));
        }
        if (v.version() != expectedVersion) {
            throw new StaleVersionException(v);
        }
        LocalDate today = LocalDate.now(clock);
        Optional<PowerItemVersionView> previous = store.publishedVersion(item.id());
        if (effectiveFrom == null) {
            throw new InvalidInputException("effectiveFrom", "error.required");
        }
        if (effectiveFrom.isBefore(today)) {
            throw new InvalidInputException("effectiveFrom", "catalog.publish.effective-past", today.toString());
        }
        if (previous.isPresent() && previous.get().effectiveFrom() != null && effectiveFrom.isBefore(previous.get().effectiveFrom())) {
            throw new InvalidInputException("effectiveFrom", "catalog.publish.before-previous", previous.get().versionNo(),
                    previous.get().effectiveFrom().toString());
        }
        Instant now = clock.instant();
        String actor = access.username();
        previous.ifPresent(p -> {
            move(p, VersionState.SUPERSEDED, null, null);
            journal.step(item, p.id(), "SUPERSEDE", VersionState.PUBLISHED, VersionState.SUPERSEDED, Role.CATALOG_CLERK, actor,
                    null, Map.of("by", v.versionNo(), "until", effectiveFrom.toString()));
        });
        move(v, VersionState.PUBLISHED, effectiveFrom, now);
        journal.step(item, versionId, "PUBLISH", VersionState.LEGAL_APPROVED, VersionState.PUBLISHED, Role.CATALOG_CLERK, actor,
                null, Map.of("effectiveFrom", effectiveFrom.toString(), "versionNo", v.versionNo()));
        events.publishEvent(new PowerItemVersionPublished(item.id(), versionId, item.code(), item.departmentId(), v.versionNo(),
                effectiveFrom));
        return Versions.load(store, versionId);
    }

    /** Versions waiting for the signed-in user at {@code level}, within their scope, oldest first. */
    @Transactional(readOnly = true)
    public List<ReviewTask> inbox(ReviewLevel level) {
        return store.awaiting(level, access.reviewScope(level), 500).stream()
                .filter(t -> t.item().lifecycle() != ItemLifecycle.ABOLISHED && t.item().lifecycle() != ItemLifecycle.DELEGATED)
                .toList();
    }

    /** Scope (403), then state (409: not waiting for this level, or already signed), then freshness. */
    private PowerItemVersionView checkReview(long versionId, long expectedVersion, ReviewLevel level) {
        PowerItemVersionView v = Versions.load(store, versionId);
        PowerItemView item = Versions.item(store, v);
        access.requireReview(item, level);
        Versions.requireOpenItem(item);
        if (v.state() != level.awaits()) {
            boolean alreadyPassed = CatalogOverview.isOpen(v.state()) && v.state() != VersionState.DRAFT
                    && v.state().ordinal() > level.awaits().ordinal();
            throw new ConflictException(alreadyPassed ? "catalog.review.already-approved" : "catalog.review.not-awaiting",
                    Labelled.level(level), v.versionNo(), Labelled.state(v.state()));
        }
        String me = access.username();
        for (SignOff s : store.currentRound(versionId)) {
            if (me.equals(s.actor()) && ("SUBMIT".equals(s.action()) || "APPROVE".equals(s.action()))) {
                throw new ConflictException("catalog.review.same-person", v.versionNo());
            }
        }
        if (v.version() != expectedVersion) {
            throw new StaleVersionException(v);
        }
        return v;
    }

    private void move(PowerItemVersionView v, VersionState to, LocalDate effectiveFrom, Instant publishedAt) {
        try {
            store.setState(v.id(), v.version(), to, effectiveFrom, publishedAt, clock.instant());
        } catch (OptimisticLockingFailureException e) {
            throw new StaleVersionException(Versions.load(store, v.id()));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
