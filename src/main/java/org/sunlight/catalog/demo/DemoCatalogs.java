package org.sunlight.catalog.demo;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sunlight.catalog.PowerItemContent.ExerciseLevel;
import org.sunlight.catalog.demo.ContentFactory.Department;
import org.sunlight.catalog.excel.CatalogRow;

/**
 * The demo departments' catalogs. The 仪征市住房和城乡建设局 list has the seed's shape: 126 powers,
 * numbered 1–126, of which 2 licensing (1–2), 106 penalties (3–108) and 18 other powers (109–126),
 * the penalties assigned to units by the seed's number ranges (法规科 3–15, 物管科 16–44, 交易中心 45 and
 * 52–98, 白蚁所 46–51, 住保科 99–108). The seed says '19 other', but 2 + 106 + 19 is 127, not 126; its
 * ranges (penalties end at 108) and its '111 to enter = 126 − 15 not reported' both hold with 18, so
 * the total of 126 is kept and 'other' is 18. The 15 not entered online (登记业务和维修资金) are the 12
 * registrations and 3 maintenance-fund items; their service channel says so.
 */
public final class DemoCatalogs {

    private DemoCatalogs() {
    }

    /** A demo department's list: where it goes and what it holds. */
    public record DemoCatalog(String regionCode, String departmentName, List<CatalogRow> rows) {
    }

    /** One number range of the seed's assignment (both ends included). */
    public record UnitRange(int from, int to, String unit) {
    }

    public static final String YIZHENG_HOUSING = "仪征市住房和城乡建设局";

    /** The seed's assignment of the penalty items (3–108) to units. */
    public static final List<UnitRange> YIZHENG_PENALTY_RANGES = List.of(
            new UnitRange(3, 15, HousingPowers.FAGUI),
            new UnitRange(16, 44, HousingPowers.WUGUAN),
            new UnitRange(45, 45, HousingPowers.JIAOYI),
            new UnitRange(46, 51, HousingPowers.BAIYI),
            new UnitRange(52, 98, HousingPowers.JIAOYI),
            new UnitRange(99, 108, HousingPowers.ZHUBAO));

    /** Numbers of the items handled at the window only (not entered into the online platform in 2014). */
    public static final int OFFLINE_FROM = 109;
    public static final int OFFLINE_TO = 123;

    public static List<DemoCatalog> all() {
        return List.of(yizhengHousing(), yizhengMarket(), yizhengLand(), yangzhouHousing(), yangzhouMarket(), gaoyouHousing());
    }

    public static DemoCatalog yizhengHousing() {
        Department d = new Department("321081", YIZHENG_HOUSING, "ZJJ", ExerciseLevel.COUNTY,
                "仪征市政务服务中心二楼住房和城乡建设局窗口", "8342", contacts(
                        HousingPowers.FAGUI, "王晓明", HousingPowers.WUGUAN, "张伟", HousingPowers.JIAOYI, "孙丽",
                        HousingPowers.BAIYI, "吴国庆", HousingPowers.ZHUBAO, "周建华", HousingPowers.DANGAN, "郑红"));
        Map<String, Iterator<PowerSpec>> penalties = new LinkedHashMap<>();
        penalties.put(HousingPowers.FAGUI, HousingPowers.fagui().iterator());
        penalties.put(HousingPowers.WUGUAN, HousingPowers.wuguan().iterator());
        penalties.put(HousingPowers.JIAOYI, HousingPowers.jiaoyi().iterator());
        penalties.put(HousingPowers.BAIYI, HousingPowers.baiyi().iterator());
        penalties.put(HousingPowers.ZHUBAO, HousingPowers.zhubao().iterator());
        List<PowerSpec> specs = new ArrayList<>();
        specs.add(HousingPowers.presaleLicence());
        specs.add(HousingPowers.propertyCompanyLicence());
        for (UnitRange r : YIZHENG_PENALTY_RANGES) {
            for (int seq = r.from(); seq <= r.to(); seq++) {
                specs.add(penalties.get(r.unit()).next());
            }
        }
        penalties.forEach((unit, rest) -> {
            if (rest.hasNext()) {
                throw new IllegalStateException("more penalties for " + unit + " than its number range holds");
            }
        });
        specs.addAll(HousingPowers.registrations());
        specs.addAll(HousingPowers.maintenanceFunds());
        specs.add(HousingPowers.housingSecurityConfirmation());
        specs.add(HousingPowers.termitePreventionAcceptance());
        specs.add(HousingPowers.archiveInquiry());
        List<CatalogRow> rows = rows(d, specs);
        rows = rows.stream().map(r -> r.seqNo() >= OFFLINE_FROM && r.seqNo() <= OFFLINE_TO ? offline(r) : r).toList();
        return new DemoCatalog(d.regionCode(), d.name(), rows);
    }

    static DemoCatalog yizhengMarket() {
        Department d = new Department("321081", "仪征市市场监督管理局", "SJJ", ExerciseLevel.COUNTY, "仪征市政务服务中心一楼市场监管窗口",
                "8356", contacts("登记注册科", "马俊", "执法大队", "陆志明"));
        return new DemoCatalog(d.regionCode(), d.name(), rows(d, OtherPowers.market("登记注册科", "执法大队")));
    }

    static DemoCatalog yizhengLand() {
        Department d = new Department("321081", "仪征市自然资源和规划局", "ZRZY", ExerciseLevel.COUNTY, "仪征市政务服务中心三楼自然资源和规划窗口",
                "8351", contacts("执法监察大队", "钱进"));
        return new DemoCatalog(d.regionCode(), d.name(), rows(d, OtherPowers.land("执法监察大队")));
    }

    static DemoCatalog yangzhouHousing() {
        Department d = new Department("321000", "扬州市住房和城乡建设局", "ZJJ", ExerciseLevel.CITY, "扬州市政务服务中心住房和城乡建设局窗口",
                "8733", contacts("法规处", "何正", "房地产市场监管处", "蒋文"));
        return new DemoCatalog(d.regionCode(), d.name(), rows(d, OtherPowers.cityConstruction("房地产市场监管处", "法规处")));
    }

    static DemoCatalog yangzhouMarket() {
        Department d = new Department("321000", "扬州市市场监督管理局", "SJJ", ExerciseLevel.CITY, "扬州市政务服务中心市场监管窗口",
                "8796", contacts("法规处", "韩冰"));
        return new DemoCatalog(d.regionCode(), d.name(), rows(d, OtherPowers.market("法规处", "法规处")));
    }

    static DemoCatalog gaoyouHousing() {
        Department d = new Department("321084", "高邮市住房和城乡建设局", "ZJJ", ExerciseLevel.COUNTY, "高邮市政务服务中心住房和城乡建设局窗口",
                "8461", contacts("法规科", "胡军"));
        List<PowerSpec> specs = new ArrayList<>(HousingPowers.fagui());
        specs.addAll(HousingPowers.wuguan().subList(0, 7));
        return new DemoCatalog(d.regionCode(), d.name(), rows(d, specs.stream().map(s -> s.inUnit("法规科")).toList()));
    }

    private static List<CatalogRow> rows(Department d, List<PowerSpec> specs) {
        List<CatalogRow> rows = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            rows.add(ContentFactory.row(d, i + 1, specs.get(i)));
        }
        return rows;
    }

    /** Window-only items (the seed's 15 not reported to the online platform). */
    private static CatalogRow offline(CatalogRow r) {
        var c = r.content();
        var s = c.service();
        var service = new org.sunlight.catalog.PowerItemContent.Service("窗口办理（未纳入网上运行）", s.place(), s.hours(), null,
                s.consultationPhone(), s.complaintPhone());
        return new CatalogRow(r.code(), r.seqNo(), new org.sunlight.catalog.PowerItemContent(c.name(), c.category(), c.basicCode(),
                c.implementationCode(), c.businessItemCode(), c.level(), c.hostUnit(), c.assistingUnits(), c.legalBases(),
                c.statutoryLimit(), c.promisedLimit(), c.fees(), c.conditions(), c.materials(), service, c.penalty(),
                c.responsibilities(), c.riskPoints()));
    }

    private static Map<String, String> contacts(String... unitAndPerson) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < unitAndPerson.length; i += 2) {
            m.put(unitAndPerson[i], unitAndPerson[i + 1]);
        }
        return m;
    }
}
