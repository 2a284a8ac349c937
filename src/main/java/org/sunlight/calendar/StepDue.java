package org.sunlight.calendar;

import java.time.Instant;
import java.time.LocalDate;

/** When a step's budget runs out if every earlier step used exactly its own. */
public record StepDue(String name, int limit, int cumulativeLimit, LocalDate due, Instant dueInstant) {
}
