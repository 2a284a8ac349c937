package org.sunlight.catalog.publicweb;

import java.util.List;
import java.util.Locale;

import org.sunlight.catalog.PowerItemContent;

/**
 * What changed between two consecutive public versions of an item, as the guide page's history shows it.
 * <p>
 * FOR THE LEAD: the catalog-core helper builds the catalog's own {@code VersionDiff} service. When it is
 * merged, implement this interface by delegating to it (or call it directly from {@link PublicGuides})
 * and delete {@link SimpleVersionChanges}. The page only needs the section, the lines removed and the
 * lines added, readable in the reader's language. Both versions given here are already public
 * (unpublished risk points removed).
 */
interface VersionChanges {

    /** One part of the guide that differs, e.g. the legal basis: lines only in the older and only in the newer version. */
    record Change(String sectionKey, List<String> removed, List<String> added) {
    }

    List<Change> between(PowerItemContent older, PowerItemContent newer, Locale locale);
}
