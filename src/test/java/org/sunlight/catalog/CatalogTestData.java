package org.sunlight.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.sunlight.catalog.PowerItemContent.BenchmarkLevel;
import org.sunlight.catalog.PowerItemContent.Contact;
import org.sunlight.catalog.PowerItemContent.ExerciseLevel;
import org.sunlight.catalog.PowerItemContent.Fee;
import org.sunlight.catalog.PowerItemContent.FineKind;
import org.sunlight.catalog.PowerItemContent.LegalBasis;
import org.sunlight.catalog.PowerItemContent.Material;
import org.sunlight.catalog.PowerItemContent.MaterialForm;
import org.sunlight.catalog.PowerItemContent.Penalty;
import org.sunlight.catalog.PowerItemContent.Responsibility;
import org.sunlight.catalog.PowerItemContent.ResponsibilityStage;
import org.sunlight.catalog.PowerItemContent.RiskGrade;
import org.sunlight.catalog.PowerItemContent.RiskPoint;
import org.sunlight.catalog.PowerItemContent.Service;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.UnitView;

/**
 * The demo organisation's ids the catalog tests use, complete contents, unique codes, and items
 * driven to any review state or lifecycle through the real services (as the real people).
 */
final class CatalogTestData {

    final long department;   // 仪征市住房和城乡建设局
    final long fagui;        // its 法规科 (unit_head's unit)
    final long wuguan;       // its 物管科
    final long gaoyouDepartment;
    final long yangzhouDepartment;
    final long shijianDepartment; // 仪征市市场监督管理局, same region as 仪住建

    CatalogTestData(OrganizationDirectory org) {
        department = org.departmentsNamed("仪征市住房和城乡建设局").get(0).id();
        fagui = unit(org, department, "法规科");
        wuguan = unit(org, department, "物管科");
        gaoyouDepartment = org.departmentsNamed("高邮市住房和城乡建设局").get(0).id();
        yangzhouDepartment = org.departmentsNamed("扬州市住房和城乡建设局").get(0).id();
        shijianDepartment = org.departmentsNamed("仪征市市场监督管理局").get(0).id();
    }

    private static long unit(OrganizationDirectory org, long department, String name) {
        return org.unitsOf(department).stream().filter(u -> u.name().equals(name)).map(UnitView::id).findFirst().orElseThrow();
    }

    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A penalty item's content that passes submission. */
    static PowerItemContent penalty(String name) {
        return new PowerItemContent(name, PowerCategory.PENALTY, "320102001000", "320102001000-321081", null,
                ExerciseLevel.COUNTY, new Contact("物管科", "王晓明", "0514-83421234"),
                List.of(new Contact("法规科", "刘海燕", "0514-83420000")),
                List.of(new LegalBasis("《物业管理条例》", "第六十条", null, "违反本条例的规定，未取得资质证书从事物业管理的……")),
                new TimeLimit(90, LimitUnit.NATURAL_DAYS), new TimeLimit(60, LimitUnit.NATURAL_DAYS), List.of(), null, List.of(),
                new Service("窗口办理", "仪征市政务服务中心二楼", "工作日 9:00-17:00", null, "0514-83421234", "0514-12345"),
                new Penalty("未取得资质证书从事物业管理", "《物业管理条例》第六十条",
                        List.of(new BenchmarkLevel("一般", "首次违法且及时改正", FineKind.AMOUNT, new BigDecimal("50000"),
                                        new BigDecimal("70000"), "没收违法所得"),
                                new BenchmarkLevel("严重", "拒不改正", FineKind.AMOUNT, new BigDecimal("70000"),
                                        new BigDecimal("100000"), "没收违法所得")),
                        List.of("主动消除违法行为危害后果"), List.of("拒不改正")),
                List.of(new Responsibility(ResponsibilityStage.ACCEPTANCE, "对违法线索登记立案", "不依法立案的"),
                        new Responsibility(ResponsibilityStage.DECISION, "依法作出处罚决定", "滥用自由裁量权的")),
                List.of(new RiskPoint("决定", "自由裁量畸轻畸重", RiskGrade.A, "严格执行裁量基准，集体讨论", "科长岗", true)));
    }

    /** A licensing item's content that passes submission. */
    static PowerItemContent licensing(String name) {
        return new PowerItemContent(name, PowerCategory.LICENSING, "320101001000", null, null, ExerciseLevel.COUNTY,
                new Contact("交易与权属管理中心", "张伟", "0514-83425678"), List.of(),
                List.of(new LegalBasis("《城市房地产管理法》", "第四十五条", "第一款", "商品房预售，应当符合下列条件……")),
                new TimeLimit(20, LimitUnit.WORKING_DAYS), new TimeLimit(10, LimitUnit.WORKING_DAYS),
                List.of(new Fee("登记费", "苏价费〔2016〕", "每件 80 元", new BigDecimal("80"), new BigDecimal("80"))),
                "已交付全部土地使用权出让金，取得土地使用权证书",
                List.of(new Material("商品房预售许可申请表", MaterialForm.PAPER, 1, "申请人", true)),
                new Service("窗口办理", "仪征市政务服务中心", "工作日", "https://zwfw.example/yz", "0514-83425678", "0514-12345"),
                null,
                List.of(new Responsibility(ResponsibilityStage.REVIEW, "审查申请材料", "违法准予许可的")),
                List.of());
    }
}
