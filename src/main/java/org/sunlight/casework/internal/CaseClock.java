package org.sunlight.casework.internal;

import java.time.Instant;

import org.sunlight.flow.FlowStep;

/** The deadlines a case's projection needs: the case's own and each open step's. */
interface CaseClock {

    /** When the case's time limit runs out, given its acceptance, pauses and extensions; null when it has no limit. */
    Instant caseDue(CaseFile file);

    /** When a step opened at {@code opened} is due by its own limit; null when it has none. */
    Instant stepDue(CaseFile file, FlowStep step, Instant opened);
}
