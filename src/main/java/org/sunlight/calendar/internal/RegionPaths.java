package org.sunlight.calendar.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.sunlight.calendar.CalendarService;
import org.sunlight.common.InvalidInputException;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.RegionView;

/** Resolves a region code to the codes whose calendars it inherits, from the top down. */
@Component
class RegionPaths {

    private final OrganizationDirectory directory;

    RegionPaths(OrganizationDirectory directory) {
        this.directory = directory;
    }

    /** {@link CalendarService#NATIONAL} for null, blank or "CN"; else the trimmed code. */
    static String normalise(String regionCode) {
        if (regionCode == null || regionCode.isBlank() || regionCode.trim().equalsIgnoreCase(CalendarService.NATIONAL)) {
            return CalendarService.NATIONAL;
        }
        return regionCode.trim();
    }

    /**
     * The calendars {@code regionCode} inherits, in overlay order: national first, then the region's
     * path from the province down to the region itself. Unknown codes are refused on field "region".
     */
    List<String> path(String regionCode) {
        String code = normalise(regionCode);
        if (code.equals(CalendarService.NATIONAL)) {
            return List.of(CalendarService.NATIONAL);
        }
        RegionView region = directory.region(code)
                .orElseThrow(() -> new InvalidInputException("region", "calendar.error.region-unknown", code));
        List<String> path = new java.util.ArrayList<>();
        path.add(CalendarService.NATIONAL);
        path.addAll(region.path());
        if (!path.contains(code)) {
            path.add(code);
        }
        return List.copyOf(path);
    }

    /** The region's display name, or null for the national calendar. */
    String name(String regionCode) {
        String code = normalise(regionCode);
        if (code.equals(CalendarService.NATIONAL)) {
            return null;
        }
        return directory.region(code).map(RegionView::name).orElse(null);
    }

    OrganizationDirectory directory() {
        return directory;
    }
}
