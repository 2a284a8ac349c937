package org.sunlight.catalog;

import java.util.List;

/**
 * The readable difference from one version of an item to another. {@code fromVersionNo} is null
 * when compared against nothing (the first version: every filled field is "added").
 */
public record VersionComparison(long itemId, Integer fromVersionNo, int toVersionNo, List<DiffLine> lines) {

    public boolean unchanged() {
        return lines.isEmpty();
    }
}
