package org.sunlight.casework.internal.demo;

import java.util.function.Predicate;

/**
 * The stories the demo's cases tell, with how often each is told (weights per thousand cases, roughly).
 * Every scenario is played at least once whenever the demo has at least as many cases as scenarios.
 * {@link History} says when a case starts: today (live), or in the past and backfilled.
 */
enum DemoScenario {

    // ---- applications (the licensing flowchart: 受理 › 审查 › 决定 › 送达/办结) ----
    /** 已收件 at the window, waiting for 受理 */
    RECEIVED(false, 50, History.LIVE),
    /** applied online, not looked at yet */
    ONLINE_RECEIVED(false, 30, History.LIVE),
    /** applied online, 预受理 done, the originals awaited */
    PRE_ACCEPTED(false, 30, History.LIVE),
    /** 补正 asked before acceptance */
    SUPPLEMENT_BEFORE_ACCEPTANCE(false, 15, History.LIVE),
    /** accepted, at 审查 */
    AT_REVIEW(false, 60, History.LIVE),
    /** reviewed, at 决定 */
    AT_DECISION(false, 45, History.LIVE),
    /** 审查 sent it back to 受理 with a reason */
    RETURNED(false, 10, History.LIVE),
    /** accepted, then 补正 asked: the clock stops */
    SUPPLEMENTING(false, 30, History.LIVE),
    /** at 决定 after an 专家评审 special procedure began: the clock stops */
    SPECIAL_PROCEDURE(false, 20, History.LIVE),
    /** accepted weeks ago (backfilled), the leader extended the limit, still running */
    EXTENDED(false, 15, History.RECENT, DemoItem::hasLimitAndLeader),
    /** accepted long enough ago (backfilled) that the due date has passed, still at 决定 */
    OVERDUE(false, 30, History.RECENT, DemoItem::hasLimit),
    /** 准予许可 decided, waiting for delivery */
    DECIDED(false, 30, History.LIVE),
    /** approved, delivered and collected */
    CLOSED_APPROVED(false, 40, History.LIVE),
    /** 不予许可 with the reason, delivered */
    CLOSED_DENIED(false, 15, History.LIVE),
    /** a 补正 and a 检验 special procedure on the way, then approved and closed */
    CLOSED_AFTER_PAUSES(false, 15, History.LIVE),
    /** 不予受理 with the reason */
    REFUSED(false, 20, History.LIVE),
    /** withdrawn at the window on the applicant's request */
    WITHDRAWN(false, 10, History.LIVE),
    /** withdrawn online by the applicant */
    WITHDRAWN_ONLINE(false, 5, History.LIVE),
    /** ended by the unit head without a decision */
    TERMINATED(false, 8, History.LIVE),
    /** 补录: a paper case of the past months or years, approved and closed */
    BACKFILLED_APPROVED(false, 120, History.PAST),
    /** 补录: denied */
    BACKFILLED_DENIED(false, 20, History.PAST),
    /** 补录: refused */
    BACKFILLED_REFUSED(false, 12, History.PAST),

    // ---- penalties (the general penalty flowchart: 立案 › 调查取证 › 审查 › 告知 › [听证] › [法制审核] › 决定 › 送达 › 执行 › 结案) ----
    /** 案件来源登记 with two officers, 立案 not yet approved */
    P_REGISTERED(true, 25, History.LIVE),
    /** 不予立案 with the reason */
    P_NOT_FILED(true, 12, History.LIVE),
    /** filed, under investigation */
    P_INVESTIGATING(true, 40, History.LIVE),
    /** investigated with the fine assessed inside the benchmark, at 审查 */
    P_AT_REVIEW(true, 25, History.LIVE),
    /** reviewed, at 告知 */
    P_AT_NOTICE(true, 20, History.LIVE),
    /** the party asked for a hearing: at 听证 */
    P_HEARING(true, 8, History.LIVE, i -> i.works("hearing")),
    /** a major fine (at or above the threshold) waiting for 法制审核 */
    P_LEGAL_REVIEW(true, 12, History.LIVE, DemoItem::majorFinePossible),
    /** a fine outside the benchmark, with its reason, waiting for 法制审核 */
    P_OUTSIDE_LEGAL_REVIEW(true, 6, History.LIVE, i -> i.works("legal") && i.finePossible()),
    /** an 鉴定 (appraisal) under way during the investigation: the clock stops */
    P_SPECIAL_PROCEDURE(true, 8, History.LIVE),
    /** decided, at 送达 */
    P_DECIDED(true, 20, History.LIVE),
    /** delivered, at 执行 */
    P_EXECUTING(true, 15, History.LIVE),
    /** penalised inside the benchmark, executed, closed */
    P_CLOSED(true, 30, History.LIVE),
    /** major fine through legal review to the end */
    P_CLOSED_AFTER_LEGAL_REVIEW(true, 8, History.LIVE, DemoItem::majorFinePossible),
    /** outside the benchmark, with its reason, through legal review to the end */
    P_CLOSED_OUTSIDE(true, 5, History.LIVE, i -> i.works("legal") && i.finePossible()),
    /** after a hearing, decided, closed */
    P_CLOSED_AFTER_HEARING(true, 5, History.LIVE, i -> i.works("hearing")),
    /** 不予处罚 at review, closed */
    P_NOT_PENALIZED(true, 10, History.LIVE),
    /** ended by the head */
    P_TERMINATED(true, 5, History.LIVE),
    /** filed long ago (backfilled), the investigation still open past the limit */
    P_OVERDUE(true, 15, History.RECENT, DemoItem::hasLimit),
    /** 补录: a penalty case of the past months, closed */
    P_BACKFILLED_CLOSED(true, 60, History.PAST);

    /** When a case of this scenario starts. */
    enum History {
        /** today, every event live */
        LIVE,
        /** some weeks ago, depending on the item's limit; backfilled up to now */
        RECENT,
        /** months or years ago (after the backfill start), backfilled throughout */
        PAST
    }

    final boolean penalty;
    final int weight;
    final History history;
    final Predicate<DemoItem> fits;

    DemoScenario(boolean penalty, int weight, History history) {
        this(penalty, weight, history, i -> true);
    }

    DemoScenario(boolean penalty, int weight, History history, Predicate<DemoItem> fits) {
        this.penalty = penalty;
        this.weight = weight;
        this.history = history;
        this.fits = fits;
    }

    boolean fits(DemoItem item) {
        return item.penalty() == penalty && fits.test(item);
    }
}
