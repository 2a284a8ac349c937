package org.sunlight.flow;

/**
 * What happens at a step. The two gateway kinds are not work: a parallel split starts all its
 * branches at once (并联, several units or departments in parallel) and the matching join waits for
 * every branch before the flow goes on. Gateways need no post and no limit.
 */
public enum StepKind {
    /** 受理: an application is accepted (or refused) */
    ACCEPT,
    /** 立案: a penalty or enforcement case is opened */
    FILE,
    /** 审查 / 审核 */
    REVIEW,
    /** 集体讨论 */
    DISCUSS,
    /** 决定 */
    DECIDE,
    /** 告知 (e.g. 行政处罚事先告知) */
    NOTIFY,
    /** 听证 */
    HEARING,
    /** 法制审核 */
    LEGAL_REVIEW,
    /** 送达 */
    DELIVER,
    /** 执行 */
    EXECUTE,
    /** 办结 / 结案 */
    CLOSE,
    /** anything else, named by the clerk (e.g. 调查取证, 现场检查) */
    CUSTOM,
    /** 并联开始: every outgoing transition is taken at once */
    PARALLEL_SPLIT,
    /** 并联汇合: waits for one arrival from every branch of its split */
    PARALLEL_JOIN;

    public boolean gateway() {
        return this == PARALLEL_SPLIT || this == PARALLEL_JOIN;
    }
}
