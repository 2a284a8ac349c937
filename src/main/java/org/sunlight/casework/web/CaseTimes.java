package org.sunlight.casework.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Times as the pages show them (in the clock's zone), and the traffic light of a due time: red when it has
 * passed, yellow when at most two days are left, green otherwise.
 */
@Component
class CaseTimes {

    static final Duration SOON = Duration.ofDays(2);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Clock clock;

    CaseTimes(Clock clock) {
        this.clock = clock;
    }

    ZoneId zone() {
        return clock.getZone();
    }

    Instant now() {
        return clock.instant();
    }

    public String dateTime(Instant i) {
        return i == null ? "—" : DATE_TIME.format(i.atZone(zone()));
    }

    public String date(Instant i) {
        return i == null ? "—" : DATE.format(i.atZone(zone()));
    }

    /**
     * A due time: a day limit ends at 24:00 of its last day (the instant is 00:00 of the next), so it is shown as
     * that day's 24:00, not as the next day's 00:00.
     */
    public String due(Instant i) {
        if (i == null) {
            return "—";
        }
        LocalDateTime t = LocalDateTime.ofInstant(i, zone());
        if (t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return DATE.format(t.toLocalDate().minusDays(1)) + " 24:00";
        }
        return DATE_TIME.format(t);
    }

    /** A value for an {@code <input type="datetime-local">}: now, to the minute. */
    public String inputNow() {
        return INPUT.format(LocalDateTime.ofInstant(clock.instant(), zone()));
    }

    /** Whether two instants differ by a minute or more (a record made later than the thing it records). */
    public boolean differs(Instant a, Instant b) {
        return a != null && b != null && Duration.between(a, b).abs().compareTo(Duration.ofMinutes(1)) >= 0;
    }

    /** {@code overdue}, {@code soon}, {@code ok}, or null when there is no due time. */
    public String light(Instant due) {
        if (due == null) {
            return null;
        }
        Instant now = clock.instant();
        if (due.isBefore(now)) {
            return "overdue";
        }
        return Duration.between(now, due).compareTo(SOON) <= 0 ? "soon" : "ok";
    }
}
