package org.sunlight.casework;

/** The statutory list of procedures that do not count toward the time limit (行政许可法 第四十五条). */
public enum SpecialProcedureKind {
    /** 听证 */ HEARING,
    /** 招标 */ TENDERING,
    /** 拍卖 */ AUCTION,
    /** 检验 */ TESTING,
    /** 检测 */ INSPECTION,
    /** 检疫 */ QUARANTINE,
    /** 鉴定 */ APPRAISAL,
    /** 专家评审 */ EXPERT_REVIEW;

    public String key() {
        return "casework.special." + name();
    }
}
