package org.sunlight.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.catalog.internal.CatalogAccess;
import org.sunlight.catalog.internal.CatalogStore;
import org.sunlight.organization.DepartmentView;

/**
 * What staff read of the catalog, within their scope (403 outside it): a department's list with
 * filters, an item with its versions, trail and the actions the user may take now, one version.
 * Other modules read published data through {@link CatalogQueries} instead.
 */
@Service
@Transactional(readOnly = true)
public class CatalogOverview {

    public static final int PAGE_SIZE_MAX = 200;

    private final CatalogStore store;
    private final CatalogAccess access;
    private final Clock clock;

    CatalogOverview(CatalogStore store, CatalogAccess access, Clock clock) {
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    /** Drafting or under review: not yet published, at most one per item. */
    public static boolean isOpen(VersionState state) {
        return state != VersionState.PUBLISHED && state != VersionState.SUPERSEDED;
    }

    /** Departments whose catalog the user may read. */
    public List<DepartmentView> departments() {
        return access.readableDepartments();
    }

    /** Departments where the user is a catalog clerk (may add items). */
    public List<DepartmentView> clerkDepartments() {
        return access.clerkDepartments();
    }

    public ItemPage list(ItemFilter filter, int page, int size) {
        access.requireRead(filter.departmentId());
        int s = Math.max(1, Math.min(size, PAGE_SIZE_MAX));
        int p = Math.max(0, page);
        return new ItemPage(store.summaries(filter, p * s, s), store.countSummaries(filter), p, s);
    }

    public ItemDetail detail(long itemId) {
        PowerItemView item = Versions.loadItem(store, itemId);
        access.requireRead(item.departmentId());
        List<PowerItemVersionView> versions = store.versions(itemId);
        Set<CatalogAction> actions = EnumSet.noneOf(CatalogAction.class);
        ReviewLevel reviewLevel = null;
        boolean closed = item.lifecycle() == ItemLifecycle.ABOLISHED || item.lifecycle() == ItemLifecycle.DELEGATED;
        PowerItemVersionView open = versions.stream().filter(v -> isOpen(v.state())).findFirst().orElse(null);
        boolean published = versions.stream().anyMatch(v -> v.state() == VersionState.PUBLISHED);
        if (!closed) {
            boolean clerk = access.mayEdit(item);
            if (open == null && published && clerk) {
                actions.add(CatalogAction.NEW_VERSION);
            }
            if (open != null && open.state() == VersionState.DRAFT && clerk) {
                actions.add(CatalogAction.EDIT);
                actions.add(CatalogAction.SUBMIT);
            }
            if (open != null && open.state() == VersionState.LEGAL_APPROVED && clerk) {
                actions.add(CatalogAction.PUBLISH);
            }
            Optional<ReviewLevel> awaiting = open == null ? Optional.empty() : ReviewLevel.awaiting(open.state());
            if (awaiting.isPresent() && access.mayReview(item, awaiting.get())) {
                actions.add(CatalogAction.REVIEW);
                reviewLevel = awaiting.get();
            }
            if (access.mayManageLifecycle(item)) {
                if (item.lifecycle() == ItemLifecycle.ACTIVE) {
                    actions.add(CatalogAction.SUSPEND);
                } else {
                    actions.add(CatalogAction.RESUME);
                }
                actions.add(CatalogAction.ABOLISH);
                if (published) {
                    actions.add(CatalogAction.DELEGATE);
                }
            }
        }
        return new ItemDetail(item, versions, store.trail(itemId), actions, reviewLevel);
    }

    public PowerItemVersionView version(long versionId) {
        PowerItemVersionView v = Versions.load(store, versionId);
        access.requireRead(Versions.item(store, v).departmentId());
        return v;
    }

    /** The version in force today (by the application clock), if any. */
    public Optional<PowerItemVersionView> inForceToday(long itemId) {
        return inForce(itemId, LocalDate.now(clock));
    }

    /** The version in force on {@code date}, if any. */
    public Optional<PowerItemVersionView> inForce(long itemId, LocalDate date) {
        PowerItemView item = Versions.loadItem(store, itemId);
        access.requireRead(item.departmentId());
        return store.versionInForce(itemId, date);
    }

    /** Whether the user may assign the department's items to units (department clerks only). */
    public boolean mayAssign(long departmentId) {
        return access.mayAssign(departmentId);
    }

    /** For a unit clerk, the units they are limited to within the department; empty for a department clerk. */
    public Set<Long> clerkUnitsOnly(long departmentId) {
        return access.clerkUnitsOnly(departmentId);
    }
}
