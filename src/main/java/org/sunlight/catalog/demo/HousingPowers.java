package org.sunlight.catalog.demo;

import static org.sunlight.catalog.demo.Fine.amount;
import static org.sunlight.catalog.demo.Fine.fixed;
import static org.sunlight.catalog.demo.Fine.upTo;
import static org.sunlight.catalog.demo.Fine.value;
import static org.sunlight.catalog.demo.PowerSpec.basis;

import java.util.ArrayList;
import java.util.List;

import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.demo.PowerSpec.FeeSpec;

/**
 * The powers of a county housing and construction bureau (住房和城乡建设局), as tables of laws,
 * articles, fines and violations. One article often lists several situations; each is its own
 * item, as Jiangsu's lists do. The units are the 仪征市住建局's of the seed (法规科, 物管科, 交易与权属管理中心,
 * 白蚁所, 住保科, 档案馆); the sizes of the penalty lists are the sizes of the seed's number ranges.
 * Article numbers and excerpts follow the texts in force around 2014; they are demo data, not a legal
 * reference.
 */
final class HousingPowers {

    private HousingPowers() {
    }

    static final String FAGUI = "法规科";
    static final String WUGUAN = "物管科";
    static final String JIAOYI = "交易与权属管理中心";
    static final String BAIYI = "白蚁所";
    static final String ZHUBAO = "住保科";
    static final String DANGAN = "档案馆";

    private static final String HOUSING = "县级以上地方人民政府房地产行政主管部门";
    private static final String CONSTRUCTION = "县级以上地方人民政府建设行政主管部门";

    static final Law REAL_ESTATE_LAW = Law.of("《中华人民共和国城市房地产管理法》", "法", HOUSING);
    static final Law QUALITY = Law.of("《建设工程质量管理条例》", "条例", CONSTRUCTION);
    static final Law PROPERTY = Law.of("《物业管理条例》", "条例", HOUSING);
    static final Law JS_PROPERTY = Law.of("《江苏省物业管理条例》", "条例", HOUSING);
    static final Law DECORATION = Law.of("《住宅室内装饰装修管理办法》", "办法", CONSTRUCTION);
    static final Law MAINTENANCE_FUND = Law.of("《住宅专项维修资金管理办法》", "办法", HOUSING);
    static final Law DEVELOPMENT = Law.of("《城市房地产开发经营管理条例》", "条例", HOUSING);
    static final Law PRESALE = Law.of("《城市商品房预售管理办法》", "办法", HOUSING);
    static final Law SALES = Law.of("《商品房销售管理办法》", "办法", HOUSING);
    static final Law BROKERAGE = Law.of("《房地产经纪管理办法》", "办法", HOUSING);
    static final Law RENTAL = Law.of("《商品房屋租赁管理办法》", "办法", HOUSING);
    static final Law APPRAISAL = Law.of("《房地产估价机构管理办法》", "办法", HOUSING);
    static final Law APPRAISER = Law.of("《注册房地产估价师管理办法》", "办法", HOUSING);
    static final Law JS_TRADE = Law.of("《江苏省城市房地产交易管理条例》", "条例", HOUSING);
    static final Law TERMITE = Law.of("《城市房屋白蚁防治管理规定》", "规定", HOUSING);
    static final Law DANGEROUS = Law.of("《城市危险房屋管理规定》", "规定", HOUSING);
    static final Law PUBLIC_RENTAL = Law.of("《公共租赁住房管理办法》", "办法", HOUSING);
    static final Law REGISTRATION = Law.of("《房屋登记办法》", "办法", HOUSING);
    static final Law ARCHIVES = Law.of("《城市房地产权属档案管理办法》", "办法", HOUSING);
    static final Law BUILDING = Law.of("《中华人民共和国建筑法》", "法", CONSTRUCTION);

    /** 法规科: 建设工程质量 (13 items, the seed's items 3–15). */
    static List<PowerSpec> fagui() {
        List<PowerSpec> l = new ArrayList<>();
        add(l, FAGUI, QUALITY, "第五十四条", amount(500_000, 1_000_000),
                "建设单位将建设工程发包给不具有相应资质等级的勘察、设计、施工单位",
                "建设单位将建设工程委托给不具有相应资质等级的工程监理单位");
        add(l, FAGUI, QUALITY, "第五十五条", value("工程合同价款", "0.005", "0.01"), "建设单位将建设工程肢解发包");
        add(l, FAGUI, QUALITY, "第五十六条", amount(200_000, 500_000),
                "建设单位迫使承包方以低于成本的价格竞标",
                "建设单位任意压缩合理工期",
                "建设单位明示或者暗示设计单位或者施工单位违反工程建设强制性标准，降低工程质量",
                "建设单位施工图设计文件未经审查或者审查不合格，擅自施工",
                "建设单位未按照国家规定办理工程质量监督手续");
        add(l, FAGUI, QUALITY, "第五十七条", value("工程合同价款", "0.01", "0.02"), "建设单位未取得施工许可证或者开工报告未经批准，擅自施工");
        add(l, FAGUI, QUALITY, "第五十八条", value("工程合同价款", "0.02", "0.04"),
                "建设单位未组织竣工验收，擅自交付使用",
                "建设单位验收不合格，擅自交付使用");
        add(l, FAGUI, QUALITY, "第五十九条", amount(10_000, 100_000), "建设单位在工程竣工验收后未向有关部门移交建设项目档案");
        add(l, FAGUI, QUALITY, "第六十四条", value("工程合同价款", "0.02", "0.04"),
                "施工单位在施工中偷工减料，使用不合格的建筑材料、建筑构配件和设备");
        return l;
    }

    /** 物管科: 物业管理, 室内装修, 维修资金 (29 items, the seed's items 16–44). */
    static List<PowerSpec> wuguan() {
        List<PowerSpec> l = new ArrayList<>();
        add(l, WUGUAN, PROPERTY, "第五十六条", upTo(100_000).with("责令限期改正，给予警告"),
                "住宅物业的建设单位未通过招投标的方式选聘物业服务企业",
                "住宅物业的建设单位未经批准，擅自采用协议方式选聘物业服务企业");
        add(l, WUGUAN, PROPERTY, "第五十七条", amount(50_000, 200_000).with("责令限期改正，给予警告；给业主造成损失的，依法承担赔偿责任"),
                "建设单位擅自处分属于业主的物业共用部位、共用设施设备的所有权或者使用权");
        add(l, WUGUAN, PROPERTY, "第五十八条", amount(10_000, 100_000).with("责令限期改正；逾期仍不移交的，予以通报"),
                "建设单位不按照规定移交有关资料",
                "物业服务企业不按照规定移交有关资料");
        add(l, WUGUAN, PROPERTY, "第五十九条", value("委托合同价款", "0.3", "0.5").with("责令限期改正"),
                "物业服务企业将一个物业管理区域内的全部物业管理一并委托给他人");
        add(l, WUGUAN, PROPERTY, "第六十条", value("挪用数额", "0", "2").with("追回挪用的专项维修资金，给予警告，没收违法所得"),
                "挪用专项维修资金");
        add(l, WUGUAN, PROPERTY, "第六十一条", amount(100_000, 500_000).with("责令限期改正，给予警告，没收违法所得"),
                "建设单位在物业管理区域内不按照规定配置必要的物业管理用房");
        add(l, WUGUAN, PROPERTY, "第六十二条", amount(10_000, 100_000).with("责令限期改正，给予警告"),
                "物业服务企业未经业主大会同意，擅自改变物业管理用房的用途");
        add(l, WUGUAN, PROPERTY, "第六十三条", amount(50_000, 200_000).with("责令限期改正，给予警告"),
                "擅自改变物业管理区域内按照规划建设的公共建筑和共用设施用途",
                "擅自占用、挖掘物业管理区域内道路、场地，损害业主共同利益",
                "擅自利用物业共用部位、共用设施设备进行经营");
        add(l, WUGUAN, JS_PROPERTY, "第七十一条", amount(20_000, 100_000),
                "建设单位未按照规定交纳物业保修金",
                "建设单位未按照规定承担物业交付前的物业服务费用");
        add(l, WUGUAN, JS_PROPERTY, "第七十三条", amount(10_000, 50_000),
                "物业服务企业未按照规定公示物业服务事项、收费标准",
                "物业服务企业未按照规定建立和保存物业管理档案",
                "物业服务企业未按照规定报告物业管理区域内的安全隐患");
        add(l, WUGUAN, JS_PROPERTY, "第七十四条", amount(50_000, 200_000),
                "物业服务企业未经业主大会同意擅自退出物业管理区域",
                "物业服务企业退出物业管理区域时未按照规定办理交接",
                "物业服务企业在前期物业服务合同期满前擅自停止提供物业服务");
        add(l, WUGUAN, DECORATION, "第三十五条", amount(500, 1_000), "装修人未申报登记进行住宅室内装饰装修活动");
        add(l, WUGUAN, DECORATION, "第三十六条", amount(500, 1_000), "装修人将住宅室内装饰装修工程委托给不具有相应资质等级的企业");
        add(l, WUGUAN, DECORATION, "第三十八条", amount(1_000, 10_000),
                "装饰装修企业将没有防水要求的房间或者阳台改为卫生间、厨房间，或者拆除连接阳台的砖、混凝土墙体",
                "装饰装修企业未经原设计单位或者具有相应资质等级的设计单位提出设计方案，擅自超过设计标准或者规范增加楼面荷载");
        add(l, WUGUAN, DECORATION, "第三十八条", amount(1_000, 5_000), "装饰装修企业损坏房屋原有节能设施或者降低节能效果");
        add(l, WUGUAN, DECORATION, "第三十八条", amount(500, 1_000), "装修人擅自拆改供暖、燃气管道和设施");
        add(l, WUGUAN, DECORATION, "第四十条", amount(1_000, 10_000),
                "装饰装修企业违反国家有关安全生产规定和安全生产技术规程，不按照规定采取必要的安全防护和消防措施");
        add(l, WUGUAN, DECORATION, "第四十一条", value("装饰装修管理服务费", "2", "3").with("给予警告"),
                "物业管理单位发现装修人或者装饰装修企业有违反规定的行为不及时向有关部门报告");
        add(l, WUGUAN, MAINTENANCE_FUND, "第三十六条", upTo(30_000).with("责令限期改正"),
                "开发建设单位未按照规定首期交存住宅专项维修资金即将房屋交付买受人");
        return l;
    }

    /** 交易与权属管理中心: 开发、预售、销售、经纪、租赁、估价 (48 items, the seed's items 45 and 52–98). */
    static List<PowerSpec> jiaoyi() {
        List<PowerSpec> l = new ArrayList<>();
        add(l, JIAOYI, REAL_ESTATE_LAW, "第六十八条", value("已收取的预付款", "0", "0.01").with("责令停止预售活动，没收违法所得"),
                "房地产开发企业未取得商品房预售许可证明预售商品房");
        add(l, JIAOYI, DEVELOPMENT, "第三十四条", amount(50_000, 100_000),
                "房地产开发企业未取得资质等级证书从事房地产开发经营",
                "房地产开发企业超越资质等级从事房地产开发经营");
        add(l, JIAOYI, PRESALE, "第十五条", upTo(30_000).with("责令限期改正"), "房地产开发企业不按照规定使用商品房预售款项");
        add(l, JIAOYI, PRESALE, "第十六条", fixed(30_000).with("撤销商品房预售许可"),
                "房地产开发企业隐瞒有关情况、提供虚假材料，或者采用欺骗、贿赂等不正当手段取得商品房预售许可");
        add(l, JIAOYI, SALES, "第三十八条", amount(50_000, 100_000), "未取得房地产开发企业资质证书擅自销售商品房");
        add(l, JIAOYI, SALES, "第三十九条", amount(20_000, 30_000).with("给予警告，责令限期改正"),
                "房地产开发企业在未解除商品房买卖合同前，将作为合同标的物的商品房再行销售给他人");
        add(l, JIAOYI, SALES, "第四十二条", amount(10_000, 30_000).with("给予警告，责令限期改正"),
                "房地产开发企业未按照规定的现售条件现售商品房",
                "房地产开发企业未按照规定在商品房现售前将房地产开发项目手册及符合商品房现售条件的有关证明文件报送备案",
                "房地产开发企业返本销售或者变相返本销售商品房",
                "房地产开发企业采取售后包租或者变相售后包租方式销售未竣工商品房",
                "房地产开发企业分割拆零销售商品住宅",
                "房地产开发企业不符合商品房销售条件，向买受人收取预订款性质费用",
                "房地产开发企业未按照规定向买受人明示商品房销售有关规定和买卖合同示范文本",
                "房地产开发企业委托没有资格的机构代理销售商品房");
        add(l, JIAOYI, SALES, "第四十三条", amount(10_000, 30_000).with("给予警告，责令改正"),
                "房地产中介服务机构代理销售不符合销售条件的商品房");
        add(l, JIAOYI, BROKERAGE, "第三十三条", amount(10_000, 30_000).with("责令限期改正，记入信用档案"),
                "房地产经纪人员以个人名义承接房地产经纪业务和收取费用",
                "房地产经纪机构提供代办服务未向委托人说明服务内容和收费标准并经委托人同意",
                "房地产经纪服务合同未由从事该业务的房地产经纪人签名",
                "房地产经纪机构签订经纪服务合同前未向交易当事人说明和书面告知规定事项",
                "房地产经纪机构未按照规定如实记录业务情况或者保存房地产经纪服务合同");
        add(l, JIAOYI, BROKERAGE, "第三十五条", amount(10_000, 30_000).with("责令限期改正，记入信用档案，取消网上签约资格"),
                "房地产经纪机构擅自对外发布房源信息",
                "房地产经纪机构未按照规定核验房屋产权和委托人身份");
        add(l, JIAOYI, BROKERAGE, "第三十七条", fixed(30_000).with("责令限期改正，记入信用档案，取消网上签约资格"),
                "房地产经纪机构捏造散布涨价信息，或者与房地产开发经营单位串通捂盘惜售、炒卖房号，操纵市场价格",
                "房地产经纪机构对交易当事人隐瞒真实的房屋交易信息，低价收进高价卖（租）出房屋赚取差价",
                "房地产经纪机构以隐瞒、欺诈、胁迫、贿赂等不正当手段招揽业务，诱骗消费者交易或者强制交易",
                "房地产经纪机构泄露或者不当使用委托人的个人信息或者商业秘密，谋取不正当利益",
                "房地产经纪机构为规避房屋交易税费，就同一房屋签订不同交易价款的合同提供便利",
                "房地产经纪机构改变房屋内部结构分割出租",
                "房地产经纪机构侵占、挪用房地产交易资金",
                "房地产经纪机构承购、承租自己提供经纪服务的房屋",
                "房地产经纪机构为不符合交易条件的保障性住房和禁止交易的房屋提供经纪服务");
        add(l, JIAOYI, RENTAL, "第二十一条", upTo(1_000).with("责令限期改正；有违法所得的，处以违法所得一倍以上三倍以下但不超过3万元的罚款"),
                "出租属于违法建筑的房屋",
                "出租不符合安全、防灾等工程建设强制性标准的房屋",
                "出租违反规定改变房屋使用性质的房屋");
        add(l, JIAOYI, RENTAL, "第二十二条", amount(5_000, 30_000).with("责令限期改正"),
                "出租住房时人均租住建筑面积低于当地人民政府规定的最低标准",
                "将厨房、卫生间、阳台和地下储藏室出租供人员居住");
        add(l, JIAOYI, RENTAL, "第二十三条", amount(1_000, 10_000).with("责令限期改正"), "单位房屋租赁当事人未在规定期限内办理房屋租赁登记备案");
        add(l, JIAOYI, RENTAL, "第二十三条", upTo(1_000).with("责令限期改正"), "个人房屋租赁当事人未在规定期限内办理房屋租赁登记备案");
        add(l, JIAOYI, APPRAISAL, "第五十条", amount(10_000, 30_000).with("给予警告，责令限期改正"),
                "房地产估价机构应当回避未回避",
                "房地产估价机构在执行估价业务时借用他人名义或者允许他人以本机构名义承揽估价业务",
                "房地产估价机构以迎合高估或者低估要求、给予回扣、恶意压低收费等方式进行不正当竞争",
                "房地产估价机构违反房地产估价规范和标准出具估价报告",
                "房地产估价机构出具有虚假记载、误导性陈述或者重大遗漏的估价报告",
                "房地产估价机构擅自设立分支机构");
        add(l, JIAOYI, APPRAISAL, "第四十七条", upTo(10_000).with("责令限期办理"), "房地产估价机构不及时办理资质证书变更手续");
        add(l, JIAOYI, APPRAISER, "第三十二条", upTo(30_000).with("给予警告，责令停止违法活动"),
                "未经注册擅自以注册房地产估价师名义从事房地产估价活动");
        add(l, JIAOYI, JS_TRADE, "第四十五条", amount(10_000, 30_000).with("责令限期改正"), "房地产开发企业未按照规定办理商品房买卖合同网上备案");
        return l;
    }

    /** 白蚁所: 白蚁防治 (6 items, the seed's items 46–51). */
    static List<PowerSpec> baiyi() {
        List<PowerSpec> l = new ArrayList<>();
        add(l, BAIYI, TERMITE, "第十二条", amount(10_000, 30_000).with("责令限期改正"),
                "白蚁防治单位未建立药剂进出领用制度",
                "白蚁防治单位使用不合格药剂进行白蚁预防处理",
                "白蚁防治单位未按照规定的技术规范进行白蚁预防处理");
        add(l, BAIYI, TERMITE, "第十三条", amount(20_000, 30_000).with("责令限期改正"), "房地产开发企业未按照规定对新建房屋进行白蚁预防处理");
        add(l, BAIYI, TERMITE, "第十四条", amount(10_000, 30_000).with("责令限期改正"),
                "房地产开发企业在商品房销（预）售时未向购房人出具白蚁预防合同或者其他实施房屋白蚁预防的证明文件");
        add(l, BAIYI, TERMITE, "第十五条", upTo(1_000).with("责令限期改正"),
                "房屋所有人、使用人或者物业管理单位发现白蚁危害未及时报告或者拒不配合白蚁检查和灭治");
        return l;
    }

    /** 住保科: 公共租赁住房 (10 items, the seed's items 99–108). */
    static List<PowerSpec> zhubao() {
        List<PowerSpec> l = new ArrayList<>();
        add(l, ZHUBAO, PUBLIC_RENTAL, "第三十四条", upTo(30_000).with("责令限期改正"),
                "公共租赁住房的所有权人及其委托的运营单位向不符合条件的对象出租公共租赁住房",
                "公共租赁住房的所有权人及其委托的运营单位未履行公共租赁住房及其配套设施维修养护义务",
                "公共租赁住房的所有权人及其委托的运营单位改变公共租赁住房的保障性住房性质、用途");
        add(l, ZHUBAO, PUBLIC_RENTAL, "第三十五条", upTo(1_000).with("给予警告，记入公共租赁住房管理档案"),
                "申请人隐瞒有关情况或者提供虚假材料申请公共租赁住房");
        add(l, ZHUBAO, PUBLIC_RENTAL, "第三十六条", upTo(1_000).with("责令按市场价格补缴从违法行为发生之日起的租金，记入公共租赁住房管理档案"),
                "承租人转借、转租或者擅自调换所承租公共租赁住房",
                "承租人改变所承租公共租赁住房用途",
                "承租人破坏或者擅自装修所承租公共租赁住房，拒不恢复原状",
                "承租人在公共租赁住房内从事违法活动",
                "承租人无正当理由连续6个月以上闲置公共租赁住房");
        add(l, ZHUBAO, PUBLIC_RENTAL, "第三十七条", amount(10_000, 30_000).with("责令限期改正，记入房地产经纪信用档案"),
                "房地产经纪机构及其经纪人员提供公共租赁住房出租、转租、出售等经纪业务");
        return l;
    }

    // ---- licensing and other powers

    static PowerSpec presaleLicence() {
        return PowerSpec.application(JIAOYI, PowerCategory.LICENSING, "商品房预售许可",
                List.of(basis(REAL_ESTATE_LAW, "第四十五条", "商品房预售，应当符合下列条件：（一）已交付全部土地使用权出让金，取得土地使用权证书；（二）持有建设工程规划许可证；"
                                + "（三）按提供预售的商品房计算，投入开发建设的资金达到工程建设总投资的百分之二十五以上，并已经确定施工进度和竣工交付日期；"
                                + "（四）向县级以上人民政府房产管理部门办理预售登记，取得商品房预售许可证明。"),
                        basis(PRESALE, "第六条", "商品房预售实行许可制度。开发企业进行商品房预售，应当向房地产管理部门申请预售许可，取得《商品房预售许可证》。")),
                List.of("商品房预售许可申请表", "营业执照和房地产开发企业资质证书", "土地使用权证书", "建设工程规划许可证和建筑工程施工许可证",
                        "投入开发建设资金达到工程建设总投资25%以上的证明", "工程施工合同及关于施工进度的说明", "商品房预售方案", "商品房预售资金监管协议（如有）"),
                List.of(), 10, 7, "已交付全部土地使用权出让金并取得土地使用权证书；持有建设工程规划许可证和施工许可证；投入开发建设的资金达到工程建设总投资的25%以上，并已确定施工进度和竣工交付日期。");
    }

    static PowerSpec propertyCompanyLicence() {
        return PowerSpec.application(WUGUAN, PowerCategory.LICENSING, "物业服务企业资质核定（三级）",
                List.of(basis(PROPERTY, "第三十二条", "从事物业管理活动的企业应当具有独立的法人资格。国家对从事物业管理活动的企业实行资质管理制度。"),
                        basis(Law.of("《物业服务企业资质管理办法》", "办法", HOUSING), "第五条", "各资质等级物业服务企业的条件如下：……")),
                List.of("物业服务企业资质等级申报表", "营业执照", "企业章程", "验资证明", "企业法定代表人的身份证明",
                        "物业管理专业人员的职业资格证书和劳动合同", "管理和技术人员的职称证书和劳动合同"),
                List.of(), 20, 10, "注册资本人民币50万元以上；物业管理专业人员以及工程、管理、经济等相关专业类的专职管理和技术人员不少于10人；有委托的物业管理项目；建立并严格执行服务质量、服务收费等企业管理制度和标准。");
    }

    private static final String REGISTRATION_FEE_BASIS = "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）";

    /** 房屋登记 (12): category 其他行政权力 as in the seed's list; handled at the window, not online. */
    static List<PowerSpec> registrations() {
        String[][] kinds = {
            {"房屋所有权初始登记", "第三十条"}, {"房屋所有权转移登记", "第三十二条"}, {"房屋所有权变更登记", "第三十六条"},
            {"房屋所有权注销登记", "第四十条"}, {"房屋抵押权登记", "第四十一条"}, {"最高额抵押权登记", "第五十一条"},
            {"在建工程抵押权登记", "第五十九条"}, {"房屋地役权登记", "第六十四条"}, {"房屋预告登记", "第六十七条"},
            {"房屋更正登记", "第七十四条"}, {"房屋异议登记", "第七十六条"}, {"房屋权属证书补发和换发", "第二十七条"}};
        List<PowerSpec> l = new ArrayList<>();
        for (String[] k : kinds) {
            l.add(PowerSpec.application(JIAOYI, PowerCategory.OTHER, k[0],
                    List.of(basis(REGISTRATION, k[1], "申请" + k[0] + "，应当提交登记申请书、申请人身份证明及其他必要材料。")),
                    List.of("登记申请书", "申请人身份证明", "房屋所有权证书或者房地产权证书（如有）", "证明登记事项的有关材料"),
                    List.of(new FeeSpec("房屋登记费", REGISTRATION_FEE_BASIS, "住宅每件80元；非住宅每件550元", 80, 550)),
                    30, 5, "申请人与依法提交的材料记载的主体一致；申请登记的房屋权利与房屋权属来源证明一致。"));
        }
        return l;
    }

    /** 住宅专项维修资金 (3): handled at the window, not online. */
    static List<PowerSpec> maintenanceFunds() {
        List<PowerSpec> l = new ArrayList<>();
        String[][] kinds = {
            {"住宅专项维修资金交存核准", "第十二条"}, {"住宅专项维修资金使用审核", "第二十二条"}, {"住宅专项维修资金划转和返还", "第二十八条"}};
        for (String[] k : kinds) {
            l.add(PowerSpec.application(WUGUAN, PowerCategory.OTHER, k[0],
                    List.of(basis(MAINTENANCE_FUND, k[1], "住宅专项维修资金专项用于住宅共用部位、共用设施设备保修期满后的维修和更新、改造。")),
                    List.of("申请表", "业主大会决议或者相关业主同意的书面材料", "维修和更新、改造方案（如有）"), List.of(), 20, 10, null));
        }
        return l;
    }

    static PowerSpec housingSecurityConfirmation() {
        return PowerSpec.application(ZHUBAO, PowerCategory.OTHER, "公共租赁住房保障资格审核",
                List.of(basis(PUBLIC_RENTAL, "第七条", "申请公共租赁住房，应当符合以下条件：（一）在本地无住房或者住房面积低于规定标准；（二）收入、财产低于规定标准；……")),
                List.of("公共租赁住房申请表", "申请人及共同申请家庭成员身份证明", "户籍证明和婚姻状况证明", "住房情况证明", "收入和财产状况证明"),
                List.of(), 30, 20, "在本市无住房或者住房面积低于规定标准；收入、财产低于规定标准。");
    }

    static PowerSpec termitePreventionAcceptance() {
        return PowerSpec.application(BAIYI, PowerCategory.OTHER, "新建房屋白蚁预防工程验收",
                List.of(basis(TERMITE, "第八条", "新建、改建、扩建、装饰装修的房屋必须实施白蚁预防处理。")),
                List.of("白蚁预防工程验收申请表", "白蚁预防合同", "白蚁预防施工记录"), List.of(), 10, 5, null);
    }

    static PowerSpec archiveInquiry() {
        return PowerSpec.application(DANGAN, PowerCategory.OTHER, "房地产权属档案查询",
                List.of(basis(ARCHIVES, "第十九条", "房地产权利人、其委托人和有关单位可以依照规定查阅、利用房地产权属档案。")),
                List.of("查询申请表", "查询人身份证明", "利害关系证明材料（如有）"), List.of(), 5, 1, null);
    }

    /** Appends one item per violation under one article. */
    static void add(List<PowerSpec> to, String unit, Law law, String article, Fine fine, String... violations) {
        for (String v : violations) {
            to.add(PowerSpec.penalty(unit, law, article, fine, v));
        }
    }
}
