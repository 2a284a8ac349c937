package org.sunlight.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.sunlight.casework.CaseCommands.Backdate;
import org.sunlight.common.Checks;

/**
 * 补录: recording something that happened earlier. Allowed only with a reason, never in the future, never
 * before the configured backfill start, and never before what the case's log already holds (the log stays
 * in the order things happened).
 */
final class BackfillPolicy {

    static final int REASON_MIN = 5;

    private BackfillPolicy() {
    }

    static void check(Backdate b, LocalDate start, Instant now, Instant notBefore, ZoneId zone) {
        if (b == null) {
            return;
        }
        Checks c = Checks.start();
        c.require(b.occurredAt() != null, "backdate.occurredAt", "error.required");
        c.require(b.reason() != null && b.reason().strip().length() >= REASON_MIN, "backdate.reason",
                "casework.backfill.reason-required", REASON_MIN);
        c.require(b.reason() == null || b.reason().length() <= 500, "backdate.reason", "error.too-long", 500);
        if (b.occurredAt() != null) {
            c.require(!b.occurredAt().isAfter(now), "backdate.occurredAt", "casework.backfill.future");
            c.require(!LocalDate.ofInstant(b.occurredAt(), zone).isBefore(start), "backdate.occurredAt",
                    "casework.backfill.before-start", start);
            c.require(notBefore == null || !b.occurredAt().isBefore(notBefore), "backdate.occurredAt",
                    "casework.backfill.before-last", notBefore == null ? "" : notBefore.atZone(zone).toLocalDateTime());
        }
        c.throwIfAny();
    }
}
