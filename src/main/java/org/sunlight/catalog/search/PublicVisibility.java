package org.sunlight.catalog.search;

import java.time.LocalDate;

import org.sunlight.catalog.ItemLifecycle;

/**
 * Which items the public catalog lists (search, browse, open data), given the item's lifecycle. Every
 * item with a public version keeps its guide page and history either way; this is only about listing.
 * <ul>
 * <li>ACTIVE: listed.</li>
 * <li>SUSPENDED: listed and marked 已挂起: the power still exists and citizens look for it; the mark tells
 * them it is not being exercised now.</li>
 * <li>ABOLISHED: no longer listed from its abolition date on (listed and marked until an announced future
 * date).</li>
 * <li>DELEGATED: not listed; the receiving body's item is the one to find (its page links to it).</li>
 * </ul>
 */
public final class PublicVisibility {

    private PublicVisibility() {
    }

    public static boolean listed(ItemLifecycle lifecycle, LocalDate abolishedOn, LocalDate today) {
        return switch (lifecycle) {
            case ACTIVE, SUSPENDED -> true;
            case ABOLISHED -> abolishedOn != null && abolishedOn.isAfter(today);
            case DELEGATED -> false;
        };
    }
}
