package org.sunlight.catalog.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sunlight.catalog.PowerCategory;

/**
 * The 47 kinds of municipal department of the seed's city (扬州市: 5,376 powers in 47 departments), each
 * with the laws and the activities its powers are about, what kind of body it is (enforcement,
 * service, mixed) and its relative size. The generator builds item names and legal bases from these
 * words; counties have the first 40 kinds.
 */
final class DepartmentKinds {

    private DepartmentKinds() {
    }

    enum Profile {
        /** mostly penalties: police, market regulation, environment … */
        ENFORCEMENT(List.of("行政许可科", "执法大队", "监督检查科", "法规科")),
        /** payments, confirmations, awards: civil affairs, social security … */
        SERVICE(List.of("业务科", "服务中心", "综合科")),
        /** approvals and some enforcement */
        MIXED(List.of("审批科", "执法监督科", "综合科"));

        final List<String> units;

        Profile(List<String> units) {
            this.units = units;
        }

        /** The unit that hosts items of a category: enforcement units the penalties and compulsion. */
        String unitFor(PowerCategory c) {
            boolean enforcement = c == PowerCategory.PENALTY || c == PowerCategory.COMPULSION || c == PowerCategory.INSPECTION;
            return switch (this) {
                case ENFORCEMENT -> enforcement ? "执法大队" : c == PowerCategory.LICENSING || c == PowerCategory.NON_LICENSING_APPROVAL
                        ? "行政许可科" : "法规科";
                case SERVICE -> enforcement ? "综合科" : c == PowerCategory.PAYMENT || c == PowerCategory.CONFIRMATION ? "服务中心" : "业务科";
                case MIXED -> enforcement ? "执法监督科" : c == PowerCategory.OTHER ? "综合科" : "审批科";
            };
        }

        /** Relative weight of each category for departments of this profile. */
        Map<PowerCategory, Double> weights() {
            Map<PowerCategory, Double> w = new EnumMap<>(PowerCategory.class);
            switch (this) {
                case ENFORCEMENT -> put(w, 5, 80, 1.5, 4, 1, 0.05, 0.1, 1, 0.1, 2);
                case SERVICE -> put(w, 6, 25, 2, 1, 4, 3, 1.5, 6, 0.3, 5);
                case MIXED -> put(w, 8, 50, 3, 3, 4, 0.3, 0.3, 2, 0.2, 4);
                default -> throw new IllegalStateException();
            }
            return w;
        }

        private static void put(Map<PowerCategory, Double> w, double licensing, double penalty, double levy, double compulsion,
                double approval, double payment, double award, double confirmation, double adjudication, double other) {
            w.put(PowerCategory.LICENSING, licensing);
            w.put(PowerCategory.PENALTY, penalty);
            w.put(PowerCategory.LEVY, levy);
            w.put(PowerCategory.COMPULSION, compulsion);
            w.put(PowerCategory.NON_LICENSING_APPROVAL, approval);
            w.put(PowerCategory.PAYMENT, payment);
            w.put(PowerCategory.AWARD, award);
            w.put(PowerCategory.CONFIRMATION, confirmation);
            w.put(PowerCategory.ADJUDICATION, adjudication);
            w.put(PowerCategory.OTHER, other);
        }
    }

    /** One kind: name after the region's name, abbreviation for codes, profile, size, laws, activities. */
    record Kind(String suffix, String key, Profile profile, double size, List<String> laws, List<String> activities) {
    }

    private static Kind k(String suffix, String key, Profile p, double size, String laws, String activities) {
        return new Kind(suffix, key, p, size, List.of(laws.split("；")), List.of(activities.split("、")));
    }

    static final List<Kind> ALL = List.of(
            k("市场监督管理局", "SJJ", Profile.ENFORCEMENT, 5.0, "《中华人民共和国食品安全法》；《中华人民共和国产品质量法》；《中华人民共和国广告法》",
                    "食品生产、食品经营、特种设备使用、计量器具使用、广告发布、产品销售、网络交易"),
            k("公安局", "GAJ", Profile.ENFORCEMENT, 4.0, "《中华人民共和国治安管理处罚法》；《中华人民共和国道路交通安全法》；《中华人民共和国消防法》",
                    "旅馆业经营、公章刻制、机动车驾驶、剧毒化学品购买、大型群众性活动举办、保安服务、典当经营"),
            k("交通运输局", "JTJ", Profile.ENFORCEMENT, 3.0, "《中华人民共和国道路运输条例》；《中华人民共和国公路法》；《中华人民共和国港口法》",
                    "道路旅客运输、道路货物运输、出租汽车经营、机动车维修、驾驶员培训、港口经营"),
            k("农业农村局", "NYJ", Profile.ENFORCEMENT, 3.0, "《中华人民共和国农药管理条例》；《中华人民共和国动物防疫法》；《中华人民共和国种子法》",
                    "农药经营、兽药经营、种子生产经营、动物诊疗、生猪屠宰、渔业捕捞"),
            k("卫生健康委员会", "WJW", Profile.ENFORCEMENT, 3.0, "《中华人民共和国基本医疗卫生与健康促进法》；《医疗机构管理条例》；《公共场所卫生管理条例》",
                    "医疗机构执业、医师执业、公共场所经营、放射诊疗、母婴保健技术服务、生活饮用水供水"),
            k("生态环境局", "HBJ", Profile.ENFORCEMENT, 2.5, "《中华人民共和国环境保护法》；《中华人民共和国大气污染防治法》；《中华人民共和国水污染防治法》",
                    "排污、危险废物经营、建设项目环境影响评价、辐射安全、机动车排放检验、固体废物处置"),
            k("住房和城乡建设局", "ZJJ", Profile.ENFORCEMENT, 2.5, "《建设工程质量管理条例》；《物业管理条例》；《城市房地产开发经营管理条例》",
                    "建筑施工、房地产开发、物业服务、商品房销售、房地产经纪、住宅室内装饰装修"),
            k("应急管理局", "YJJ", Profile.ENFORCEMENT, 2.5, "《中华人民共和国安全生产法》；《危险化学品安全管理条例》；《烟花爆竹安全管理条例》",
                    "危险化学品经营、烟花爆竹经营、非煤矿山开采、安全生产培训、安全评价、工贸企业生产"),
            k("自然资源和规划局", "ZRZY", Profile.ENFORCEMENT, 2.0, "《中华人民共和国土地管理法》；《中华人民共和国城乡规划法》；《中华人民共和国矿产资源法》",
                    "建设用地使用、建设工程规划、矿产开采、测绘、不动产登记、临时用地"),
            k("城市管理局", "CGJ", Profile.ENFORCEMENT, 2.0, "《城市市容和环境卫生管理条例》；《城市绿化条例》；《城镇排水与污水处理条例》",
                    "户外广告设置、城市道路占用、城市绿地占用、建筑垃圾处置、排水许可、燃气经营"),
            k("文化广电和旅游局", "WGLJ", Profile.ENFORCEMENT, 2.0, "《娱乐场所管理条例》；《旅行社条例》；《互联网上网服务营业场所管理条例》",
                    "娱乐场所经营、旅行社经营、互联网上网服务、营业性演出、文物保护、广播电视接收设施安装"),
            k("税务局", "SWJ", Profile.ENFORCEMENT, 2.0, "《中华人民共和国税收征收管理法》；《中华人民共和国发票管理办法》",
                    "纳税申报、发票使用、税务登记、代扣代缴、账簿设置、出口退税"),
            k("水利局", "SLJ", Profile.ENFORCEMENT, 1.5, "《中华人民共和国水法》；《中华人民共和国防洪法》；《中华人民共和国河道管理条例》",
                    "取水、河道采砂、水工程建设、河道管理范围内建设、水土保持、防洪"),
            k("人力资源和社会保障局", "RSJ", Profile.SERVICE, 1.5, "《中华人民共和国劳动合同法》；《中华人民共和国社会保险法》；《工伤保险条例》",
                    "劳务派遣经营、人力资源服务、职业技能培训、社会保险登记、工伤认定、劳动保障监察"),
            k("民政局", "MZJ", Profile.SERVICE, 1.2, "《社会团体登记管理条例》；《城乡居民最低生活保障条例》；《殡葬管理条例》",
                    "社会团体登记、民办非企业单位登记、最低生活保障、特困人员供养、殡葬服务、养老机构"),
            k("消防救援支队", "XFZD", Profile.ENFORCEMENT, 1.2, "《中华人民共和国消防法》；《机关、团体、企业、事业单位消防安全管理规定》",
                    "公众聚集场所投入使用、营业前消防安全检查、消防设施维护、消防技术服务、建设工程消防、大型活动消防"),
            k("发展和改革委员会", "FGW", Profile.MIXED, 1.0, "《企业投资项目核准和备案管理条例》；《中华人民共和国价格法》；《中华人民共和国节约能源法》",
                    "企业投资项目、固定资产投资项目节能审查、价格、招标投标、电力设施保护、粮食流通"),
            k("教育局", "JYJ", Profile.SERVICE, 1.0, "《中华人民共和国教育法》；《中华人民共和国民办教育促进法》；《教师资格条例》",
                    "民办学校办学、教师资格、校外培训、学校安全、学历证明、学生资助"),
            k("商务局", "SWUJ", Profile.MIXED, 1.0, "《中华人民共和国对外贸易法》；《单用途商业预付卡管理办法》；《报废机动车回收管理办法》",
                    "对外贸易经营、单用途预付卡发行、报废机动车回收、二手车交易、成品油经营、拍卖"),
            k("医疗保障局", "YBJ", Profile.SERVICE, 1.0, "《医疗保障基金使用监督管理条例》；《中华人民共和国社会保险法》",
                    "医疗保障基金使用、定点医药机构协议、医疗救助、异地就医备案、医保待遇、药品价格"),
            k("烟草专卖局", "YCJ", Profile.ENFORCEMENT, 1.0, "《中华人民共和国烟草专卖法》；《中华人民共和国烟草专卖法实施条例》",
                    "烟草专卖零售、卷烟运输、烟草专卖品销售、电子烟销售、烟叶收购、卷烟批发"),
            k("公路事业发展中心", "GLZX", Profile.ENFORCEMENT, 1.0, "《公路安全保护条例》；《中华人民共和国公路法》",
                    "公路超限运输、公路用地占用、公路桥梁施工、公路标志设置、公路建筑控制区建设、路政"),
            k("工业和信息化局", "GXJ", Profile.MIXED, 0.8, "《中华人民共和国节约能源法》；《民用爆炸物品安全管理条例》；《无线电管理条例》",
                    "工业节能、民用爆炸物品生产、无线电频率使用、企业技术改造、墙体材料、散装水泥"),
            k("司法局", "SFJ", Profile.MIXED, 0.8, "《中华人民共和国律师法》；《中华人民共和国公证法》；《人民调解法》",
                    "律师执业、公证、基层法律服务、司法鉴定、人民调解、法律援助"),
            k("财政局", "CZJ", Profile.MIXED, 0.8, "《中华人民共和国会计法》；《中华人民共和国政府采购法》；《中华人民共和国预算法》",
                    "会计代理记账、政府采购、财政票据、会计人员、国有资产、财政专项资金"),
            k("新闻出版局", "XWCB", Profile.ENFORCEMENT, 0.8, "《出版管理条例》；《印刷业管理条例》；《音像制品管理条例》",
                    "出版物零售、印刷经营、音像制品经营、出版物发行、内部资料性出版物印刷、版权"),
            k("地方金融监督管理局", "JRJ", Profile.ENFORCEMENT, 0.6, "《防范和处置非法集资条例》；《融资担保公司监督管理条例》",
                    "小额贷款、融资担保、典当、地方资产管理、非法集资防范、交易场所"),
            k("粮食和物资储备局", "LSJ", Profile.ENFORCEMENT, 0.6, "《粮食流通管理条例》；《中央储备粮管理条例》",
                    "粮食收购、粮食储存、粮食质量安全、储备粮管理、粮食统计、粮食销售出库"),
            k("气象局", "QXJ", Profile.ENFORCEMENT, 0.6, "《中华人民共和国气象法》；《气象灾害防御条例》；《人工影响天气管理条例》",
                    "雷电防护装置检测、施放气球、气象信息服务、气象探测环境保护、人工影响天气、防雷装置设计"),
            k("人民防空办公室", "RFB", Profile.MIXED, 0.6, "《中华人民共和国人民防空法》；《江苏省实施〈中华人民共和国人民防空法〉办法》",
                    "人防工程建设、防空地下室易地建设、人防工程拆除、人防警报设施、人防工程使用、人防工程平战转换"),
            k("邮政管理局", "YZJ", Profile.ENFORCEMENT, 0.6, "《中华人民共和国邮政法》；《快递暂行条例》",
                    "快递业务经营、邮政普遍服务、快递末端网点、寄递安全、邮政用品用具、集邮票品"),
            k("林业局", "LYJ", Profile.ENFORCEMENT, 0.6, "《中华人民共和国森林法》；《中华人民共和国野生动物保护法》",
                    "林木采伐、林地占用、野生动物驯养繁殖、木材运输、森林防火、林草种子"),
            k("科学技术局", "KJJ", Profile.SERVICE, 0.5, "《中华人民共和国科学技术进步法》；《中华人民共和国促进科技成果转化法》",
                    "科技成果登记、技术合同认定、高新技术企业认定、科技计划项目、实验动物、科学技术奖励"),
            k("体育局", "TYJ", Profile.MIXED, 0.5, "《中华人民共和国体育法》；《全民健身条例》",
                    "高危险性体育项目经营、体育赛事活动、社会体育指导员、健身设施、体育彩票、运动员等级"),
            k("统计局", "TJJ", Profile.ENFORCEMENT, 0.5, "《中华人民共和国统计法》；《中华人民共和国统计法实施条例》",
                    "统计调查、统计资料报送、统计台账建立、涉外调查、统计执法检查、统计信用"),
            k("退役军人事务局", "TYJR", Profile.SERVICE, 0.5, "《退役军人保障法》；《军人抚恤优待条例》",
                    "退役士兵安置、优抚对象抚恤、烈士褒扬、退役军人就业创业、伤残等级评定、光荣牌悬挂"),
            k("民族宗教事务局", "MZZJ", Profile.MIXED, 0.5, "《宗教事务条例》",
                    "宗教活动场所设立、宗教活动、宗教教职人员备案、大型宗教活动举办、宗教团体、宗教临时活动地点"),
            k("住房公积金管理中心", "GJJ", Profile.SERVICE, 0.4, "《住房公积金管理条例》",
                    "住房公积金缴存、住房公积金提取、住房公积金贷款、缴存登记、缴存比例调整、缓缴"),
            k("档案局", "DAJ", Profile.MIXED, 0.3, "《中华人民共和国档案法》",
                    "档案移交、档案出境、档案利用、档案寄存、档案安全、档案中介服务"),
            k("审计局", "SJJU", Profile.MIXED, 0.3, "《中华人民共和国审计法》",
                    "审计监督、审计资料提供、审计整改、内部审计、经济责任审计、审计调查"),
            k("地震局", "DZJ", Profile.MIXED, 0.3, "《中华人民共和国防震减灾法》",
                    "地震安全性评价、地震监测设施保护、抗震设防、地震观测环境、地震应急、地震预报"),
            k("残疾人联合会", "CLH", Profile.SERVICE, 0.3, "《中华人民共和国残疾人保障法》",
                    "残疾人证、残疾人就业保障金、残疾人康复、残疾人托养、无障碍环境、残疾人教育"),
            k("数据局", "SJUJ", Profile.MIXED, 0.3, "《中华人民共和国数据安全法》；《政务数据共享条例》",
                    "公共数据开放、政务信息系统、数据共享、电子政务外网、数据安全、信息化项目"),
            k("外事办公室", "WSB", Profile.SERVICE, 0.2, "《中华人民共和国出境入境管理法》",
                    "因公出国、外国人来访邀请、涉外活动、外事接待、国际友城交往、领事认证"),
            k("侨务办公室", "QWB", Profile.SERVICE, 0.2, "《中华人民共和国归侨侨眷权益保护法》",
                    "归侨侨眷身份认定、华侨回国定居、侨资企业、侨务捐赠、华侨权益、归侨生活补助"),
            k("保密局", "BMJ", Profile.MIXED, 0.2, "《中华人民共和国保守国家秘密法》",
                    "涉密信息系统、国家秘密载体印制、涉密人员、保密检查、定密、保密技术服务"),
            k("国家安全局", "AQJ", Profile.MIXED, 0.2, "《中华人民共和国反间谍法》",
                    "建设项目国家安全事项、涉外科研、国家安全防范、电子通信、出境人员、举报奖励"));
}
