package org.sunlight.catalog;

import java.util.List;

/** One page of a catalog list: {@code page} counts from 0. */
public record ItemPage(List<ItemSummary> items, long total, int page, int size) {

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
