package org.sunlight.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunlight.calendar.CalendarDay;
import org.sunlight.calendar.DayKind;

/** The calendar tables: entries per region and the list of loaded national years. */
@Repository
class CalendarStore {

    private static final String COLUMNS = "region_code, entry_date, kind, name, source";

    private final JdbcClient jdbc;
    private final Clock clock;

    CalendarStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<CalendarDay> entriesOf(Collection<String> regionCodes) {
        if (regionCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from calendar_entry where region_code in (:codes) order by entry_date")
                .param("codes", regionCodes)
                .query((rs, n) -> day(rs))
                .list();
    }

    List<CalendarDay> entriesOf(String regionCode, int year) {
        return jdbc.sql("select " + COLUMNS + " from calendar_entry where region_code = :code"
                        + " and entry_date >= :from and entry_date <= :to order by entry_date")
                .param("code", regionCode)
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query((rs, n) -> day(rs))
                .list();
    }

    Optional<CalendarDay> entry(String regionCode, LocalDate date) {
        return jdbc.sql("select " + COLUMNS + " from calendar_entry where region_code = :code and entry_date = :date")
                .param("code", regionCode)
                .param("date", date)
                .query((rs, n) -> day(rs))
                .optional();
    }

    /** Inserts or replaces the region's entry on the day. */
    void save(CalendarDay day) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int updated = jdbc.sql("update calendar_entry set kind = :kind, name = :name, source = :source,"
                        + " updated_at = :now, version = version + 1 where region_code = :code and entry_date = :date")
                .param("kind", day.kind().name())
                .param("name", day.name())
                .param("source", day.source())
                .param("now", now)
                .param("code", day.regionCode())
                .param("date", day.date())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into calendar_entry (region_code, entry_date, kind, name, source, created_at, updated_at)"
                            + " values (:code, :date, :kind, :name, :source, :now, :now)")
                    .param("code", day.regionCode())
                    .param("date", day.date())
                    .param("kind", day.kind().name())
                    .param("name", day.name())
                    .param("source", day.source())
                    .param("now", now)
                    .update();
        }
    }

    int delete(String regionCode, LocalDate date) {
        return jdbc.sql("delete from calendar_entry where region_code = :code and entry_date = :date")
                .param("code", regionCode)
                .param("date", date)
                .update();
    }

    int deleteYear(String regionCode, int year) {
        return jdbc.sql("delete from calendar_entry where region_code = :code and entry_date >= :from and entry_date <= :to")
                .param("code", regionCode)
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .update();
    }

    Set<Integer> loadedYears() {
        return new TreeSet<>(jdbc.sql("select year_number from calendar_year").query(Integer.class).list());
    }

    Optional<String> yearSource(int year) {
        return jdbc.sql("select source from calendar_year where year_number = :y").param("y", year).query(String.class).optional();
    }

    void markYearLoaded(int year, String source) {
        int updated = jdbc.sql("update calendar_year set source = :source, loaded_at = :now where year_number = :y")
                .param("source", source).param("now", OffsetDateTime.now(clock)).param("y", year).update();
        if (updated == 0) {
            jdbc.sql("insert into calendar_year (year_number, source, loaded_at) values (:y, :source, :now)")
                    .param("y", year).param("source", source).param("now", OffsetDateTime.now(clock)).update();
        }
    }

    int unmarkYear(int year) {
        return jdbc.sql("delete from calendar_year where year_number = :y").param("y", year).update();
    }

    /**
     * A fingerprint of the tables' content that changes with every edit (count and newest change of
     * both tables), so a cache on another node notices edits made elsewhere.
     */
    String revision() {
        String entries = jdbc.sql("select count(*) as n, max(updated_at) as at from calendar_entry")
                .query((rs, i) -> rs.getLong("n") + "/" + rs.getString("at")).single();
        String years = jdbc.sql("select count(*) as n, max(loaded_at) as at, sum(year_number) as s from calendar_year")
                .query((rs, i) -> rs.getLong("n") + "/" + rs.getString("at") + "/" + rs.getLong("s")).single();
        return entries + "|" + years;
    }

    private static CalendarDay day(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CalendarDay(rs.getObject("entry_date", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("source"), rs.getString("region_code"));
    }
}
