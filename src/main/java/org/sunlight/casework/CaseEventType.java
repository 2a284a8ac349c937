package org.sunlight.casework;

/**
 * Everything that can happen to a case. The first ten map onto the national e-supervision exchange's
 * ten events ({@link #nationalName()}); the rest are internal steps that exchange reports inside them.
 */
public enum CaseEventType {
    /** 申办 (a window receipt, an online application, or the registration of a penalty case source) */
    APPLIED("申办", null),
    /** 预受理 */
    PRE_ACCEPTED("预受理", null),
    /** 受理 */
    ACCEPTED("受理", "SL"),
    /** 立案: a penalty case is opened (the 受理 of a penalty case) */
    FILED("受理", "SL"),
    /** 不予受理 / 不予立案 */
    REFUSED("受理", "SL"),
    /** 审批: a step of the flowchart finished with an outcome */
    STEP_COMPLETED("审批", "SH"),
    /** 办结 */
    CLOSED("办结", "BJ"),
    /** 特别程序申请 */
    SPECIAL_PROCEDURE_STARTED("特别程序申请", "TK"),
    /** 特别程序结果 */
    SPECIAL_PROCEDURE_ENDED("特别程序结果", "TJ"),
    /** 补交告知 */
    SUPPLEMENT_REQUESTED("补交告知", "BG"),
    /** 补交受理 */
    SUPPLEMENT_RECEIVED("补交受理", "BS"),
    /** 领取登记 */
    COLLECTED("领取登记", null),
    /** 决定: the decision with its document number (inside the 审批 of the decision step) */
    DECIDED(null, "SH"),
    /** 延期: the time limit extended, approved by a leader */
    EXTENDED(null, null),
    /** 执法人员: the officers of a penalty case */
    OFFICERS_ASSIGNED(null, null),
    /** 裁量: circumstance level, factors, proposed range and the fine */
    PENALTY_ASSESSED(null, null),
    /** 收费 */
    FEE_CHARGED(null, null),
    /** 附件 added outside a step */
    ATTACHMENTS_ADDED(null, null),
    /** 撤回 */
    WITHDRAWN("办结", "BJ"),
    /** 终止 */
    TERMINATED("办结", "BJ");

    private final String nationalName;
    private final String processCode;

    CaseEventType(String nationalName, String processCode) {
        this.nationalName = nationalName;
        this.processCode = processCode;
    }

    /** The national exchange event this maps to, or null for internal events. */
    public String nationalName() {
        return nationalName;
    }

    /** Jiangsu's process-type code (SL, SH, BJ, BG, BS, TK, TJ), or null. */
    public String processCode() {
        return processCode;
    }

    public String key() {
        return "casework.event." + name();
    }
}
