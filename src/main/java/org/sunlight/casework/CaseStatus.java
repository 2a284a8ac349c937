package org.sunlight.casework;

import java.util.EnumSet;
import java.util.Set;

/** Where a case stands. The clock runs only in {@link #IN_PROGRESS} and {@link #DECIDED}. */
public enum CaseStatus {
    /** 已收件: received at a window or applied for online, not yet accepted (or filed, for penalties). */
    RECEIVED,
    /** 已预受理: an online application whose materials were looked at; the originals are awaited. */
    PRE_ACCEPTED,
    /** 补正中: waiting for the applicant's missing materials; the clock stops. */
    SUPPLEMENTING,
    /** 办理中: accepted (or filed) and running through its flowchart. */
    IN_PROGRESS,
    /** 特别程序中: a hearing, test, inspection, expert review… is under way; the clock stops. */
    SPECIAL_PROCEDURE,
    /** 已决定: decided; delivery, execution or closing remain. */
    DECIDED,
    /** 已办结 */
    CLOSED,
    /** 不予受理 (不予立案) */
    REFUSED,
    /** 已撤回: withdrawn by the applicant. */
    WITHDRAWN,
    /** 已终止: ended without a decision, with a reason. */
    TERMINATED;

    private static final Set<CaseStatus> FINAL = EnumSet.of(CLOSED, REFUSED, WITHDRAWN, TERMINATED);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    public boolean paused() {
        return this == SUPPLEMENTING || this == SPECIAL_PROCEDURE;
    }

    public String key() {
        return "casework.status." + name();
    }
}
