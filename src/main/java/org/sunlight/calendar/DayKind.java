package org.sunlight.calendar;

/** What a calendar entry makes of its date. Dates without an entry follow the Mon–Fri rule. */
public enum DayKind {
    /** 放假: a day off, whatever weekday it falls on. */
    DAY_OFF,
    /** 调休补班: a working day, usually a Saturday or Sunday swapped for a holiday. */
    WORKING_DAY
}
