package org.sunlight.audit.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.sunlight.common.Checks;
import org.sunlight.common.FieldProblem;

/**
 * A search of the trail: exact actor, action prefix (so "identity.login" finds success and failure),
 * exact object type and id, and a date range in the platform's zone (both ends inclusive).
 */
public record AuditFilter(String actor, String action, String objectType, String objectId, LocalDate from, LocalDate to,
        int page) {

    public static final int PAGE_SIZE = 50;
    /** Deeper pages are refused rather than scanned; narrow the search instead. */
    public static final int MAX_PAGE = 100_000;

    /** Parses request parameters; every bad one is reported with its field. */
    public static AuditFilter parse(String actor, String action, String objectType, String objectId, String from, String to,
            String page) {
        Checks checks = Checks.start()
                .optionalText(actor, "actor", EntryNormalizer.ACTOR_MAX)
                .optionalText(action, "action", EntryNormalizer.ACTION_MAX)
                .optionalText(objectType, "objectType", EntryNormalizer.OBJECT_TYPE_MAX)
                .optionalText(objectId, "objectId", EntryNormalizer.OBJECT_ID_MAX);
        LocalDate fromDate = date(from, "from", checks);
        LocalDate toDate = date(to, "to", checks);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            checks.add(FieldProblem.of("to", "audit.filter.to-before-from"));
        }
        int pageNo = 0;
        if (blank(page) != null) {
            try {
                pageNo = Integer.parseInt(page.trim());
            } catch (NumberFormatException e) {
                pageNo = -1;
            }
            checks.require(pageNo >= 0 && pageNo <= MAX_PAGE, "page", "error.format");
        }
        checks.throwIfAny();
        return new AuditFilter(blank(actor), blank(action), blank(objectType), blank(objectId), fromDate, toDate, pageNo);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, 0);
    }

    private static LocalDate date(String text, String field, Checks checks) {
        if (blank(text) == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            checks.add(FieldProblem.of(field, "audit.filter.date-format"));
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
