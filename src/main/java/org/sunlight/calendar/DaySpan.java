package org.sunlight.calendar;

import java.time.LocalDate;

/** A closed range of dates, as an argument of an explanation line ("10月1日至7日"). */
public record DaySpan(LocalDate from, LocalDate to) {

    public boolean single() {
        return from.equals(to);
    }
}
