package org.sunlight.calendar;

/** Why the clock stopped. Every kind consumes nothing of the limit; the kind only names the line. */
public enum PauseKind {
    /** 补正: waiting for the applicant to supply missing materials. */
    SUPPLEMENT,
    /** 特别程序: hearing, tendering, auction, testing, inspection, quarantine, appraisal, expert review. */
    SPECIAL_PROCEDURE,
    /** 中止/暂停: the case is suspended. */
    SUSPENSION,
    /** 其他不计时期间. */
    OTHER
}
