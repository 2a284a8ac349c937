package org.sunlight.casework;

import java.util.List;

/**
 * The case rows and work queues are projections of the event log. {@link #verify} replays every case's
 * events and compares; {@link #rebuild} replays and writes what the events say. Run from the command line
 * with {@code --sunlight.casework.rebuild-projections=verify|rebuild} (the application starts, does it,
 * prints the report and exits).
 */
public interface CaseProjections {

    Report verify();

    Report rebuild();

    /** Cases looked at, and the numbers of the cases whose stored projection differed from their events. */
    record Report(int cases, List<String> differing) {
    }
}
