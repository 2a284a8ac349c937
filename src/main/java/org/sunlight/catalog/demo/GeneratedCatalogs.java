package org.sunlight.catalog.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent.ExerciseLevel;
import org.sunlight.catalog.demo.DepartmentKinds.Kind;
import org.sunlight.catalog.excel.CatalogRow;

/**
 * Catalogs at scale, deterministic: a city (5,376 items over 47 departments in the seed's 扬州市
 * distribution by category) and a province (300,000 items over 13 cities and 95 counties, same
 * proportions). The plan — which department holds how many items of which category — is cheap and
 * exact; the items themselves are made per department on demand, so a province never has to be in
 * memory at once.
 */
public final class GeneratedCatalogs {

    private GeneratedCatalogs() {
    }

    /** The seed's 扬州市 catalog by category: licensing 286, penalty 4,383 … other 151 = 5,376. */
    public static final Map<PowerCategory, Integer> YANGZHOU;

    static {
        Map<PowerCategory, Integer> m = new EnumMap<>(PowerCategory.class);
        m.put(PowerCategory.LICENSING, 286);
        m.put(PowerCategory.PENALTY, 4383);
        m.put(PowerCategory.LEVY, 115);
        m.put(PowerCategory.COMPULSION, 206);
        m.put(PowerCategory.NON_LICENSING_APPROVAL, 98);
        m.put(PowerCategory.PAYMENT, 18);
        m.put(PowerCategory.AWARD, 13);
        m.put(PowerCategory.CONFIRMATION, 98);
        m.put(PowerCategory.EXPROPRIATION, 1);
        m.put(PowerCategory.ADJUDICATION, 7);
        m.put(PowerCategory.OTHER, 151);
        YANGZHOU = Collections.unmodifiableMap(m);
    }

    public static final int CITY_TOTAL = 5_376;
    public static final int PROVINCE_TOTAL = 300_000;
    static final int COUNTY_KINDS = 40;
    private static final double COUNTY_SIZE = 0.45;

    /** One department of a generated catalog: where, what kind, its units and how many items per category. */
    public record Plan(int index, String regionCode, String regionName, ExerciseLevel level, String name, Kind kind,
            Map<PowerCategory, Integer> counts) {

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        public List<String> units() {
            return kind.profile().units;
        }
    }

    private record Region(String code, String name, ExerciseLevel level) {
    }

    /** 扬州市's 47 municipal departments. */
    public static List<Plan> city() {
        List<Region> regions = List.of(new Region("321000", "扬州市", ExerciseLevel.CITY));
        return plan(regions, YANGZHOU);
    }

    /** 江苏省's 13 cities (47 departments each) and 95 counties (40 each): 4,411 departments. */
    public static List<Plan> province() {
        List<Region> regions = new ArrayList<>();
        for (String[] c : JiangsuRegions.CITIES) {
            regions.add(new Region(c[0], c[1], ExerciseLevel.CITY));
        }
        for (String[] c : JiangsuRegions.CITIES) {
            List<String> counties = List.of(c[2].split(" "));
            for (int i = 0; i < counties.size(); i++) {
                regions.add(new Region(JiangsuRegions.countyCode(c[0], counties.get(i), i), counties.get(i), ExerciseLevel.COUNTY));
            }
        }
        return plan(regions, scaled(PROVINCE_TOTAL));
    }

    /** The city distribution scaled to {@code total} items, each category rounded by largest remainder. */
    static Map<PowerCategory, Integer> scaled(int total) {
        List<PowerCategory> cats = new ArrayList<>(YANGZHOU.keySet());
        double[] w = cats.stream().mapToDouble(c -> YANGZHOU.get(c)).toArray();
        int[] n = Allocation.largestRemainder(total, w);
        Map<PowerCategory, Integer> m = new EnumMap<>(PowerCategory.class);
        for (int i = 0; i < cats.size(); i++) {
            m.put(cats.get(i), n[i]);
        }
        return m;
    }

    private static List<Plan> plan(List<Region> regions, Map<PowerCategory, Integer> totals) {
        record Slot(Region region, Kind kind, double size) {
        }
        List<Slot> slots = new ArrayList<>();
        for (Region r : regions) {
            int kinds = r.level() == ExerciseLevel.CITY ? DepartmentKinds.ALL.size() : COUNTY_KINDS;
            for (Kind k : DepartmentKinds.ALL.subList(0, kinds)) {
                slots.add(new Slot(r, k, k.size() * (r.level() == ExerciseLevel.CITY ? 1 : COUNTY_SIZE)));
            }
        }
        List<Map<PowerCategory, Integer>> counts = new ArrayList<>();
        slots.forEach(s -> counts.add(new EnumMap<>(PowerCategory.class)));
        for (Map.Entry<PowerCategory, Integer> e : totals.entrySet()) {
            PowerCategory c = e.getKey();
            double[] w = slots.stream().mapToDouble(s -> s.size() * weight(s.kind(), c)).toArray();
            int[] n = Allocation.largestRemainder(e.getValue(), w);
            for (int i = 0; i < n.length; i++) {
                if (n[i] > 0) {
                    counts.get(i).put(c, n[i]);
                }
            }
        }
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            plans.add(new Plan(i, s.region().code(), s.region().name(), s.region().level(), s.region().name() + s.kind().suffix(),
                    s.kind(), counts.get(i)));
        }
        return plans;
    }

    private static double weight(Kind kind, PowerCategory c) {
        if (c == PowerCategory.EXPROPRIATION) {
            // 行政征用 is rare: land and emergency management hold it
            return kind.key().equals("ZRZY") || kind.key().equals("YJJ") ? 1 : 0;
        }
        return kind.profile().weights().getOrDefault(c, 0.0);
    }

    /** The items of one planned department, numbered 1… by category, assigned to units by category. */
    public static List<CatalogRow> items(Plan plan) {
        ContentFactory.Department d = department(plan);
        List<CatalogRow> rows = new ArrayList<>(plan.total());
        int seq = 1;
        for (Map.Entry<PowerCategory, Integer> e : plan.counts().entrySet()) {
            for (int i = 0; i < e.getValue(); i++) {
                PowerSpec spec = Vocabulary.spec(plan.kind(), e.getKey(), i, plan.kind().profile().unitFor(e.getKey()));
                rows.add(ContentFactory.row(d, seq++, spec));
            }
        }
        return rows;
    }

    static ContentFactory.Department department(Plan plan) {
        Map<String, String> contacts = new LinkedHashMap<>();
        List<String> units = plan.units();
        for (int i = 0; i < units.size(); i++) {
            contacts.put(units.get(i), Vocabulary.person(plan.index() * 7 + i));
        }
        String prefix = String.format("%04d", 8000 + Math.floorMod(plan.name().hashCode(), 2000));
        return new ContentFactory.Department(plan.regionCode(), plan.name(), plan.kind().key(), plan.level(),
                plan.regionName() + "政务服务中心" + plan.kind().suffix() + "窗口", prefix, contacts);
    }
}
