package org.sunlight.catalog.publicweb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.search.SearchQuery;
import org.sunlight.common.FieldProblem;
import org.sunlight.organization.OrganizationDirectory;

/**
 * Reads the search parameters of the public pages, the API and the exports the same way: every bad one is
 * named (page below 0 or too deep, unknown category, department or region, query too long) and the rest
 * still applies, so a page can show the message beside the field and an API answer can list them all.
 * {@code category} is the enum name (PENALTY) or the national code (02); {@code page} counts from 0.
 */
final class SearchParams {

    static final int MAX_QUERY_LENGTH = 100;

    record Parsed(SearchQuery query, List<FieldProblem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private SearchParams() {
    }

    static Parsed parse(String q, String category, String department, String region, String page, String size,
            OrganizationDirectory directory) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            problems.add(FieldProblem.of("q", "catalog-public.error.query-too-long", MAX_QUERY_LENGTH));
            text = text.substring(0, MAX_QUERY_LENGTH);
        }
        PowerCategory cat = null;
        if (present(category)) {
            cat = category(category.strip()).orElse(null);
            if (cat == null) {
                problems.add(FieldProblem.of("category", "catalog-public.error.unknown-category", category.strip()));
            }
        }
        Long dept = null;
        if (present(department)) {
            try {
                dept = Long.valueOf(department.strip());
                if (directory.department(dept).isEmpty()) {
                    problems.add(FieldProblem.of("department", "catalog-public.error.unknown-department", department.strip()));
                    dept = null;
                }
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of("department", "catalog-public.error.unknown-department", department.strip()));
            }
        }
        String reg = null;
        if (present(region)) {
            reg = region.strip();
            if (directory.region(reg).isEmpty()) {
                problems.add(FieldProblem.of("region", "catalog-public.error.unknown-region", reg));
                reg = null;
            }
        }
        int p = number(page, 0, 0, SearchQuery.MAX_PAGE, "page", "catalog-public.error.page", problems);
        int s = number(size, SearchQuery.DEFAULT_SIZE, 1, SearchQuery.MAX_SIZE, "size", "catalog-public.error.size", problems);
        return new Parsed(new SearchQuery(text, cat, dept, reg, p, s, false), problems);
    }

    static Optional<PowerCategory> category(String value) {
        return Arrays.stream(PowerCategory.values())
                .filter(c -> c.name().equalsIgnoreCase(value) || c.code().equals(value))
                .findFirst();
    }

    private static int number(String value, int fallback, int min, int max, String field, String code, List<FieldProblem> problems) {
        if (!present(value)) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                problems.add(FieldProblem.of(field, code, min, max));
                return fallback;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, code, min, max));
            return fallback;
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
