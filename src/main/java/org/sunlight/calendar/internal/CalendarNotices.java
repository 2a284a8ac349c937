package org.sunlight.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.sunlight.calendar.CalendarService;
import org.sunlight.common.WorkspaceNotice;
import org.sunlight.common.WorkspaceNoticeProvider;

/**
 * Warns the system administrator — who keeps the calendars under the three-administrator rule; the
 * security and audit administrators have no calendar duties and are not told — when the national
 * arrangement is missing: from 1 December for next year, and at any time for the current year.
 * Without it every deadline reaching that year is provisional.
 */
@Component
class CalendarNotices implements WorkspaceNoticeProvider {

    static final String ROLE = "system_admin";

    private final CalendarService calendars;
    private final Clock clock;

    CalendarNotices(CalendarService calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    @Override
    public List<WorkspaceNotice> notices(Set<String> roles) {
        if (!roles.contains(ROLE)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<WorkspaceNotice> out = new ArrayList<>();
        int year = today.getYear();
        if (!calendars.yearLoaded(year)) {
            out.add(new WorkspaceNotice("danger", "calendar.notice.current-year-missing",
                    new Object[] {String.valueOf(year)}, "/admin/calendar?year=" + year));
        }
        if (today.getMonth() == Month.DECEMBER && !calendars.yearLoaded(year + 1)) {
            out.add(new WorkspaceNotice("warning", "calendar.notice.next-year-missing",
                    new Object[] {String.valueOf(year + 1)}, "/admin/calendar?year=" + (year + 1)));
        }
        return out;
    }
}
