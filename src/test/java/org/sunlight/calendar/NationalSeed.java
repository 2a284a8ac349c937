package org.sunlight.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The national calendar exactly as shipped: read from the seed migration, so the pure tests check
 * the data the application loads, without a database.
 */
final class NationalSeed {

    static final Path MIGRATION = Path.of("src/main/resources/db/migration/V40_2__calendar_national_2024_2026.sql");
    private static final Pattern ROW = Pattern.compile("\\('CN', date '(\\d{4}-\\d{2}-\\d{2})', '(DAY_OFF|WORKING_DAY)', '([^']+)', '([^']+)'\\)");
    private static final Pattern YEAR = Pattern.compile("insert into calendar_year \\(year_number, source\\) values \\((\\d{4}),");

    private static final List<CalendarDay> DAYS = new ArrayList<>();
    private static final TreeSet<Integer> YEARS = new TreeSet<>();

    static {
        try {
            String sql = Files.readString(MIGRATION, StandardCharsets.UTF_8);
            Matcher m = ROW.matcher(sql);
            while (m.find()) {
                DAYS.add(new CalendarDay(LocalDate.parse(m.group(1)), DayKind.valueOf(m.group(2)), m.group(3), m.group(4),
                        CalendarService.NATIONAL));
            }
            Matcher y = YEAR.matcher(sql);
            while (y.find()) {
                YEARS.add(Integer.parseInt(y.group(1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NationalSeed() {
    }

    static List<CalendarDay> days() {
        return List.copyOf(DAYS);
    }

    static WorkingCalendar calendar() {
        WorkingCalendar.Builder b = WorkingCalendar.builder().days(DAYS);
        YEARS.forEach(b::loadedYear);
        return b.build();
    }

    /** Renders with the real message bundle, without Spring. */
    static List<String> render(Deadline d, Locale locale) {
        Properties p = new Properties();
        String file = "en".equals(locale.getLanguage()) ? "calendar_en.properties" : "calendar.properties";
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/i18n", file), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExplanationRenderer(p::getProperty, locale).render(d.explanation(), d.startDate().getYear());
    }
}
