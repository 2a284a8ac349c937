package org.sunlight.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read access to the catalog for other modules (flowcharts, cases, supervision, disclosure). */
public interface CatalogQueries {

    Optional<PowerItemView> item(long itemId);

    Optional<PowerItemView> itemByCode(String code);

    Optional<PowerItemVersionView> version(long versionId);

    /** The published version in force on {@code date}: the latest with effective_from ≤ date. */
    Optional<PowerItemVersionView> versionInForce(long itemId, LocalDate date);

    /** All versions of an item, newest first (drafts included; callers filter for the public). */
    List<PowerItemVersionView> versions(long itemId);

    /** Items of a department, in list order. */
    List<PowerItemView> itemsOf(long departmentId);
}
