package org.sunlight.catalog.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent;
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
import org.sunlight.catalog.excel.CatalogRow;
import org.sunlight.catalog.excel.ContentNormalizer;

/**
 * Turns a {@link PowerSpec} into the full content of a version, for one department: codes, contacts,
 * the service guide, the discretion benchmark (four levels from the article's fine range, with
 * factors), the responsibility list and the integrity risk points. Deterministic: the same spec and
 * department always give the same content (variation comes from stable hashes of the names).
 */
final class ContentFactory {

    static final String HOURS = "法定工作日 上午8:30—12:00，下午14:00—17:30";
    static final String ONLINE = "https://www.jszwfw.gov.cn";

    /** The department an item belongs to, as its content names it. */
    record Department(String regionCode, String name, String key, ExerciseLevel level, String serviceHall, String phonePrefix,
            java.util.Map<String, String> contacts) {

        String phone(String salt) {
            return "0514-" + phonePrefix + String.format("%04d", Math.floorMod((name + salt).hashCode(), 10_000));
        }

        String code(int seqNo) {
            return regionCode + "-" + key + "-" + String.format("%04d", seqNo);
        }
    }

    private ContentFactory() {
    }

    static CatalogRow row(Department d, int seqNo, PowerSpec spec) {
        return new CatalogRow(d.code(seqNo), seqNo, content(d, spec));
    }

    static PowerItemContent content(Department d, PowerSpec spec) {
        int h = Math.abs(spec.name().hashCode() % 1_000_000);
        String basic = spec.category().code() + String.format("%06d", h) + "000";
        String implementation = d.regionCode() + basic;
        boolean penalty = spec.category() == PowerCategory.PENALTY;
        boolean application = !spec.materials().isEmpty();
        Contact host = spec.unit() == null ? null : new Contact(spec.unit(), d.contacts().get(spec.unit()), d.phone(spec.unit()));
        Service service = application
                ? new Service("窗口办理、网上办理", d.serviceHall(), HOURS, ONLINE, d.phone("咨询"), "0514-12345")
                : new Service("依职权实施", d.name() + (spec.unit() == null ? "" : spec.unit()), HOURS, null, d.phone("咨询"), "0514-12345");
        return ContentNormalizer.normalize(new PowerItemContent(spec.name(), spec.category(), basic, implementation,
                implementation + "001", d.level(), host, List.of(), bases(spec), spec.statutory(), spec.promised(), fees(spec),
                spec.conditions(), materials(spec), service, penalty ? penalty(spec, h) : null,
                penalty ? Duties.PENALTY : application ? Duties.APPLICATION : Duties.OWN_INITIATIVE,
                penalty ? Risks.PENALTY : application ? Risks.APPLICATION : Risks.OWN_INITIATIVE));
    }

    private static List<LegalBasis> bases(PowerSpec spec) {
        return spec.bases().stream().map(b -> new LegalBasis(b.law().title(), b.article(), b.clause(), b.excerpt())).toList();
    }

    private static List<Fee> fees(PowerSpec spec) {
        return spec.fees().stream().map(f -> new Fee(f.item(), f.basis(), f.standard(), BigDecimal.valueOf(f.min()),
                BigDecimal.valueOf(f.max()))).toList();
    }

    private static List<Material> materials(PowerSpec spec) {
        List<Material> out = new ArrayList<>();
        for (int i = 0; i < spec.materials().size(); i++) {
            String name = spec.materials().get(i);
            boolean optional = name.endsWith("（如有）");
            out.add(new Material(name, i == 0 ? MaterialForm.BOTH : MaterialForm.PAPER, 1,
                    i == 0 ? "申请人自备或政务服务网下载" : "申请人自备", !optional));
        }
        return out;
    }

    // ---- discretion benchmark

    private static final List<String> MITIGATING = List.of(
            "主动消除或者减轻违法行为危害后果的",
            "受他人胁迫或者诱骗实施违法行为的",
            "主动供述行政机关尚未掌握的违法行为的",
            "配合行政机关查处违法行为有立功表现的",
            "在共同违法行为中起次要或者辅助作用的",
            "已满十四周岁不满十八周岁的未成年人有违法行为的");
    private static final List<String> AGGRAVATING = List.of(
            "违法行为造成人身伤亡或者重大财产损失的",
            "一年内因同一种违法行为受过行政处罚的",
            "拒绝、阻碍或者以暴力威胁执法人员依法执行职务的",
            "隐匿、销毁违法行为证据的",
            "对举报人、证人打击报复的",
            "在责令改正期限内拒不改正的",
            "违法行为引发群体性事件或者造成恶劣社会影响的");

    private static Penalty penalty(PowerSpec spec, int h) {
        return new Penalty(spec.violation(), spec.penaltyArticle(), levels(spec.fine()), pick(MITIGATING, h, 3), pick(AGGRAVATING, h / 7, 3));
    }

    static List<BenchmarkLevel> levels(Fine fine) {
        String other = fine.sanctions();
        BenchmarkLevel slight = new BenchmarkLevel("轻微", "初次违法且危害后果轻微并及时改正的", FineKind.NONE, null, null,
                "依法不予行政处罚，责令改正并进行批评教育");
        if (fine.kind() == FineKind.NONE) {
            return List.of(slight, new BenchmarkLevel("一般", "违法事实清楚，在责令期限内改正的", FineKind.NONE, null, null, other));
        }
        if (!fine.range()) {
            return List.of(slight, new BenchmarkLevel("一般", "违法事实清楚，未主动消除危害后果的", fine.kind(), fine.min(), fine.max(), other));
        }
        BigDecimal low = fine.min().signum() == 0 ? null : fine.min();
        BigDecimal a = fine.at(0.3);
        BigDecimal b = fine.at(0.7);
        return List.of(slight,
                new BenchmarkLevel("一般", "首次实施该违法行为，涉及范围较小，在责令期限内改正，未造成不良社会影响的", fine.kind(), low, a, other),
                new BenchmarkLevel("较重", "违法行为持续时间较长或者涉及范围较大，经责令后改正，造成一定不良影响的", fine.kind(), a, b, other),
                new BenchmarkLevel("严重", "拒不改正，或者造成质量安全事故、群体性事件等严重后果，或者两年内再次实施同一违法行为的", fine.kind(), b,
                        fine.max(), other + "；情节特别严重的，依法降低资质等级或者吊销资质证书"));
    }

    private static List<String> pick(List<String> from, int h, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(from.get(Math.floorMod(h + i * 2, from.size())));
        }
        return out.stream().distinct().toList();
    }

    // ---- responsibility lists and risk points, by kind of power

    private static final class Duties {
        static final List<Responsibility> PENALTY = List.of(
                duty(ResponsibilityStage.ACCEPTANCE, "立案责任：对监督检查、投诉举报、上级交办和其他部门移送中发现的涉嫌违法行为及时审查，符合条件的在七日内立案。",
                        "对应当立案而不予立案，或者对不符合条件的予以立案的"),
                duty(ResponsibilityStage.REVIEW, "调查审查责任：指定两名以上持证执法人员调查取证，出示执法证件，全面、客观、公正地收集证据；审查案件事实、证据、程序和适用依据，提出处理意见。",
                        "调查取证不全面、不客观，或者违反法定程序收集证据的；应当回避而未回避的"),
                duty(ResponsibilityStage.DECISION, "告知决定责任：作出处罚决定前告知当事人拟处罚的事实、理由、依据及陈述、申辩、要求听证的权利；依照自由裁量基准作出决定，重大案件经集体讨论和法制审核。",
                        "未履行告知义务，或者违反自由裁量基准、超越职权作出处罚决定的"),
                duty(ResponsibilityStage.DELIVERY, "送达责任：依照法定方式在七日内将行政处罚决定书送达当事人。", "未依法送达，致使当事人权利受到损害的"),
                duty(ResponsibilityStage.AFTERCARE, "执行责任：督促当事人履行处罚决定，逾期不履行的依法加处罚款或者申请人民法院强制执行；处罚决定依法公示。",
                        "罚没款未及时足额上缴，或者截留、私分、变相私分罚没款物的"),
                duty(ResponsibilityStage.OTHER, "法律法规规章规定应当履行的其他责任。", "其他违反法律法规规章规定的行为"));
        static final List<Responsibility> APPLICATION = List.of(
                duty(ResponsibilityStage.ACCEPTANCE, "受理责任：公示应当提交的材料，一次性告知需要补正的全部内容，依法受理或者不予受理；不予受理的书面说明理由。",
                        "对符合条件的申请不予受理，或者未一次性告知补正内容的"),
                duty(ResponsibilityStage.REVIEW, "审查责任：审查申请材料，需要核实的组织现场核查，提出审查意见。", "对不符合条件的申请予以通过，或者擅自增设条件的"),
                duty(ResponsibilityStage.DECISION, "决定责任：在承诺时限内作出决定；不予批准的书面说明理由，并告知申请人依法申请行政复议或者提起行政诉讼的权利。",
                        "超过法定期限作出决定，或者超越职权作出决定的"),
                duty(ResponsibilityStage.DELIVERY, "送达责任：制发证件或者决定文书并依法送达，办理结果依法公开。", "未依法送达或者公开的"),
                duty(ResponsibilityStage.AFTERCARE, "事后监管责任：对申请人依照决定从事的活动进行监督检查，发现违法行为依法处理。", "监管不力，造成严重后果的"),
                duty(ResponsibilityStage.OTHER, "法律法规规章规定应当履行的其他责任。", "其他违反法律法规规章规定的行为"));
        static final List<Responsibility> OWN_INITIATIVE = List.of(
                duty(ResponsibilityStage.REVIEW, "实施前责任：制定工作方案，由两名以上持证执法人员实施，出示执法证件，告知当事人权利。",
                        "无法定依据或者违反法定程序实施的"),
                duty(ResponsibilityStage.DECISION, "决定责任：依法作出处理决定，制作并送达文书。", "超越职权或者滥用职权作出决定的"),
                duty(ResponsibilityStage.AFTERCARE, "事后责任：跟踪处理情况，依法公开结果。", "发现问题未依法处理，造成严重后果的"),
                duty(ResponsibilityStage.OTHER, "法律法规规章规定应当履行的其他责任。", "其他违反法律法规规章规定的行为"));

        private static Responsibility duty(ResponsibilityStage stage, String duty, String accountability) {
            return new Responsibility(stage, duty, "因不履行或者不正确履行职责，有下列情形之一的，依法追究相应责任：" + accountability + "。");
        }
    }

    private static final class Risks {
        static final List<RiskPoint> PENALTY = List.of(
                new RiskPoint("立案", "对违法线索选择性立案，或者应当立案而不立案、压案不查", RiskGrade.C,
                        "建立案件线索登记制度，线索和立案全程网上登记，立案由科室负责人审批", "科长岗", true),
                new RiskPoint("调查", "调查取证不全面、不客观，接受当事人宴请、礼品，通风报信", RiskGrade.B,
                        "执法人员不少于两人，执法全过程记录，严格执行回避制度", "执法岗", true),
                new RiskPoint("决定", "滥用自由裁量权，处罚畸轻畸重，办人情案、关系案", RiskGrade.A,
                        "严格执行自由裁量基准，偏离基准须书面说明理由并经法制审核；重大案件集体讨论；处罚结果公开", "分管领导岗", true),
                new RiskPoint("执行", "罚没款不及时足额上缴，或者以罚代管、以罚代刑", RiskGrade.B,
                        "实行罚缴分离，罚款直接缴入国库，电子监察比对缴款记录", "执法岗", false));
        static final List<RiskPoint> APPLICATION = List.of(
                new RiskPoint("受理", "对符合条件的申请不予受理，或者故意刁难、拖延", RiskGrade.C,
                        "公开办事指南，实行一次性告知和限时办结，网上全程留痕", "受理岗", true),
                new RiskPoint("审查", "审查不严或者利用职务吃拿卡要，对不符合条件的申请予以通过", RiskGrade.B,
                        "审查标准公开，实行受理与审查分离，现场核查两人以上", "审核岗", true),
                new RiskPoint("决定", "违规作出决定，或者超越职权审批", RiskGrade.A,
                        "分级审批，审批结果公示，电子监察实时监控", "科长岗", true));
        static final List<RiskPoint> OWN_INITIATIVE = List.of(
                new RiskPoint("实施", "选择性检查或者检查走过场，隐瞒发现的问题", RiskGrade.B,
                        "随机抽取检查对象和执法人员，检查结果公开", "执法岗", true),
                new RiskPoint("处理", "对发现的问题不依法处理，或者以言代法", RiskGrade.C,
                        "问题清单销号管理，处理结果报科室负责人审核", "科长岗", false));
    }
}
