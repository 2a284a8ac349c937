package org.sunlight.catalog.search;

import java.util.List;
import java.util.Map;

import org.sunlight.catalog.PowerCategory;

/**
 * One page of results and, when asked for, the counts that drive browsing: per department (ignoring the
 * department filter), per category (ignoring the category filter) and per region code (every region on
 * the path of a matching item).
 */
public record SearchPage(long total, int page, int size, List<SearchHit> hits, Map<Long, Long> departmentCounts,
        Map<PowerCategory, Long> categoryCounts, Map<String, Long> regionCounts) {

    public int pages() {
        return (int) Math.min(SearchQuery.MAX_PAGE + 1L, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
