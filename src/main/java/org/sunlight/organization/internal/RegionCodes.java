package org.sunlight.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.sunlight.common.FieldProblem;
import org.sunlight.organization.RegionLevel;

/**
 * The GB/T 2260 code rules, as pure functions. A province is {@code NN0000}, a city {@code NNNN00}
 * starting with its province's two digits, a county six digits (not ending 00) starting with its
 * city's four, a town nine digits (not ending 000) starting with its county's six.
 * <p>
 * Because every code starts with its parent's significant prefix, the subtree of a region is the
 * range of codes sharing its prefix; lookups "within a city" are index range scans, not tree walks.
 */
final class RegionCodes {

    private static final Pattern PROVINCE = Pattern.compile("[1-9]\\d0000");
    private static final Pattern CITY = Pattern.compile("\\d{4}00");
    private static final Pattern COUNTY = Pattern.compile("\\d{6}");
    private static final Pattern TOWN = Pattern.compile("\\d{9}");

    private RegionCodes() {
    }

    /** Whether {@code code} has the form of a code of this level (ignoring the parent). */
    static boolean hasForm(String code, RegionLevel level) {
        if (code == null) {
            return false;
        }
        return switch (level) {
            case PROVINCE -> PROVINCE.matcher(code).matches();
            case CITY -> CITY.matcher(code).matches() && !code.endsWith("0000") && !code.startsWith("00");
            case COUNTY -> COUNTY.matcher(code).matches() && !code.endsWith("00") && !code.startsWith("00");
            case TOWN -> TOWN.matcher(code).matches() && !code.endsWith("000") && !code.startsWith("00");
        };
    }

    /** The digits every code below this region starts with. */
    static String prefix(String code, RegionLevel level) {
        return code.substring(0, switch (level) {
            case PROVINCE -> 2;
            case CITY -> 4;
            case COUNTY -> 6;
            case TOWN -> 9;
        });
    }

    /** Lowest and highest code of the subtree rooted at this region (inclusive; codes are digits only). */
    static String[] subtreeRange(String code, RegionLevel level) {
        String p = prefix(code, level);
        return new String[] {p, p + "9".repeat(9 - p.length())};
    }

    /** The level a parent of this level must have; null for a province. */
    static RegionLevel parentLevel(RegionLevel level) {
        return switch (level) {
            case PROVINCE -> null;
            case CITY -> RegionLevel.PROVINCE;
            case COUNTY -> RegionLevel.CITY;
            case TOWN -> RegionLevel.COUNTY;
        };
    }

    /**
     * Every problem with a region's code and parent, as field problems on {@code code},
     * {@code level} and {@code parentCode}.
     *
     * @param parentLevel the level of the region named by {@code parentCode}, or null when no such
     *                    region exists
     */
    static List<FieldProblem> check(String code, RegionLevel level, String parentCode, RegionLevel parentLevel) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean hasCode = code != null && !code.isBlank();
        boolean hasParent = parentCode != null && !parentCode.isBlank();
        if (!hasCode) {
            problems.add(FieldProblem.of("code", "error.required"));
        }
        if (level == null) {
            problems.add(FieldProblem.of("level", "error.required"));
            return problems;
        }
        boolean formOk = hasCode && hasForm(code, level);
        if (hasCode && !formOk) {
            problems.add(FieldProblem.of("code", "organization.region.code." + level.name().toLowerCase()));
        }
        RegionLevel expectedParent = parentLevel(level);
        if (expectedParent == null) {
            if (hasParent) {
                problems.add(FieldProblem.of("parentCode", "organization.region.parent.none-for-province"));
            }
            return problems;
        }
        if (!hasParent) {
            problems.add(FieldProblem.of("parentCode", "organization.region.parent.required"));
        } else if (parentLevel == null) {
            problems.add(FieldProblem.of("parentCode", "organization.region.parent.missing", parentCode));
        } else if (parentLevel != expectedParent) {
            problems.add(FieldProblem.of("parentCode", "organization.region.parent.level." + expectedParent.name().toLowerCase()));
        } else if (formOk && !code.startsWith(prefix(parentCode, parentLevel))) {
            problems.add(FieldProblem.of("code", "organization.region.code.not-under-parent", parentCode));
        }
        return problems;
    }
}
