package org.sunlight.calendar.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.sunlight.common.NavigationContributor;
import org.sunlight.common.NavigationItem;

/** The public deadline calculator for everyone; calendar administration for the system administrator. */
@Component
class CalendarNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation() {
        return List.of(
                NavigationItem.publicLink("calendar.nav.deadline", "/public/deadline", 60),
                NavigationItem.workspace("calendar.nav.admin", "/admin/calendar", 60, "system_admin"));
    }
}
