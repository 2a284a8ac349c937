package org.sunlight.calendar;

import java.util.List;

/** A computed deadline with its explanation rendered in one language. */
public record DeadlineAnswer(String regionCode, Deadline deadline, List<String> explanation) {
}
