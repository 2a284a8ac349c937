package org.sunlight.catalog.publicweb;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.catalog.ItemLifecycle;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemVersionView;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.catalog.VersionState;
import org.sunlight.catalog.internal.CatalogStore;
import org.sunlight.catalog.search.PublicContent;
import org.sunlight.catalog.search.PublicVisibility;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.RegionView;

/**
 * The service guide (办事指南) of one item as the public sees it: the version in force today (or the one
 * asked for), the upcoming version if one is published for a later date, and the history of every public
 * version with what changed from the one before. Drafts and versions under review never appear; an item
 * that has never been published does not exist for the public.
 */
@Service
@Transactional(readOnly = true)
class PublicGuides {

    /** How a public version stands today. */
    enum Standing {
        /** in force today */
        IN_FORCE,
        /** published, takes effect on a later date */
        UPCOMING,
        /** was in force (or was replaced before it took effect); kept in the public history */
        SUPERSEDED
    }

    record HistoryEntry(int versionNo, LocalDate effectiveFrom, Instant publishedAt, Standing standing,
            List<VersionChanges.Change> changes) {
    }

    record Guide(PowerItemView item, DepartmentView department, List<RegionView> regionPath, PowerItemVersionView version,
            PowerItemContent content, Standing standing, PowerItemVersionView inForce, PowerItemVersionView upcoming,
            List<HistoryEntry> history, String delegatedToCode, String delegatedFromCode, boolean listed) {

        public String regionNames() {
            return String.join(" › ", regionPath.stream().map(RegionView::name).toList());
        }
    }

    private final CatalogStore store;
    private final OrganizationDirectory directory;
    private final VersionChanges changes;
    private final Clock clock;

    PublicGuides(CatalogStore store, OrganizationDirectory directory, VersionChanges changes, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.changes = changes;
        this.clock = clock;
    }

    /** The guide of {@code code}; {@code versionNo} null means the version in force (else the upcoming one). */
    Optional<Guide> guide(String code, Integer versionNo, Locale locale) {
        PowerItemView item = store.itemByCode(code).orElse(null);
        if (item == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        // public versions, oldest first
        List<PowerItemVersionView> published = store.versions(item.id()).stream()
                .filter(v -> (v.state() == VersionState.PUBLISHED || v.state() == VersionState.SUPERSEDED) && v.effectiveFrom() != null)
                .sorted(Comparator.comparingInt(PowerItemVersionView::versionNo))
                .toList();
        if (published.isEmpty()) {
            return Optional.empty();
        }
        PowerItemVersionView inForce = published.stream().filter(v -> !v.effectiveFrom().isAfter(today))
                .max(Comparator.comparing(PowerItemVersionView::effectiveFrom).thenComparingInt(PowerItemVersionView::versionNo))
                .orElse(null);
        PowerItemVersionView upcoming = published.stream().filter(v -> v.effectiveFrom().isAfter(today))
                .min(Comparator.comparing(PowerItemVersionView::effectiveFrom).thenComparingInt(PowerItemVersionView::versionNo))
                .orElse(null);
        PowerItemVersionView shown;
        if (versionNo != null) {
            shown = published.stream().filter(v -> v.versionNo() == versionNo).findFirst().orElse(null);
            if (shown == null) {
                return Optional.empty();
            }
        } else {
            shown = inForce != null ? inForce : upcoming;
        }

        List<HistoryEntry> history = new ArrayList<>();
        PowerItemContent previous = null;
        for (PowerItemVersionView v : published) {
            PowerItemContent content = PublicContent.of(v.content());
            List<VersionChanges.Change> diff = previous == null ? List.of() : changes.between(previous, content, locale);
            history.add(new HistoryEntry(v.versionNo(), v.effectiveFrom(), v.publishedAt(), standing(v, inForce, today), diff));
            previous = content;
        }
        history.sort(Comparator.comparingInt(HistoryEntry::versionNo).reversed());

        DepartmentView department = directory.department(item.departmentId()).orElse(null);
        List<RegionView> path = department == null ? List.of() : directory.region(department.regionCode())
                .map(r -> r.path().stream().map(directory::region).flatMap(Optional::stream).toList()).orElse(List.of());
        String delegatedTo = item.delegatedToItemId() == null ? null : store.item(item.delegatedToItemId()).map(PowerItemView::code).orElse(null);
        String delegatedFrom = item.delegatedFromItemId() == null ? null : store.item(item.delegatedFromItemId()).map(PowerItemView::code).orElse(null);
        boolean listed = inForce != null && PublicVisibility.listed(item.lifecycle(), item.abolishedOn(), today);
        return Optional.of(new Guide(item, department, path, shown, PublicContent.of(shown.content()), standing(shown, inForce, today),
                inForce, upcoming, history, delegatedTo, delegatedFrom, listed));
    }

    private static Standing standing(PowerItemVersionView v, PowerItemVersionView inForce, LocalDate today) {
        if (v.effectiveFrom().isAfter(today)) {
            return Standing.UPCOMING;
        }
        return inForce != null && inForce.id() == v.id() ? Standing.IN_FORCE : Standing.SUPERSEDED;
    }

    static boolean ended(PowerItemView item, LocalDate today) {
        return item.lifecycle() == ItemLifecycle.ABOLISHED && (item.abolishedOn() == null || !item.abolishedOn().isAfter(today));
    }
}
