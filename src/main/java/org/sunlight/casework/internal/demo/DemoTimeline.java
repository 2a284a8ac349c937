package org.sunlight.casework.internal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Random;

import org.sunlight.calendar.WorkingCalendar;
import org.sunlight.casework.CaseCommands.Backdate;

/**
 * When the events of one demo case happen. A live case happens now: every command runs without a
 * backdate. A case with a history starts on a past working day; each further event comes some working days
 * later during office hours and is recorded as backfilled ({@link Backdate} with the reason); once the
 * planned time reaches the present, the remaining events happen live.
 */
final class DemoTimeline {

    private static final LocalTime OPENS = LocalTime.of(8, 40);
    private static final int OFFICE_MINUTES = 8 * 60;

    private final Instant now;
    private final ZoneId zone;
    private final WorkingCalendar calendar;
    private final Random random;
    private final String reason;
    private Instant last;
    private boolean live;

    private DemoTimeline(Instant now, ZoneId zone, WorkingCalendar calendar, Random random, String reason, LocalDate start) {
        this.now = now;
        this.zone = zone;
        this.calendar = calendar;
        this.random = random;
        this.reason = reason;
        this.live = start == null;
        if (start != null) {
            LocalDate day = start;
            while (!calendar.isWorkingDay(day)) {
                day = day.minusDays(1);
            }
            this.last = day.atTime(OPENS).atZone(zone).toInstant();
        }
    }

    static DemoTimeline live(Instant now, ZoneId zone, WorkingCalendar calendar, Random random) {
        return new DemoTimeline(now, zone, calendar, random, null, null);
    }

    /** A case whose first event happened on {@code start} (or the working day before), recorded now with {@code reason}. */
    static DemoTimeline since(LocalDate start, Instant now, ZoneId zone, WorkingCalendar calendar, Random random, String reason) {
        return new DemoTimeline(now, zone, calendar, random, reason, start);
    }

    boolean live() {
        return live;
    }

    /** The next event, {@code workingDays} after the last one (0: later the same day); null when it happens now. */
    Backdate after(int workingDays) {
        if (live) {
            return null;
        }
        LocalDate day = LocalDate.ofInstant(last, zone);
        Instant next;
        if (workingDays <= 0) {
            next = last.plusSeconds(60L * (5 + random.nextInt(90)));
        } else {
            day = calendar.nthWorkingDayAfter(day, workingDays);
            next = day.atTime(OPENS).plusMinutes(random.nextInt(OFFICE_MINUTES)).atZone(zone).toInstant();
        }
        if (!next.isBefore(now.minusSeconds(60))) {
            live = true;
            return null;
        }
        last = next;
        return new Backdate(next, reason);
    }

    /** The day the next event happens (today once live). */
    LocalDate day() {
        return live ? LocalDate.ofInstant(now, zone) : LocalDate.ofInstant(last, zone);
    }

    /** {@code n} working days before {@code day}. */
    static LocalDate workingDaysBefore(WorkingCalendar calendar, LocalDate day, int n) {
        LocalDate d = day;
        int left = n;
        while (left > 0) {
            d = d.minusDays(1);
            if (calendar.isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
