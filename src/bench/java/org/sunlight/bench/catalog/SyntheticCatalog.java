package org.sunlight.bench.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.sunlight.catalog.LimitUnit;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemContent.BenchmarkLevel;
import org.sunlight.catalog.PowerItemContent.Contact;
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
import org.sunlight.catalog.TimeLimit;

/**
 * A seeded generator of a province-scale catalog for the benchmarks (until catalog-excel's generator is
 * merged; then the benchmarks can take theirs): Jiangsu's 13 cities and their counties, ~30 departments
 * each, items in Yangzhou's category distribution (4,383 of 5,376 are penalties) with realistic Chinese
 * names, legal bases, materials, fees and penalty benchmarks. The same seed gives the same catalog.
 */
final class SyntheticCatalog {

    record Department(int id, String name, String regionCode, List<String> regionPath, String regionName) {
    }

    record Item(String code, int departmentIndex, int seqNo, PowerItemContent content) {
    }

    /** Yangzhou's 5,376 items by category (DOMAIN.md), the weights of the distribution. */
    private static final Object[][] CATEGORY_WEIGHTS = {
            {PowerCategory.LICENSING, 286}, {PowerCategory.PENALTY, 4383}, {PowerCategory.LEVY, 115},
            {PowerCategory.COMPULSION, 206}, {PowerCategory.NON_LICENSING_APPROVAL, 98}, {PowerCategory.PAYMENT, 18},
            {PowerCategory.AWARD, 13}, {PowerCategory.CONFIRMATION, 98}, {PowerCategory.EXPROPRIATION, 1},
            {PowerCategory.ADJUDICATION, 7}, {PowerCategory.OTHER, 151}};

    static final String[][] CITIES = {
            {"320100", "南京市", "玄武区", "秦淮区", "建邺区", "鼓楼区", "浦口区", "栖霞区", "雨花台区", "江宁区", "六合区", "溧水区", "高淳区"},
            {"320200", "无锡市", "梁溪区", "锡山区", "惠山区", "滨湖区", "新吴区", "江阴市", "宜兴市"},
            {"320300", "徐州市", "鼓楼区", "云龙区", "贾汪区", "泉山区", "铜山区", "丰县", "沛县", "睢宁县", "新沂市", "邳州市"},
            {"320400", "常州市", "天宁区", "钟楼区", "新北区", "武进区", "金坛区", "溧阳市"},
            {"320500", "苏州市", "虎丘区", "吴中区", "相城区", "姑苏区", "吴江区", "常熟市", "张家港市", "昆山市", "太仓市"},
            {"320600", "南通市", "崇川区", "通州区", "海门区", "如东县", "启东市", "如皋市", "海安市"},
            {"320700", "连云港市", "连云区", "海州区", "赣榆区", "东海县", "灌云县", "灌南县"},
            {"320800", "淮安市", "淮安区", "淮阴区", "清江浦区", "洪泽区", "涟水县", "盱眙县", "金湖县"},
            {"320900", "盐城市", "亭湖区", "盐都区", "大丰区", "响水县", "滨海县", "阜宁县", "射阳县", "建湖县", "东台市"},
            {"321000", "扬州市", "广陵区", "邗江区", "江都区", "宝应县", "仪征市", "高邮市"},
            {"321100", "镇江市", "京口区", "润州区", "丹徒区", "丹阳市", "扬中市", "句容市"},
            {"321200", "泰州市", "海陵区", "高港区", "姜堰区", "兴化市", "靖江市", "泰兴市"},
            {"321300", "宿迁市", "宿城区", "宿豫区", "沭阳县", "泗阳县", "泗洪县"}};

    static final String[] DEPARTMENTS = {"住房和城乡建设局", "市场监督管理局", "生态环境局", "交通运输局", "自然资源和规划局",
            "卫生健康委员会", "应急管理局", "农业农村局", "水务局", "文化广电和旅游局", "公安局", "教育局", "民政局",
            "人力资源和社会保障局", "财政局", "商务局", "城市管理局", "发展和改革委员会", "工业和信息化局", "司法局", "审计局",
            "统计局", "医疗保障局", "退役军人事务局", "体育局", "粮食和物资储备局", "气象局", "林业局", "人民防空办公室", "档案局"};
    /** heavier departments hold more items (penalty-rich law enforcement) */
    private static final int[] DEPARTMENT_WEIGHTS = {9, 12, 7, 6, 6, 6, 5, 5, 3, 4, 5, 2, 2, 3, 1, 2, 6, 1, 2, 1, 1, 1, 2, 1, 1, 1, 1, 2, 1, 1};

    static final String[] SUBJECTS = {"建设单位", "施工单位", "监理单位", "勘察设计单位", "物业服务企业", "房地产开发企业", "房地产经纪机构",
            "燃气经营企业", "供水企业", "排水户", "食品生产者", "食品经营者", "餐饮服务提供者", "药品经营企业", "医疗机构", "个体诊所",
            "出租汽车经营者", "道路运输经营者", "网约车平台公司", "机动车维修经营者", "娱乐场所", "互联网上网服务营业场所", "旅行社",
            "养老机构", "民办学校", "培训机构", "用人单位", "劳务派遣单位", "生产经营单位", "危险化学品经营企业", "烟花爆竹经营单位",
            "排污单位", "建筑垃圾运输单位", "广告经营者", "特种设备使用单位", "加油站", "农药经营者", "兽药经营企业", "种子生产经营者",
            "渔业捕捞者", "采砂单位", "取水单位", "测绘单位", "不动产登记代理机构", "粮食收购者", "人防工程使用单位", "殡葬服务单位"};

    static final String[] VIOLATIONS = {"未取得施工许可证擅自施工", "偷工减料", "使用不合格的建筑材料", "未按规定移交物业管理用房",
            "擅自改变物业管理用房用途", "超越资质等级承揽工程", "未按照规定办理竣工验收备案", "擅自变更房屋结构", "违规收取物业服务费用",
            "未按规定公示收费标准", "无证经营", "超范围经营", "生产经营不符合食品安全标准的食品", "未按规定建立进货查验记录",
            "使用过期原料", "未按规定进行健康检查", "违法排放污染物", "未批先建", "不正常运行污染防治设施", "超标排放大气污染物",
            "未按规定设置排污口", "擅自拆除消防设施", "占用消防通道", "未按规定进行安全生产教育培训", "未如实记录安全生产教育培训情况",
            "未取得道路运输经营许可擅自从事经营", "拒载议价", "未按规定维护车辆", "非法占用耕地", "未经批准擅自采砂", "擅自取水",
            "违规发布虚假广告", "未按规定办理特种设备使用登记", "拒不执行停产整顿决定", "未按规定缴纳社会保险费", "克扣劳动者工资",
            "违法延长劳动时间", "非法行医", "违规销售处方药", "未按规定保存病历资料", "擅自举办营业性演出", "违规接纳未成年人",
            "伪造变造许可证件", "以欺骗贿赂等不正当手段取得许可", "拒绝阻碍监督检查", "未按规定报送统计资料", "违规处置建筑垃圾",
            "擅自占用城市道路", "擅自设置户外广告", "损毁城市绿地"};

    static final String[] LICENCES = {"建筑工程施工许可", "商品房预售许可", "燃气经营许可", "城镇污水排入排水管网许可",
            "建设工程规划许可", "建设用地规划许可", "食品经营许可", "食品生产许可", "药品经营许可", "医疗机构执业登记",
            "道路运输经营许可", "出租汽车经营许可", "网络预约出租汽车运输证核发", "娱乐场所经营许可", "旅行社设立许可",
            "取水许可", "河道采砂许可", "排污许可", "危险化学品经营许可", "烟花爆竹经营（零售）许可", "特种设备使用登记",
            "人防工程拆除审批", "临时占用城市道路审批", "城市建筑垃圾处置核准", "户外广告设施设置审批", "民办学校办学许可",
            "养老机构设立备案", "劳务派遣经营许可", "测绘资质审批", "种子生产经营许可", "农药经营许可", "兽药经营许可",
            "粮食收购资格认定", "房地产开发企业资质核定", "物业服务企业资质核定", "建筑业企业资质核定", "建设工程质量检测机构资质核定"};

    static final String[] OTHER_ACTIONS = {"行政征收", "查封扣押", "强制拆除", "代履行", "行政确认", "行政奖励", "行政给付", "行政裁决",
            "年度检验", "资格认定", "备案管理", "登记核准", "补助发放", "征收补偿", "证书换发"};

    static final String[] LAWS = {"《中华人民共和国城市房地产管理法》", "《物业管理条例》", "《建设工程质量管理条例》",
            "《中华人民共和国建筑法》", "《中华人民共和国食品安全法》", "《中华人民共和国安全生产法》", "《中华人民共和国环境保护法》",
            "《中华人民共和国大气污染防治法》", "《中华人民共和国水污染防治法》", "《中华人民共和国道路运输条例》", "《城镇燃气管理条例》",
            "《中华人民共和国消防法》", "《中华人民共和国广告法》", "《中华人民共和国产品质量法》", "《中华人民共和国药品管理法》",
            "《中华人民共和国城乡规划法》", "《中华人民共和国土地管理法》", "《中华人民共和国特种设备安全法》", "《娱乐场所管理条例》",
            "《城镇排水与污水处理条例》", "《江苏省物业管理条例》", "《江苏省城乡规划条例》", "《中华人民共和国劳动合同法》",
            "《社会保险费征缴暂行条例》", "《医疗机构管理条例》", "《中华人民共和国行政许可法》", "《中华人民共和国行政处罚法》"};

    static final String[] MATERIALS = {"申请书", "营业执照副本复印件", "法定代表人身份证明", "授权委托书", "场地使用证明",
            "建设工程规划许可证", "施工合同", "中标通知书", "安全生产许可证", "从业人员资格证书", "设备检验合格证明",
            "环境影响评价文件批复", "消防验收意见书", "平面布置图", "管理制度文本", "资金证明", "现场勘验笔录", "承诺书"};

    private static final String DIGITS = "零一二三四五六七八九";

    private final Random random;
    private final List<Department> departments = new ArrayList<>();
    private final int[] departmentPick;

    SyntheticCatalog(long seed) {
        this.random = new Random(seed);
        List<Integer> pick = new ArrayList<>();
        int id = 1;
        List<String> province = List.of("320000");
        for (int d = 0; d < DEPARTMENTS.length; d++) {
            departments.add(new Department(id++, "江苏省" + DEPARTMENTS[d].replace("局", "厅"), "320000", province, "江苏省"));
            for (int w = 0; w < DEPARTMENT_WEIGHTS[d]; w++) {
                pick.add(departments.size() - 1);
            }
        }
        for (String[] city : CITIES) {
            String cityCode = city[0];
            List<String> cityPath = List.of("320000", cityCode);
            for (int d = 0; d < DEPARTMENTS.length; d++) {
                departments.add(new Department(id++, city[1] + DEPARTMENTS[d], cityCode, cityPath, city[1]));
                for (int w = 0; w < DEPARTMENT_WEIGHTS[d]; w++) {
                    pick.add(departments.size() - 1);
                }
            }
            for (int c = 2; c < city.length; c++) {
                String countyCode = cityCode.substring(0, 4) + String.format("%02d", c - 1);
                List<String> countyPath = List.of("320000", cityCode, countyCode);
                for (int d = 0; d < DEPARTMENTS.length; d++) {
                    departments.add(new Department(id++, city[c] + DEPARTMENTS[d], countyCode, countyPath, city[c]));
                    // counties carry most of the catalog (DOMAIN.md: 1,715 of a county's 2,598 sit in its departments)
                    for (int w = 0; w < DEPARTMENT_WEIGHTS[d] * 2; w++) {
                        pick.add(departments.size() - 1);
                    }
                }
            }
        }
        departmentPick = pick.stream().mapToInt(Integer::intValue).toArray();
    }

    List<Department> departments() {
        return departments;
    }

    /** {@code n} items; the i-th is the same for the same seed. */
    List<Item> items(int n) {
        List<Item> items = new ArrayList<>(n);
        int[] seq = new int[departments.size()];
        int total = 0;
        for (Object[] w : CATEGORY_WEIGHTS) {
            total += (Integer) w[1];
        }
        for (int i = 0; i < n; i++) {
            int d = departmentPick[random.nextInt(departmentPick.length)];
            PowerCategory category = category(random.nextInt(total));
            Department dept = departments.get(d);
            int no = ++seq[d];
            String code = dept.regionCode() + "-" + String.format("%03d", dept.id() % 1000) + "-" + category.code() + "-" + String.format("%05d", no);
            items.add(new Item(code, d, no, content(category, dept)));
        }
        return items;
    }

    private static PowerCategory category(int r) {
        for (Object[] w : CATEGORY_WEIGHTS) {
            r -= (Integer) w[1];
            if (r < 0) {
                return (PowerCategory) w[0];
            }
        }
        return PowerCategory.OTHER;
    }

    private <T> T any(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private String article() {
        int n = 1 + random.nextInt(99);
        String text = n < 10 ? String.valueOf(DIGITS.charAt(n))
                : (n / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(n / 10))) + "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
        return "第" + text + "条";
    }

    private PowerItemContent content(PowerCategory category, Department dept) {
        String subject = any(SUBJECTS);
        String violation = any(VIOLATIONS);
        String name = switch (category) {
            case PENALTY -> "对" + subject + violation + "的处罚";
            case LICENSING -> any(LICENCES);
            case COMPULSION -> "对" + subject + violation + "的" + (random.nextBoolean() ? "查封扣押" : "强制执行");
            case LEVY -> any(new String[] {"城市基础设施配套费征收", "污水处理费征收", "水资源费征收", "土地闲置费征收", "防空地下室易地建设费征收"});
            default -> any(LICENCES).replace("许可", "") + any(OTHER_ACTIONS);
        };
        String law = any(LAWS);
        List<LegalBasis> bases = new ArrayList<>();
        bases.add(new LegalBasis(law, article(), "第" + DIGITS.charAt(1 + random.nextInt(3)) + "款",
                subject + violation + "的，由" + dept.regionName() + "人民政府有关主管部门责令改正，依法予以处理"));
        if (random.nextInt(3) == 0) {
            bases.add(new LegalBasis(any(LAWS), article(), null, "有关部门应当依照职责加强监督管理"));
        }
        List<Material> materials = new ArrayList<>();
        int m = category == PowerCategory.LICENSING ? 4 + random.nextInt(5) : 1 + random.nextInt(3);
        for (int i = 0; i < m; i++) {
            materials.add(new Material(any(MATERIALS), MaterialForm.values()[random.nextInt(3)], 1 + random.nextInt(2), "申请人自备", random.nextInt(5) > 0));
        }
        String unitName = any(new String[] {"法规科", "行政审批科", "执法大队", "监督管理科", "综合科"});
        Penalty penalty = null;
        if (category == PowerCategory.PENALTY) {
            int base = (1 + random.nextInt(10)) * 1000;
            penalty = new Penalty(subject + violation, law + article(), List.of(
                    new BenchmarkLevel("轻微", "首次违法且危害后果轻微并及时改正", FineKind.AMOUNT, BigDecimal.valueOf(base), BigDecimal.valueOf(base * 3L), "责令改正"),
                    new BenchmarkLevel("一般", "逾期未改正", FineKind.AMOUNT, BigDecimal.valueOf(base * 3L), BigDecimal.valueOf(base * 6L), "责令改正"),
                    new BenchmarkLevel("严重", "拒不改正或造成严重后果", FineKind.AMOUNT, BigDecimal.valueOf(base * 6L), BigDecimal.valueOf(base * 10L), "责令停业整顿")),
                    List.of("主动消除或者减轻违法行为危害后果"), List.of("一年内再次实施同类违法行为"));
        }
        List<RiskPoint> risks = List.of(new RiskPoint("审查", "违规" + (category == PowerCategory.PENALTY ? "减免罚款" : "降低审查标准"),
                RiskGrade.values()[random.nextInt(3)], "双人审核、集体讨论", unitName + "科长", random.nextBoolean()));
        return new PowerItemContent(name, category, String.format("%06d", random.nextInt(1_000_000)), dept.regionCode() + "MB" + String.format("%08d", random.nextInt(100_000_000)),
                null, dept.regionPath().size() == 1 ? PowerItemContent.ExerciseLevel.PROVINCE
                        : dept.regionPath().size() == 2 ? PowerItemContent.ExerciseLevel.CITY : PowerItemContent.ExerciseLevel.COUNTY,
                new Contact(unitName, null, "0514-8" + String.format("%07d", random.nextInt(10_000_000))), List.of(), bases,
                new TimeLimit(category == PowerCategory.PENALTY ? 90 : 20, category == PowerCategory.PENALTY ? LimitUnit.NATURAL_DAYS : LimitUnit.WORKING_DAYS),
                new TimeLimit(category == PowerCategory.PENALTY ? 60 : 10, category == PowerCategory.PENALTY ? LimitUnit.NATURAL_DAYS : LimitUnit.WORKING_DAYS),
                List.of(new Fee("不收费", null, null, BigDecimal.ZERO, BigDecimal.ZERO)),
                category == PowerCategory.LICENSING ? "申请人应当具备法律法规规定的条件，" + subject + "具有相应的场所、设备和专业人员" : null,
                materials,
                new Service("窗口办理、网上办理", dept.regionName() + "政务服务中心" + (1 + random.nextInt(4)) + "楼", "工作日 9:00-12:00 13:30-17:00",
                        "https://zwfw.jiangsu.example/" + dept.regionCode(), "12345", "12345"),
                penalty,
                List.of(new Responsibility(ResponsibilityStage.ACCEPTANCE, "依法受理或者不予受理并一次性告知", "对符合条件的不予受理的"),
                        new Responsibility(ResponsibilityStage.DECISION, "依法作出决定", "违法作出决定的")),
                risks);
    }

    /** A realistic mix of what people type: partial words, whole words, two terms, place names, codes, misses. */
    List<String> queries(int n, List<Item> items) {
        List<String> queries = new ArrayList<>(n);
        String[] words = {"物业", "施工许可", "食品经营", "燃气", "排污", "偷工减料", "消防", "出租汽车", "网约车", "养老", "社会保险",
                "建筑垃圾", "广告", "特种设备", "采砂", "取水", "资质", "预售", "处罚", "许可", "征收", "强制", "娱乐场所", "医疗机构",
                "危险化学品", "烟花爆竹", "农药", "种子", "劳务派遣", "测绘", "排水", "城市道路", "户外广告", "绿地", "药品", "旅行社"};
        String[] places = {"仪征", "高邮", "扬州", "南京", "苏州", "昆山", "江阴", "宝应", "邗江", "盐城", "泰兴", "沭阳"};
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(100);
            if (kind < 40) {
                String name = items.get(random.nextInt(items.size())).content().name();
                int len = 2 + random.nextInt(3);
                int start = random.nextInt(Math.max(1, name.length() - len));
                queries.add(name.substring(start, Math.min(name.length(), start + len)));
            } else if (kind < 65) {
                queries.add(any(words));
            } else if (kind < 85) {
                queries.add(any(places) + " " + any(words));
            } else if (kind < 90) {
                queries.add(any(SUBJECTS) + any(VIOLATIONS).substring(0, 2));
            } else if (kind < 95) {
                queries.add(items.get(random.nextInt(items.size())).code());
            } else {
                queries.add(any(new String[] {"火星采矿许可", "量子纠缠备案", "独角兽饲养", "zzqx", "时光机年检"}));
            }
        }
        return queries;
    }
}
