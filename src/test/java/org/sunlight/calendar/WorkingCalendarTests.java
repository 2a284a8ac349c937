package org.sunlight.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The calendar's O(1) arithmetic against plain day-by-day counting, inside and outside its arrays. */
class WorkingCalendarTests {

    @Test
    void weekdayFormulasHoldFrom1900To2500() {
        int count = 0;
        LocalDate origin = LocalDate.ofEpochDay(0);
        for (LocalDate d = origin; d.getYear() <= 2500; d = d.plusDays(1)) {
            boolean weekday = d.getDayOfWeek().getValue() <= 5;
            int e = (int) d.toEpochDay();
            assertThat(WorkingCalendar.weekday(e)).as("%s", d).isEqualTo(weekday);
            assertThat(WorkingCalendar.wk(e)).as("wk(%s)", d).isEqualTo(count);
            if (weekday) {
                assertThat(WorkingCalendar.weekdayNumbered(count)).as("numbered %s", count).isEqualTo(e);
                count++;
            }
        }
        count = 0;
        for (LocalDate d = origin.minusDays(1); d.getYear() >= 1900; d = d.minusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                count--;
                assertThat(WorkingCalendar.wk((int) d.toEpochDay())).as("wk(%s)", d).isEqualTo(count);
                assertThat(WorkingCalendar.weekdayNumbered(count)).isEqualTo(d.toEpochDay());
            }
        }
    }

    @Test
    void startOfDayMatchesJavaTimeInEveryZoneShape() {
        for (String id : List.of("Asia/Shanghai", "UTC", "Europe/Berlin", "America/Sao_Paulo", "Asia/Kolkata")) {
            java.time.ZoneId zone = java.time.ZoneId.of(id);
            WorkingCalendar cal = WorkingCalendar.builder().zone(zone).build();
            for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
                assertThat(cal.startOfDay(d.toEpochDay())).as("%s %s", id, d).isEqualTo(d.atStartOfDay(zone).toInstant());
            }
        }
    }

    @Test
    void anEmptyCalendarIsMondayToFridayAndLoadsNothing() {
        WorkingCalendar cal = WorkingCalendar.weekdaysOnly();
        assertThat(cal.isLoaded(2026)).isFalse();
        assertThat(cal.workingDaysBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31))).isEqualTo(22);
        assertThat(cal.nthWorkingDayAfter(LocalDate.of(2026, 10, 2), 1)).isEqualTo(LocalDate.of(2026, 10, 5));
    }

    @Test
    void countsAcrossTheEdgesOfTheLoadedYears() {
        WorkingCalendar cal = NationalSeed.calendar();
        assertThat(cal.loadedYears()).containsExactlyInAnyOrder(2024, 2025, 2026);
        // from 2023 (not loaded, Mon–Fri) through 2024–2026 into 2027 (Mon–Fri again)
        LocalDate from = LocalDate.of(2023, 12, 1);
        LocalDate to = LocalDate.of(2027, 2, 1);
        int expected = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            boolean working = cal.entry(d).map(e -> e.kind() == DayKind.WORKING_DAY)
                    .orElse(d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);
            assertThat(cal.isWorkingDay(d)).as("%s", d).isEqualTo(working);
            if (working) {
                expected++;
                assertThat(cal.nthWorkingDayAfter(from.minusDays(1), expected)).as("working day %s", expected).isEqualTo(d);
            }
        }
        assertThat(cal.workingDaysBetween(from, to)).isEqualTo(expected);
        // 2024: 366 days, 104 weekend days, 19 weekday holidays, 8 adjusted working weekends
        assertThat(cal.workingDaysBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEqualTo(251);
        assertThat(cal.workingDaysBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).isEqualTo(248);
        assertThat(cal.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEqualTo(248);
    }

    @Test
    void laterEntriesOverrideEarlierOnesAndEntriesAreSearchable() {
        LocalDate day = LocalDate.of(2030, 5, 6);
        WorkingCalendar cal = WorkingCalendar.builder()
                .day(new CalendarDay(day, DayKind.DAY_OFF, "全国", "a", "CN"))
                .day(new CalendarDay(day, DayKind.WORKING_DAY, "本地", "b", "321081"))
                .build();
        assertThat(cal.isWorkingDay(day)).isTrue();
        assertThat(cal.entry(day).orElseThrow().regionCode()).isEqualTo("321081");
        assertThat(cal.entriesBetween(day.minusDays(3), day.plusDays(3))).extracting(CalendarDay::name).containsExactly("本地");
        assertThat(cal.entries()).hasSize(1);
        assertThat(cal.entriesBetween(day.plusDays(1), day.plusDays(9))).isEqualTo(List.of());
    }

    @Test
    void theSeedMatchesTheNotices() {
        // Spot checks straight from the notices' text.
        WorkingCalendar cal = NationalSeed.calendar();
        // 2024 国办发明电〔2023〕7号: 春节 2/10–17, 2/4 and 2/18 (Sun) worked
        assertThat(cal.isWorkingDay(LocalDate.of(2024, 2, 4))).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2024, 2, 16))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2024, 2, 18))).isTrue();
        // 2025 国办发明电〔2024〕12号: 国庆节、中秋节 10/1–8, 9/28 (Sun) and 10/11 (Sat) worked
        assertThat(cal.entry(LocalDate.of(2025, 10, 8)).orElseThrow().name()).isEqualTo("国庆节、中秋节");
        assertThat(cal.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();
        // 2026 国办发明电〔2025〕7号: 元旦 1/1–3, 1/4 (Sun) worked; 劳动节 5/1–5, 5/9 (Sat) worked
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 5, 5))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 5, 9))).isTrue();
        assertThat(cal.entry(LocalDate.of(2026, 10, 10)).orElseThrow().source()).isEqualTo("国办发明电〔2025〕7号");
        // every adjusted working day is a weekend day, every listed day off belongs to its year's notice
        for (CalendarDay d : NationalSeed.days()) {
            if (d.kind() == DayKind.WORKING_DAY) {
                assertThat(d.date().getDayOfWeek().getValue()).as("%s", d).isGreaterThanOrEqualTo(6);
            }
            assertThat(d.source()).as("%s", d).isEqualTo(switch (d.date().getYear()) {
                case 2024 -> "国办发明电〔2023〕7号";
                case 2025 -> "国办发明电〔2024〕12号";
                default -> "国办发明电〔2025〕7号";
            });
        }
    }
}
