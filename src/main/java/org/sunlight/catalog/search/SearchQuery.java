package org.sunlight.catalog.search;

import org.sunlight.catalog.PowerCategory;

/**
 * A search of the public catalog. {@code text} blank means browse (everything that matches the filters,
 * in the departments' list order). {@code page} counts from 0. {@code withCounts} also counts the matches
 * per department, category and region (for the browse page; the API does not need them).
 */
public record SearchQuery(String text, PowerCategory category, Long departmentId, String regionCode, int page, int size,
        boolean withCounts) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Deeper pages are refused: nobody reads page 501, and collecting it costs memory. */
    public static final int MAX_PAGE = 500;

    public SearchQuery {
        if (page < 0 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size " + size);
        }
        text = text == null ? "" : text.strip();
    }

    public static SearchQuery text(String text) {
        return new SearchQuery(text, null, null, null, 0, DEFAULT_SIZE, false);
    }

    public SearchQuery inCategory(PowerCategory c) {
        return new SearchQuery(text, c, departmentId, regionCode, page, size, withCounts);
    }

    public SearchQuery inDepartment(Long id) {
        return new SearchQuery(text, category, id, regionCode, page, size, withCounts);
    }

    public SearchQuery inRegion(String code) {
        return new SearchQuery(text, category, departmentId, code, page, size, withCounts);
    }

    public SearchQuery atPage(int p, int s) {
        return new SearchQuery(text, category, departmentId, regionCode, p, s, withCounts);
    }

    public SearchQuery counting() {
        return new SearchQuery(text, category, departmentId, regionCode, page, size, true);
    }

    public boolean browsing() {
        return text.isEmpty();
    }
}
