package org.sunlight.catalog;

import java.util.List;
import java.util.Set;

/**
 * Everything the staff item page shows: the item, its versions (newest first), its trail, and what
 * the signed-in user may do now: {@code actions}, and {@code reviewLevel} when they can sign the
 * open version at a review level.
 */
public record ItemDetail(PowerItemView item, List<PowerItemVersionView> versions, List<SignOffView> trail,
        Set<CatalogAction> actions, ReviewLevel reviewLevel) {

    /** The version being drafted or reviewed, if any. */
    public PowerItemVersionView openVersion() {
        return versions.stream().filter(v -> CatalogOverview.isOpen(v.state())).findFirst().orElse(null);
    }

    /** The version currently published (in force or about to be), if any. */
    public PowerItemVersionView publishedVersion() {
        return versions.stream().filter(v -> v.state() == VersionState.PUBLISHED).findFirst().orElse(null);
    }
}
