package org.sunlight.casework.internal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.sunlight.casework.CaseCommands.Backdate;
import org.sunlight.casework.CaseCommands.Collection;
import org.sunlight.casework.CaseCommands.ExtensionRequest;
import org.sunlight.casework.CaseCommands.FeeCharge;
import org.sunlight.casework.CaseCommands.NewApplication;
import org.sunlight.casework.CaseCommands.NewPenaltyCase;
import org.sunlight.casework.CaseCommands.Note;
import org.sunlight.casework.CaseCommands.PartyInput;
import org.sunlight.casework.CaseCommands.PenaltyAssessment;
import org.sunlight.casework.CaseCommands.SpecialProcedureEnd;
import org.sunlight.casework.CaseCommands.SpecialProcedureStart;
import org.sunlight.casework.CaseCommands.StepCompletion;
import org.sunlight.casework.CaseCommands.SupplementRequest;
import org.sunlight.casework.CaseHandling;
import org.sunlight.casework.CaseView;
import org.sunlight.casework.Channel;
import org.sunlight.casework.FilingSource;
import org.sunlight.casework.SpecialProcedureKind;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemContent.BenchmarkLevel;
import org.sunlight.catalog.PowerItemContent.FineKind;
import org.sunlight.identity.Actor;

/**
 * Plays one {@link DemoScenario} for one case: the commands of {@link CaseHandling}, in order, each by the
 * demo person who works that step, at the times the {@link DemoTimeline} gives.
 */
final class DemoScript {

    private final CaseHandling cases;
    private final Actor applicant;
    private final DemoItem item;
    private final Random r;
    private final DemoTimeline t;
    private final String key;
    private CaseView c;

    DemoScript(CaseHandling cases, Actor applicant, DemoItem item, Random random, DemoTimeline timeline, String idempotencyKey) {
        this.cases = cases;
        this.applicant = applicant;
        this.item = item;
        this.r = random;
        this.t = timeline;
        this.key = idempotencyKey;
    }

    CaseView play(DemoScenario s) {
        return item.penalty() ? penalty(s) : application(s);
    }

    // ---- applications ---------------------------------------------------------------------------

    private CaseView application(DemoScenario s) {
        switch (s) {
            case ONLINE_RECEIVED -> online();
            case PRE_ACCEPTED -> {
                online();
                preAccept();
            }
            case WITHDRAWN_ONLINE -> {
                online();
                if (r.nextBoolean()) {
                    preAccept();
                }
                c = cases.withdraw(applicant, c.id(), new Note(c.version(), pick(WITHDRAW_REASONS), null));
            }
            case RECEIVED -> receive();
            case SUPPLEMENT_BEFORE_ACCEPTANCE -> {
                receive();
                supplement(0);
            }
            case REFUSED, BACKFILLED_REFUSED -> {
                receive();
                c = cases.refuse(item.worker("accept"), c.id(), new Note(c.version(), pick(REFUSALS), t.after(r.nextInt(2))));
            }
            case WITHDRAWN -> {
                receive();
                if (r.nextBoolean()) {
                    accept(0);
                }
                c = cases.withdraw(item.receiver(), c.id(), new Note(c.version(), pick(WITHDRAW_REASONS), t.after(1)));
            }
            case TERMINATED -> {
                receive();
                accept(0);
                c = cases.terminate(item.head(), c.id(), new Note(c.version(), pick(TERMINATIONS), t.after(2)));
            }
            case AT_REVIEW -> {
                receive();
                accept(0);
            }
            case RETURNED -> {
                receive();
                accept(0);
                step("review", "退回", pick(RETURNS), 2);
            }
            case SUPPLEMENTING -> {
                receive();
                accept(0);
                supplement(1);
            }
            case AT_DECISION -> {
                receive();
                accept(0);
                step("review", "审查通过", pick(REVIEW_OPINIONS), 2);
            }
            case SPECIAL_PROCEDURE -> {
                receive();
                accept(0);
                step("review", "审查通过", pick(REVIEW_OPINIONS), 2);
                special(SpecialProcedureKind.EXPERT_REVIEW, 1);
            }
            case DECIDED -> {
                acceptedAndReviewed();
                decide(true);
            }
            case CLOSED_APPROVED, BACKFILLED_APPROVED -> {
                acceptedAndReviewed();
                fee();
                decide(true);
                deliver();
            }
            case CLOSED_DENIED, BACKFILLED_DENIED -> {
                acceptedAndReviewed();
                decide(false);
                deliver();
            }
            case CLOSED_AFTER_PAUSES -> {
                receive();
                accept(0);
                supplement(1);
                c = cases.receiveSupplement(item.receiver(), c.id(), new Note(c.version(), "申请人已按补正告知补齐材料", t.after(3)));
                step("review", "审查通过", pick(REVIEW_OPINIONS), 2);
                special(SpecialProcedureKind.TESTING, 1);
                c = cases.endSpecialProcedure(item.head(), c.id(),
                        new SpecialProcedureEnd(c.version(), "检验合格，检验报告已归档", null, t.after(5)));
                decide(true);
                deliver();
            }
            case OVERDUE -> {
                receive();
                accept(0);
                step("review", "审查通过", pick(REVIEW_OPINIONS), 3);
            }
            case EXTENDED -> {
                receive();
                accept(0);
                step("review", "审查通过", pick(REVIEW_OPINIONS), 3);
                c = cases.extend(item.leader(), c.id(), new ExtensionRequest(c.version(), 5 + r.nextInt(6),
                        "现场核查涉及多个部门，需延长办理期限", t.after(item.limit().days() - 5)));
            }
            default -> throw new IllegalArgumentException("not an application scenario: " + s);
        }
        return c;
    }

    private void acceptedAndReviewed() {
        receive();
        accept(0);
        step("review", "审查通过", pick(REVIEW_OPINIONS), 1 + r.nextInt(4));
    }

    private void receive() {
        c = cases.apply(item.receiver(), new NewApplication(item.item().id(), Channel.WINDOW, party(), null, Map.of(), t.after(0),
                null, List.of()));
    }

    private void online() {
        PartyInput party = r.nextInt(3) == 0 ? new PartyInput(org.sunlight.casework.PartyType.CITIZEN, applicant.displayName(),
                DemoParties.idNumber(r, item.regionCode()), "13800000000", null) : party();
        c = cases.apply(applicant, new NewApplication(item.item().id(), Channel.ONLINE, party, null, Map.of(), null, key, List.of()));
    }

    private void preAccept() {
        c = cases.preAccept(item.worker("accept"), c.id(), new Note(c.version(), "网上材料初审齐全，请携原件到窗口核验", null));
    }

    private void accept(int days) {
        step("accept", "受理", "材料齐全，符合法定形式，予以受理", days);
    }

    private void decide(boolean approve) {
        if (approve) {
            step("decide", "准予许可", "同意，准予许可", 1 + r.nextInt(2));
        } else {
            step("decide", "不予许可", pick(DENIALS), 1 + r.nextInt(2));
        }
    }

    private void deliver() {
        step("deliver", null, "决定书已送达申请人", 1 + r.nextInt(2));
        if (r.nextInt(3) > 0) {
            c = cases.collect(item.receiver(), c.id(), new Collection(c.version(), c.partyName(),
                    r.nextBoolean() ? "WINDOW" : "POST", t.after(0)));
        }
    }

    private void supplement(int days) {
        List<String> missing = new ArrayList<>();
        List<PowerItemContent.Material> materials = item.content().materials() == null ? List.of() : item.content().materials();
        for (PowerItemContent.Material m : materials) {
            if (missing.size() < 2 && r.nextBoolean()) {
                missing.add(m.name());
            }
        }
        if (missing.isEmpty()) {
            missing.add(materials.isEmpty() ? "法定代表人身份证明" : materials.get(0).name());
        }
        c = cases.requestSupplement(item.head(), c.id(), new SupplementRequest(c.version(), missing, "请于十五日内补正", t.after(days)));
    }

    private void special(SpecialProcedureKind kind, int days) {
        String reason = kind == SpecialProcedureKind.EXPERT_REVIEW ? "申请事项技术性强，需组织专家评审"
                : kind == SpecialProcedureKind.TESTING ? "需对申请人提交的样品进行检验"
                : "涉案物品价值需委托专业机构鉴定";
        c = cases.startSpecialProcedure(item.head(), c.id(), new SpecialProcedureStart(c.version(), kind, reason,
                item.leader() == null ? item.head().displayName() : item.leader().displayName(), 10 + r.nextInt(20), t.after(days)));
    }

    private void fee() {
        List<PowerItemContent.Fee> fees = item.content().fees();
        if (fees == null || fees.isEmpty()) {
            return;
        }
        PowerItemContent.Fee fee = fees.get(0);
        BigDecimal amount = fee.amountMin() != null && fee.amountMin().signum() > 0 ? fee.amountMin() : fee.amountMax();
        if (amount == null || amount.signum() <= 0 || fee.item() == null) {
            return;
        }
        c = cases.chargeFee(item.head(), c.id(), new FeeCharge(c.version(), fee.item(), amount.setScale(2, RoundingMode.HALF_UP), null,
                t.after(0)));
    }

    // ---- penalties --------------------------------------------------------------------------------

    private CaseView penalty(DemoScenario s) {
        file();
        switch (s) {
            case P_REGISTERED -> {
            }
            case P_NOT_FILED -> c = cases.refuse(item.worker("file"), c.id(), new Note(c.version(), pick(NOT_FILED), t.after(2)));
            case P_TERMINATED -> {
                fileApproved();
                c = cases.terminate(item.head(), c.id(), new Note(c.version(), pick(PENALTY_TERMINATIONS), t.after(5)));
            }
            case P_INVESTIGATING, P_OVERDUE -> fileApproved();
            case P_SPECIAL_PROCEDURE -> {
                fileApproved();
                special(SpecialProcedureKind.APPRAISAL, 3);
            }
            case P_AT_REVIEW -> investigated(Fine.INSIDE);
            case P_AT_NOTICE -> {
                investigated(Fine.INSIDE);
                reviewed();
            }
            case P_HEARING -> {
                investigated(Fine.INSIDE);
                reviewed();
                notifyParty(true);
            }
            case P_LEGAL_REVIEW -> {
                investigated(Fine.MAJOR);
                reviewed();
                notifyParty(false);
            }
            case P_OUTSIDE_LEGAL_REVIEW -> {
                investigated(Fine.OUTSIDE);
                reviewed();
                notifyParty(false);
            }
            case P_DECIDED -> {
                investigated(Fine.INSIDE);
                reviewed();
                notifyParty(false);
                decidePenalty();
            }
            case P_EXECUTING -> {
                investigated(Fine.INSIDE);
                reviewed();
                notifyParty(false);
                decidePenalty();
                step("deliver", "送达完毕", "行政处罚决定书已直接送达当事人", 2);
            }
            case P_CLOSED, P_BACKFILLED_CLOSED -> toTheEnd(Fine.INSIDE, false);
            case P_CLOSED_AFTER_LEGAL_REVIEW -> toTheEnd(Fine.MAJOR, false);
            case P_CLOSED_OUTSIDE -> toTheEnd(Fine.OUTSIDE, false);
            case P_CLOSED_AFTER_HEARING -> toTheEnd(Fine.INSIDE, true);
            case P_NOT_PENALIZED -> {
                fileApproved();
                step("investigate", "调查终结", "调查终结，违法事实不能成立", 10 + r.nextInt(10));
                step("review", "不予处罚", pick(NOT_PENALIZED), 3);
                step("close", null, "不予处罚，予以结案", 2);
            }
            default -> throw new IllegalArgumentException("not a penalty scenario: " + s);
        }
        return c;
    }

    private void file() {
        FilingSource source = FilingSource.values()[r.nextInt(FilingSource.values().length)];
        String facts = "执法人员" + (source == FilingSource.COMPLAINT ? "根据群众投诉" : source == FilingSource.REFERRAL ? "根据上级交办线索"
                : "在日常检查中") + "发现当事人涉嫌" + violation() + "，现场制作了检查笔录并拍照取证。";
        c = cases.file(item.receiver(), new NewPenaltyCase(item.item().id(), source, party(), null, facts, item.officers(), t.after(0),
                List.of()));
    }

    private String violation() {
        String name = item.name();
        if (name.startsWith("对") && name.endsWith("的处罚")) {
            return name.substring(1, name.length() - 3);
        }
        return "违反" + name + "相关规定";
    }

    private void fileApproved() {
        step("file", "立案", "符合立案条件，同意立案", 1 + r.nextInt(3));
    }

    private void investigated(Fine fine) {
        fileApproved();
        assess(fine, 5 + r.nextInt(15));
        step("investigate", "调查终结", "违法事实清楚，证据确凿，调查终结", 1);
    }

    private void reviewed() {
        step("review", "拟予处罚", "事实清楚，证据确凿，程序合法，裁量适当，拟予处罚", 2 + r.nextInt(3));
    }

    private void notifyParty(boolean hearing) {
        if (hearing) {
            step("notify", "申请听证", "当事人在法定期限内提出听证申请", Map.of("hearingRequested", true), 3 + r.nextInt(3));
        } else {
            step("notify", "继续", "已告知当事人拟作出的处罚及其陈述申辩权，当事人未提出陈述申辩", Map.of(), 5 + r.nextInt(3));
        }
    }

    private void decidePenalty() {
        step("decide", "作出决定", "同意处罚意见", 1 + r.nextInt(2));
    }

    private void toTheEnd(Fine fine, boolean hearing) {
        investigated(fine);
        reviewed();
        notifyParty(hearing);
        if (hearing) {
            step("hearing", "听证结束", "听证会已举行，当事人的申辩理由不成立", 10 + r.nextInt(5));
        }
        if (fine != Fine.INSIDE) {
            step("legal", "审核通过", "主体适格，事实清楚，证据充分，适用法律正确，程序合法，同意", 3 + r.nextInt(4));
        }
        decidePenalty();
        step("deliver", "送达完毕", "行政处罚决定书已直接送达当事人", 2);
        step("execute", "执行完毕", "当事人已按期缴纳罚款", 5 + r.nextInt(10));
        step("close", null, "处罚决定已执行完毕，予以结案", 2);
    }

    private enum Fine {
        INSIDE, MAJOR, OUTSIDE
    }

    /** 裁量 by the acting officer while the investigation is open. */
    private void assess(Fine wanted, int days) {
        List<BenchmarkLevel> levels = item.levels();
        List<BenchmarkLevel> fitting = levels.stream().filter(l -> fits(l, wanted)).toList();
        BenchmarkLevel level = fitting.get(r.nextInt(fitting.size()));
        FineKind kind = DemoItem.kind(level);
        BigDecimal min = level.min() == null ? BigDecimal.ZERO : level.min();
        BigDecimal max = level.max() == null ? min : level.max();
        BigDecimal base = null;
        BigDecimal major = item.majorFine();
        if (kind == FineKind.MULTIPLE_OF_GAINS || kind == FineKind.MULTIPLE_OF_VALUE) {
            long yuan;
            if (wanted == Fine.MAJOR) {
                yuan = major.divide(max, 0, RoundingMode.CEILING).longValue() + 1000 + r.nextInt(20_000);
            } else {
                // inside the benchmark and below the major threshold: gains small enough that the whole range is
                long ceiling = max.signum() == 0 ? 40_000 : major.divide(max, 0, RoundingMode.FLOOR).longValue() - 1;
                yuan = Math.max(100, Math.min(ceiling, 2_000 + r.nextInt(30_000)));
            }
            base = BigDecimal.valueOf(yuan);
            min = min.multiply(base);
            max = max.multiply(base);
        }
        BigDecimal fine;
        String outsideReason = null;
        if (kind == FineKind.NONE) {
            fine = BigDecimal.ZERO;
        } else if (wanted == Fine.OUTSIDE) {
            if (min.compareTo(BigDecimal.valueOf(2000)) >= 0) {
                fine = hundreds(min.divide(BigDecimal.valueOf(2), RoundingMode.DOWN));
                outsideReason = "当事人主动消除违法行为危害后果且系初次违法，经集体讨论决定减轻处罚";
            } else {
                fine = hundreds(max.multiply(BigDecimal.valueOf(1.3))).add(BigDecimal.valueOf(100));
                outsideReason = "违法行为持续时间长、涉及面广，经集体讨论决定在基准以上处罚";
            }
        } else {
            BigDecimal low = wanted == Fine.MAJOR && min.compareTo(major) < 0 ? major : min;
            BigDecimal high = wanted == Fine.INSIDE && max.compareTo(major) >= 0 ? major.subtract(BigDecimal.valueOf(100)) : max;
            BigDecimal span = high.subtract(low).max(BigDecimal.ZERO);
            fine = hundreds(low.add(span.multiply(BigDecimal.valueOf(r.nextDouble()))));
            if (fine.compareTo(low) < 0) {
                fine = fine.add(BigDecimal.valueOf(100));
            }
            if (fine.compareTo(high) > 0) {
                fine = high.setScale(0, RoundingMode.DOWN);
            }
        }
        List<String> factors = new ArrayList<>();
        PowerItemContent.Penalty p = item.content().penalty();
        List<String> mitigating = p.mitigatingFactors() == null ? List.of() : p.mitigatingFactors();
        List<String> aggravating = p.aggravatingFactors() == null ? List.of() : p.aggravatingFactors();
        if (!mitigating.isEmpty() && r.nextInt(3) == 0) {
            factors.add(mitigating.get(r.nextInt(mitigating.size())));
        } else if (!aggravating.isEmpty() && r.nextInt(4) == 0) {
            factors.add(aggravating.get(r.nextInt(aggravating.size())));
        }
        c = cases.assessPenalty(item.worker("investigate"), c.id(), new PenaltyAssessment(c.version(), level.name(), factors, base,
                fine.setScale(2, RoundingMode.UNNECESSARY), outsideReason, t.after(days)));
    }

    private boolean fits(BenchmarkLevel l, Fine wanted) {
        FineKind kind = DemoItem.kind(l);
        boolean fines = kind != FineKind.NONE && l.max() != null && l.max().signum() > 0;
        BigDecimal min = l.min() == null ? BigDecimal.ZERO : l.min();
        return switch (wanted) {
            case INSIDE -> kind == FineKind.NONE || kind != FineKind.AMOUNT || min.compareTo(item.majorFine()) < 0;
            case MAJOR -> fines && (kind != FineKind.AMOUNT || l.max().compareTo(item.majorFine()) >= 0);
            case OUTSIDE -> fines;
        };
    }

    private static BigDecimal hundreds(BigDecimal v) {
        return v.divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).multiply(BigDecimal.valueOf(100));
    }

    // ---- shared -------------------------------------------------------------------------------------

    private void step(String step, String outcome, String opinion, int days) {
        step(step, outcome, opinion, null, days);
    }

    private void step(String step, String outcome, String opinion, Map<String, Object> variables, int days) {
        Backdate b = t.after(days);
        c = cases.complete(item.worker(step), c.id(), new StepCompletion(c.version(), step, outcome, opinion, variables, b, null));
    }

    private PartyInput party() {
        return item.penalty() || r.nextInt(4) > 0 ? DemoParties.any(r, item.city(), item.regionCode())
                : DemoParties.person(r, item.city(), item.regionCode());
    }

    private String pick(List<String> options) {
        return options.get(r.nextInt(options.size()));
    }

    private static final List<String> REVIEW_OPINIONS = List.of("材料真实有效，符合法定条件，建议准予许可", "经审查，申请符合规定条件",
            "现场核查情况与申请材料一致，符合条件");
    private static final List<String> RETURNS = List.of("申请材料中的营业执照复印件与原件不一致，退回受理环节重新核对",
            "申请表缺少法定代表人签字，退回受理环节补正后再送审");
    private static final List<String> DENIALS = List.of("经现场核查，申请人不具备规定的专业技术人员条件，不予许可",
            "申请人提供的业绩材料不符合申报等级要求，依法不予许可", "经审查，申请事项不符合相关规划要求，不予许可");
    private static final List<String> REFUSALS = List.of("申请事项依法不属于本机关职权范围，请向有权机关申请",
            "申请人不具备申请主体资格，依法不予受理", "申请人隐瞒有关情况提供虚假材料，依法不予受理");
    private static final List<String> WITHDRAW_REASONS = List.of("申请人书面申请撤回", "申请人因经营计划调整申请撤回",
            "申请人拟补充材料后重新申请");
    private static final List<String> TERMINATIONS = List.of("申请人企业已注销，依法终止办理", "申请事项所依据的法律规定已废止，依法终止办理");
    private static final List<String> NOT_FILED = List.of("经初步核查，违法事实不存在，不予立案", "违法行为已超过追责期限，依法不予立案",
            "经核查不属于本机关管辖，已移送有管辖权的机关");
    private static final List<String> PENALTY_TERMINATIONS = List.of("当事人死亡且无其他责任人，依法终止调查",
            "当事人法人资格已终止，无权利义务承受人，依法终止调查");
    private static final List<String> NOT_PENALIZED = List.of("违法行为轻微并及时改正，没有造成危害后果，依法不予处罚",
            "当事人有证据足以证明没有主观过错，依法不予处罚");
}
