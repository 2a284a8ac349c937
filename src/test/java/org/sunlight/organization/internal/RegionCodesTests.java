package org.sunlight.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.organization.RegionLevel.CITY;
import static org.sunlight.organization.RegionLevel.COUNTY;
import static org.sunlight.organization.RegionLevel.PROVINCE;
import static org.sunlight.organization.RegionLevel.TOWN;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sunlight.common.FieldProblem;
import org.sunlight.organization.RegionLevel;

/** GB/T 2260 code rules as a table: code, level, parent (and the parent's level, null = missing) → problems. */
class RegionCodesTests {

    static Stream<Arguments> table() {
        return Stream.of(
                // code, level, parentCode, parentLevel, expected "field:messageCode" problems (empty = valid)
                row("320000", PROVINCE, null, null),
                row("110000", PROVINCE, "", null),
                row("321000", CITY, "320000", PROVINCE),
                row("321081", COUNTY, "321000", CITY),
                row("321084", COUNTY, "321000", CITY),
                row("321081100", TOWN, "321081", COUNTY),
                row("321081101", TOWN, "321081", COUNTY),
                // wrong form for the level
                row("320100", PROVINCE, null, null, "code:organization.region.code.province"),
                row("32000", PROVINCE, null, null, "code:organization.region.code.province"),
                row("3200000", PROVINCE, null, null, "code:organization.region.code.province"),
                row("000000", PROVINCE, null, null, "code:organization.region.code.province"),
                row("32000a", PROVINCE, null, null, "code:organization.region.code.province"),
                row("320000", CITY, "320000", PROVINCE, "code:organization.region.code.city"),
                row("321081", CITY, "320000", PROVINCE, "code:organization.region.code.city"),
                row("32100", CITY, "320000", PROVINCE, "code:organization.region.code.city"),
                row("321000", COUNTY, "321000", CITY, "code:organization.region.code.county"),
                row("32108", COUNTY, "321000", CITY, "code:organization.region.code.county"),
                row("321081100", COUNTY, "321000", CITY, "code:organization.region.code.county"),
                row("321081", TOWN, "321081", COUNTY, "code:organization.region.code.town"),
                row("321081000", TOWN, "321081", COUNTY, "code:organization.region.code.town"),
                row("3210811000", TOWN, "321081", COUNTY, "code:organization.region.code.town"),
                row("32108110", TOWN, "321081", COUNTY, "code:organization.region.code.town"),
                // code not under the parent
                row("331000", CITY, "320000", PROVINCE, "code:organization.region.code.not-under-parent"),
                row("322081", COUNTY, "321000", CITY, "code:organization.region.code.not-under-parent"),
                row("321084100", TOWN, "321081", COUNTY, "code:organization.region.code.not-under-parent"),
                // parent missing, of the wrong level, or given to a province
                row("321000", CITY, null, null, "parentCode:organization.region.parent.required"),
                row("321000", CITY, " ", null, "parentCode:organization.region.parent.required"),
                row("321000", CITY, "330000", null, "parentCode:organization.region.parent.missing"),
                row("321081100", TOWN, "321081", null, "parentCode:organization.region.parent.missing"),
                row("321081", COUNTY, "320000", PROVINCE, "parentCode:organization.region.parent.level.city"),
                row("321081100", TOWN, "321000", CITY, "parentCode:organization.region.parent.level.county"),
                row("320000", PROVINCE, "100000", PROVINCE, "parentCode:organization.region.parent.none-for-province"),
                // several problems at once
                row("", CITY, null, null, "code:error.required", "parentCode:organization.region.parent.required"),
                row("32", COUNTY, "999999", null, "code:organization.region.code.county", "parentCode:organization.region.parent.missing"),
                row("321081", null, "321000", CITY, "level:error.required"),
                row(null, null, null, null, "code:error.required", "level:error.required"));
    }

    private static Arguments row(String code, RegionLevel level, String parent, RegionLevel parentLevel, String... expected) {
        return Arguments.of(code, level, parent, parentLevel, List.of(expected));
    }

    @ParameterizedTest(name = "{0} as {1} under {2} ({3}) → {4}")
    @MethodSource("table")
    void checksCodeAndParent(String code, RegionLevel level, String parent, RegionLevel parentLevel, List<String> expected) {
        assertThat(describe(RegionCodes.check(code, level, parent, parentLevel))).containsExactlyElementsOf(expected);
    }

    @Test
    void subtreeRangesCoverExactlyTheCodesBelow() {
        assertThat(RegionCodes.subtreeRange("320000", PROVINCE)).containsExactly("32", "329999999");
        assertThat(RegionCodes.subtreeRange("321000", CITY)).containsExactly("3210", "321099999");
        assertThat(RegionCodes.subtreeRange("321081", COUNTY)).containsExactly("321081", "321081999");
        assertThat(RegionCodes.subtreeRange("321081100", TOWN)).containsExactly("321081100", "321081100");
    }

    /**
     * Property: any code built under a valid chain passes, lies in every ancestor's subtree range and
     * in no sibling's; changing one digit of its parent prefix breaks the "under the parent" rule.
     */
    @Test
    void generatedChainsAreValidAndNestInTheirAncestorsRanges() {
        Random random = new Random(20260101L);
        for (int i = 0; i < 2_000; i++) {
            String province = (10 + random.nextInt(90)) + "0000";
            String city = province.substring(0, 2) + String.format("%02d", 1 + random.nextInt(99)) + "00";
            String county = city.substring(0, 4) + String.format("%02d", 1 + random.nextInt(99));
            String town = county + String.format("%03d", 1 + random.nextInt(999));
            String input = String.join(" › ", province, city, county, town);

            assertThat(RegionCodes.check(province, PROVINCE, null, null)).as(input).isEmpty();
            assertThat(RegionCodes.check(city, CITY, province, PROVINCE)).as(input).isEmpty();
            assertThat(RegionCodes.check(county, COUNTY, city, CITY)).as(input).isEmpty();
            assertThat(RegionCodes.check(town, TOWN, county, COUNTY)).as(input).isEmpty();

            assertThat(inRange(town, RegionCodes.subtreeRange(province, PROVINCE))).as(input).isTrue();
            assertThat(inRange(town, RegionCodes.subtreeRange(city, CITY))).as(input).isTrue();
            assertThat(inRange(town, RegionCodes.subtreeRange(county, COUNTY))).as(input).isTrue();
            assertThat(inRange(county, RegionCodes.subtreeRange(city, CITY))).as(input).isTrue();

            String otherCity = city.substring(0, 2) + String.format("%02d", (Integer.parseInt(city.substring(2, 4)) % 99) + 1) + "00";
            assertThat(inRange(county, RegionCodes.subtreeRange(otherCity, CITY))).as(input + " vs " + otherCity).isFalse();
            assertThat(RegionCodes.check(county, COUNTY, otherCity, CITY)).as(input + " under " + otherCity)
                    .extracting(FieldProblem::code).containsExactly("organization.region.code.not-under-parent");
        }
    }

    private static boolean inRange(String code, String[] range) {
        return code.compareTo(range[0]) >= 0 && code.compareTo(range[1]) <= 0;
    }

    private static List<String> describe(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.code()).toList();
    }
}
