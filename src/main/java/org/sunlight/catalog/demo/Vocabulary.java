package org.sunlight.catalog.demo;

import java.util.List;

import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.demo.DepartmentKinds.Kind;
import org.sunlight.catalog.demo.PowerSpec.Basis;

/**
 * Words for generated items: the i-th power of a category in a department of some kind, named the way
 * Jiangsu's lists name them (对…的处罚, …许可证核发, …登记), based on one of the department's laws.
 * The same kind of department in every region gets the same names, as real lists do.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    private static final List<String> SUBJECTS = List.of("生产经营单位", "从业人员", "经营者", "建设单位", "服务机构", "管理单位", "企业", "个人");

    private static final List<String> VIOLATIONS = List.of(
            "未取得%s许可擅自从事相关活动", "超出许可范围从事%s活动", "未按照规定办理%s变更手续", "提供虚假材料申请%s",
            "伪造、涂改、出租、出借%s许可证件", "未按照规定建立%s管理制度", "未按照规定报送%s有关资料", "拒绝、阻碍%s监督检查",
            "未按照规定公示%s有关信息", "违反%s安全管理规定", "未按照规定保存%s记录", "逾期未改正%s违法行为",
            "未按照规定配备%s专业人员", "擅自停止%s活动");

    private static final List<Fine> FINES = List.of(
            Fine.amount(1_000, 10_000), Fine.amount(5_000, 50_000), Fine.amount(10_000, 100_000), Fine.amount(20_000, 200_000),
            Fine.amount(50_000, 500_000), Fine.upTo(2_000), Fine.upTo(30_000), Fine.gains("1", "5"),
            Fine.value("货值金额", "0.5", "3"), Fine.amount(100_000, 1_000_000), Fine.warning());

    private static final String[] NAMES_LICENSING = {"%s许可", "%s许可证核发", "%s许可变更", "%s许可延续", "%s许可注销"};
    private static final String[] NAMES_APPROVAL = {"%s审批", "%s核准", "%s方案审查", "%s审核"};
    private static final String[] NAMES_LEVY = {"%s相关费用征收", "%s补偿费征收", "%s保证金收缴"};
    private static final String[] NAMES_COMPULSION = {"查封%s违法场所和设施", "扣押%s违法物品", "责令暂停%s活动", "%s违法行为加处罚款"};
    private static final String[] NAMES_PAYMENT = {"%s补助给付", "%s补贴发放", "%s救助金给付"};
    private static final String[] NAMES_AWARD = {"对%s工作中作出突出贡献的单位和个人的奖励", "对举报%s违法行为的奖励"};
    private static final String[] NAMES_CONFIRMATION = {"%s登记", "%s资格认定", "%s证明出具", "%s备案确认"};
    private static final String[] NAMES_EXPROPRIATION = {"突发事件应对中%s设施设备的征用"};
    private static final String[] NAMES_ADJUDICATION = {"%s权属争议裁决", "%s纠纷裁决"};
    private static final String[] NAMES_OTHER = {"%s备案", "%s年度报告公示", "%s信用评价", "%s事项审核转报", "%s监督检查"};

    private static final String SURNAMES = "王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高梁";
    private static final String[] GIVEN = {"建国", "晓明", "海燕", "志强", "静", "立新", "国平", "丽", "俊", "军", "红梅", "文", "斌", "洁", "伟"};

    static String person(int n) {
        return SURNAMES.charAt(Math.floorMod(n, SURNAMES.length())) + GIVEN[Math.floorMod(n / SURNAMES.length(), GIVEN.length)];
    }

    /** The {@code i}-th item of {@code category} in a department of this kind. */
    static PowerSpec spec(Kind kind, PowerCategory category, int i, String unit) {
        List<String> acts = kind.activities();
        String act = acts.get(i % acts.size());
        int round = i / acts.size();
        Law law = law(kind, i);
        String article = "第" + Chinese.number(20 + (i * 7) % 60) + "条";
        if (category == PowerCategory.PENALTY) {
            String subject = SUBJECTS.get(round % SUBJECTS.size());
            int template = round / SUBJECTS.size();
            String violation = subject + String.format(VIOLATIONS.get(template % VIOLATIONS.size()), act) + suffix(template / VIOLATIONS.size());
            return PowerSpec.penalty(unit, law, article, FINES.get(i % FINES.size()), violation);
        }
        String[] names = switch (category) {
            case LICENSING -> NAMES_LICENSING;
            case NON_LICENSING_APPROVAL -> NAMES_APPROVAL;
            case LEVY -> NAMES_LEVY;
            case COMPULSION -> NAMES_COMPULSION;
            case PAYMENT -> NAMES_PAYMENT;
            case AWARD -> NAMES_AWARD;
            case CONFIRMATION -> NAMES_CONFIRMATION;
            case EXPROPRIATION -> NAMES_EXPROPRIATION;
            case ADJUDICATION -> NAMES_ADJUDICATION;
            default -> NAMES_OTHER;
        };
        String name = String.format(names[round % names.length], act) + suffix(round / names.length);
        Basis basis = new Basis(law, article, null, "依照本" + law.self() + "规定，" + name + "由" + law.enforcer() + "依法办理。");
        boolean application = switch (category) {
            case LICENSING, NON_LICENSING_APPROVAL, PAYMENT, CONFIRMATION, OTHER, ADJUDICATION -> true;
            default -> false;
        };
        if (!application) {
            return PowerSpec.ownInitiative(unit, category, name, List.of(basis));
        }
        List<String> materials = List.of(name + "申请表", "申请人身份证明或者营业执照", act + "相关证明材料", "场所平面图（如有）");
        int statutory = category == PowerCategory.PAYMENT ? 30 : 20;
        return PowerSpec.application(unit, category, name, List.of(basis), materials, List.of(), statutory, statutory / 2, null);
    }

    /** More items than words: the n-th repetition gets a qualifier. */
    private static String suffix(int n) {
        return n == 0 ? "" : "（第" + Chinese.number(n + 1) + "类情形）";
    }

    private static Law law(Kind kind, int i) {
        String title = kind.laws().get(i % kind.laws().size());
        String self = title.endsWith("法》") ? "法" : title.endsWith("条例》") ? "条例" : title.endsWith("规定》") ? "规定" : "办法";
        String authority = kind.suffix().replaceAll("(局|委员会|办公室|中心|支队|联合会)$", "");
        return Law.of(title, self, "县级以上人民政府" + authority + "主管部门");
    }
}
