package org.sunlight.catalog.publicweb;

import java.util.List;
import java.util.Locale;

import org.sunlight.catalog.PowerItemContent;

/**
 * What changed between two consecutive public versions of an item, as the guide page's history and the
 * public JSON show it: per section, the lines only in the older and only in the newer version (a
 * multi-line text such as the conditions is compared line by line). This is deliberately coarser than
 * the catalog's field-by-field {@link org.sunlight.catalog.VersionDiff}, which reviewers use; the
 * public API's {@code changes[].removed/added} shape is built on this one. Both versions given here are
 * already public (unpublished risk points removed).
 */
interface VersionChanges {

    /** One part of the guide that differs, e.g. the legal basis: lines only in the older and only in the newer version. */
    record Change(String sectionKey, List<String> removed, List<String> added) {
    }

    List<Change> between(PowerItemContent older, PowerItemContent newer, Locale locale);
}
