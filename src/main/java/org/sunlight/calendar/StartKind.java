package org.sunlight.calendar;

/** What the start instant is, which only changes the first line of the explanation. */
public enum StartKind {
    /** 受理日 (licensing and services) */
    ACCEPTANCE,
    /** 立案日 (penalties) */
    FILING,
    /** 起算日 (anything else) */
    OTHER
}
