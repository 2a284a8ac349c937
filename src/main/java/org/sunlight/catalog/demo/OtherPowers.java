package org.sunlight.catalog.demo;

import static org.sunlight.catalog.demo.Fine.amount;
import static org.sunlight.catalog.demo.Fine.gains;
import static org.sunlight.catalog.demo.Fine.upTo;
import static org.sunlight.catalog.demo.Fine.value;
import static org.sunlight.catalog.demo.HousingPowers.add;
import static org.sunlight.catalog.demo.PowerSpec.basis;

import java.util.ArrayList;
import java.util.List;

import org.sunlight.catalog.PowerCategory;

/**
 * Smaller lists for the other demo departments: market regulation (食品安全、产品质量、广告、不正当竞争),
 * natural resources and planning (土地、城乡规划), and a city housing bureau (建筑市场). Units are
 * passed in, since each department names its units differently.
 */
final class OtherPowers {

    private OtherPowers() {
    }

    private static final String MARKET = "县级以上人民政府食品安全监督管理部门";
    private static final String QUALITY_DEPT = "市场监督管理部门";
    static final Law FOOD = Law.of("《中华人民共和国食品安全法》", "法", MARKET);
    static final Law PRODUCT = Law.of("《中华人民共和国产品质量法》", "法", QUALITY_DEPT);
    static final Law AD = Law.of("《中华人民共和国广告法》", "法", QUALITY_DEPT);
    static final Law COMPETITION = Law.of("《中华人民共和国反不正当竞争法》", "法", "监督检查部门");
    static final Law METROLOGY = Law.of("《中华人民共和国计量法实施细则》", "细则", "县级以上地方人民政府计量行政部门");
    static final Law LAND = Law.of("《中华人民共和国土地管理法》", "法", "县级以上人民政府自然资源主管部门");
    static final Law PLANNING = Law.of("《中华人民共和国城乡规划法》", "法", "县级以上地方人民政府城乡规划主管部门");
    static final Law SURVEY = Law.of("《中华人民共和国测绘法》", "法", "测绘地理信息主管部门");

    static List<PowerSpec> market(String licensingUnit, String enforcementUnit) {
        List<PowerSpec> l = new ArrayList<>();
        l.add(PowerSpec.application(licensingUnit, PowerCategory.LICENSING, "食品经营许可",
                List.of(basis(FOOD, "第三十五条", "国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。")),
                List.of("食品经营许可申请书", "营业执照", "与食品经营相适应的主要设备设施布局、操作流程等文件", "食品安全自查、从业人员健康管理等规章制度"),
                List.of(), 20, 10, "具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所。"));
        l.add(PowerSpec.application(licensingUnit, PowerCategory.LICENSING, "食品生产许可",
                List.of(basis(FOOD, "第三十五条", "国家对食品生产经营实行许可制度。")),
                List.of("食品生产许可申请书", "营业执照", "食品生产加工场所及其周围环境平面图", "食品生产主要设备、设施清单", "食品安全管理制度"),
                List.of(), 20, 15, null));
        add(l, enforcementUnit, FOOD, "第一百二十二条", value("货值金额", "10", "20").with("没收违法所得和违法生产经营的食品"),
                "未取得食品生产经营许可从事食品生产经营活动");
        add(l, enforcementUnit, FOOD, "第一百二十四条", value("货值金额", "15", "30").with("没收违法所得和违法生产经营的食品"),
                "生产经营致病性微生物、农药残留、兽药残留等污染物质超过食品安全标准限量的食品",
                "生产经营超范围、超限量使用食品添加剂的食品");
        add(l, enforcementUnit, FOOD, "第一百二十五条", amount(5_000, 50_000).with("没收违法所得和违法生产经营的食品"),
                "生产经营被包装材料、容器、运输工具等污染的食品",
                "生产经营无标签的预包装食品");
        add(l, enforcementUnit, FOOD, "第一百二十六条", amount(5_000, 50_000).with("责令改正，给予警告"),
                "食品经营者未按照规定查验进货凭证",
                "餐饮服务提供者未按照规定制定、实施原料控制要求",
                "食品生产经营者未按照规定对从业人员进行健康管理");
        add(l, enforcementUnit, PRODUCT, "第四十九条", value("货值金额", "1", "3").with("责令停止生产、销售，没收违法生产、销售的产品"),
                "生产、销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品");
        add(l, enforcementUnit, PRODUCT, "第五十条", value("货值金额", "0.5", "3").with("责令停止生产、销售，没收违法生产、销售的产品"),
                "在产品中掺杂、掺假，以假充真，以次充好，或者以不合格产品冒充合格产品");
        add(l, enforcementUnit, PRODUCT, "第五十二条", value("货值金额", "0", "2").with("责令停止销售"), "销售失效、变质的产品");
        add(l, enforcementUnit, PRODUCT, "第五十四条", value("货值金额", "0", "0.3").with("责令改正"), "产品标识不符合规定");
        add(l, enforcementUnit, AD, "第五十五条", value("广告费用", "3", "5").with("责令停止发布广告，责令在相应范围内消除影响"), "发布虚假广告");
        add(l, enforcementUnit, COMPETITION, "第二十条", amount(200_000, 1_000_000).with("责令停止违法行为"),
                "经营者对其商品的性能、功能、质量、销售状况、用户评价等作虚假或者引人误解的商业宣传");
        add(l, enforcementUnit, METROLOGY, "第四十六条", upTo(2_000).with("责令停止使用"), "使用不合格计量器具或者破坏计量器具准确度");
        l.add(PowerSpec.ownInitiative(enforcementUnit, PowerCategory.COMPULSION, "查封、扣押不符合食品安全标准的食品",
                List.of(basis(FOOD, "第一百一十条", "县级以上人民政府食品安全监督管理部门履行食品安全监督管理职责，有权查封、扣押有证据证明不符合食品安全标准的食品。"))));
        l.add(PowerSpec.ownInitiative(enforcementUnit, PowerCategory.INSPECTION, "食品生产经营监督检查",
                List.of(basis(FOOD, "第一百一十条", "县级以上人民政府食品安全监督管理部门履行食品安全监督管理职责，有权进入生产经营场所实施现场检查。"))));
        l.add(PowerSpec.ownInitiative(enforcementUnit, PowerCategory.AWARD, "对举报食品安全违法行为的奖励",
                List.of(basis(FOOD, "第一百一十五条", "对查证属实的举报，给予举报人奖励。"))));
        return l;
    }

    static List<PowerSpec> land(String unit) {
        List<PowerSpec> l = new ArrayList<>();
        l.add(PowerSpec.application(unit, PowerCategory.LICENSING, "建设用地规划许可证核发",
                List.of(basis(PLANNING, "第三十七条", "在城市、镇规划区内以划拨方式提供国有土地使用权的建设项目，经有关部门批准、核准、备案后，建设单位应当向城市、县人民政府城乡规划主管部门提出建设用地规划许可申请。")),
                List.of("建设用地规划许可申请表", "建设项目批准、核准或者备案文件", "土地勘测定界图", "建设项目用地预审意见"), List.of(), 20, 10, null));
        l.add(PowerSpec.application(unit, PowerCategory.LICENSING, "建设工程规划许可证核发",
                List.of(basis(PLANNING, "第四十条", "在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人应当申请办理建设工程规划许可证。")),
                List.of("建设工程规划许可申请表", "使用土地的有关证明文件", "建设工程设计方案", "总平面图"), List.of(), 20, 10, null));
        l.add(PowerSpec.application(unit, PowerCategory.LICENSING, "乡村建设规划许可证核发",
                List.of(basis(PLANNING, "第四十一条", "在乡、村庄规划区内进行乡镇企业、乡村公共设施和公益事业建设的，建设单位或者个人应当申请乡村建设规划许可。")),
                List.of("乡村建设规划许可申请表", "村民委员会意见", "建设工程设计方案"), List.of(), 20, 10, null));
        add(l, unit, LAND, "第七十四条", gains("0", "0.5").with("没收违法所得；限期拆除新建的建筑物和其他设施，恢复土地原状"),
                "买卖或者以其他形式非法转让土地");
        add(l, unit, LAND, "第七十五条", value("耕地开垦费", "1", "2").with("责令限期改正或者治理"),
                "占用耕地建窑、建坟或者擅自在耕地上建房、挖砂、采石、采矿、取土等，破坏种植条件");
        add(l, unit, LAND, "第七十七条", amount(100, 1_000).with("责令退还非法占用的土地，限期拆除在非法占用的土地上新建的建筑物和其他设施（罚款按非法占用土地每平方米计）"),
                "未经批准或者采取欺骗手段骗取批准，非法占用土地");
        add(l, unit, LAND, "第八十一条", amount(500, 3_000).with("责令交还土地（罚款按非法占用土地每亩计，以千元计）"),
                "依法收回国有土地使用权当事人拒不交出土地，或者临时使用土地期满拒不归还");
        add(l, unit, PLANNING, "第六十四条", value("建设工程造价", "0.05", "0.1").with("责令停止建设；尚可采取改正措施消除对规划实施的影响的，限期改正"),
                "未取得建设工程规划许可证进行建设",
                "未按照建设工程规划许可证的规定进行建设");
        add(l, unit, PLANNING, "第六十六条", value("临时建设工程造价", "0", "1").with("责令限期拆除"),
                "未经批准进行临时建设",
                "未按照批准内容进行临时建设",
                "临时建筑物、构筑物超过批准期限不拆除");
        add(l, unit, SURVEY, "第五十二条", amount(100_000, 200_000).with("责令停止违法行为，没收违法所得和测绘成果"), "未取得测绘资质证书从事测绘活动");
        l.add(PowerSpec.ownInitiative(unit, PowerCategory.INSPECTION, "土地利用和规划实施监督检查",
                List.of(basis(LAND, "第六十七条", "县级以上人民政府自然资源主管部门对违反土地管理法律、法规的行为进行监督检查。"))));
        return l;
    }

    static List<PowerSpec> cityConstruction(String licensingUnit, String enforcementUnit) {
        Law building = HousingPowers.BUILDING;
        List<PowerSpec> l = new ArrayList<>();
        l.add(PowerSpec.application(licensingUnit, PowerCategory.LICENSING, "建筑工程施工许可证核发",
                List.of(basis(building, "第七条", "建筑工程开工前，建设单位应当按照国家有关规定向工程所在地县级以上人民政府建设行政主管部门申请领取施工许可证。")),
                List.of("建筑工程施工许可申请表", "建设工程用地批准手续", "建设工程规划许可证", "施工图设计文件审查合格书", "中标通知书及施工合同"),
                List.of(), 7, 3, "已经办理该建筑工程用地批准手续；依法应当办理建设工程规划许可证的，已经取得建设工程规划许可证；有满足施工需要的资金安排、施工图纸及技术资料。"));
        l.add(PowerSpec.application(licensingUnit, PowerCategory.LICENSING, "房地产开发企业资质核定（二级及以下）",
                List.of(basis(HousingPowers.DEVELOPMENT, "第九条", "房地产开发主管部门应当根据房地产开发企业的资产、专业技术人员和开发经营业绩等，对备案的房地产开发企业核定资质等级。")),
                List.of("房地产开发企业资质申报表", "营业执照", "企业资产负债表", "专业技术人员的资格证书和劳动合同", "房地产开发项目手册"),
                List.of(), 20, 10, null));
        add(l, enforcementUnit, building, "第六十四条", value("工程合同价款", "0.01", "0.02").with("责令改正；对不符合开工条件的责令停止施工"),
                "建设单位未取得施工许可证擅自施工");
        add(l, enforcementUnit, building, "第六十五条", value("工程合同价款", "0.02", "0.04").with("责令停止违法行为，没收违法所得"),
                "施工企业超越本单位资质等级承揽工程",
                "未取得资质证书承揽工程");
        add(l, enforcementUnit, building, "第六十七条", value("工程合同价款", "0.005", "0.01").with("责令改正，没收违法所得"),
                "承包单位将承包的工程转包",
                "承包单位违反规定进行分包");
        add(l, enforcementUnit, building, "第七十一条", amount(200_000, 500_000).with("责令改正"), "施工企业对建筑安全事故隐患不采取措施予以消除");
        l.addAll(HousingPowers.fagui().subList(0, 6).stream().map(s -> s.inUnit(enforcementUnit)).toList());
        l.addAll(HousingPowers.jiaoyi().subList(1, 9).stream().map(s -> s.inUnit(licensingUnit)).toList());
        return l;
    }
}
