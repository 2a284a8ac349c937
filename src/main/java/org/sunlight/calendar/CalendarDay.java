package org.sunlight.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a working-day calendar: the date, whether it is a day off or an adjusted working
 * day, the holiday it belongs to (e.g. 国庆节) and the notice that decided it (e.g. 国办发明电〔2025〕7号).
 * {@code regionCode} is the region whose calendar defines the entry ({@link CalendarService#NATIONAL}
 * for the State Council's national arrangement).
 */
public record CalendarDay(LocalDate date, DayKind kind, String name, String source, String regionCode) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
        regionCode = regionCode == null ? CalendarService.NATIONAL : regionCode;
    }

    public static CalendarDay off(LocalDate date, String name, String source) {
        return new CalendarDay(date, DayKind.DAY_OFF, name, source, CalendarService.NATIONAL);
    }

    public static CalendarDay working(LocalDate date, String name, String source) {
        return new CalendarDay(date, DayKind.WORKING_DAY, name, source, CalendarService.NATIONAL);
    }

    public CalendarDay inRegion(String code) {
        return new CalendarDay(date, kind, name, source, code);
    }

    public boolean dayOff() {
        return kind == DayKind.DAY_OFF;
    }
}
