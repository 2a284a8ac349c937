package org.sunlight.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;
import org.sunlight.calendar.CalendarChanged;
import org.sunlight.calendar.CalendarDay;
import org.sunlight.calendar.CalendarService;
import org.sunlight.calendar.DayKind;
import org.sunlight.common.Checks;
import org.sunlight.common.InvalidInputException;
import org.sunlight.common.NotFoundException;
import org.sunlight.organization.RegionLevel;
import org.sunlight.organization.RegionView;

import tools.jackson.databind.ObjectMapper;

/**
 * What the system administrator does to calendars: add, override and remove a region's entries,
 * import a year from a holiday-cn JSON or iCalendar file, and mark a national year as loaded.
 * Every change is validated completely before anything is written, runs in one transaction,
 * is recorded in the audit trail and rebuilds the cached calendars once committed.
 */
@Service
public class CalendarAdministration {

    /** The import formats understood. */
    public enum Format {
        HOLIDAY_CN, ICALENDAR;

        /** By the file name, else by the content's first character. */
        static Format detect(String filename, byte[] content) {
            String n = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
            if (n.endsWith(".ics") || n.endsWith(".ical")) {
                return ICALENDAR;
            }
            if (n.endsWith(".json")) {
                return HOLIDAY_CN;
            }
            for (byte b : content) {
                if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                    return b == '{' ? HOLIDAY_CN : ICALENDAR;
                }
            }
            return HOLIDAY_CN;
        }
    }

    /** An entry as the administration page shows it: the effective entry and where it comes from. */
    public record Row(CalendarDay day, boolean own, CalendarDay inherited) {
    }

    /** What an import did. */
    public record ImportResult(String regionCode, int year, int removed, int imported, boolean yearMarked) {
    }

    private final CalendarStore store;
    private final RegionPaths regions;
    private final DefaultCalendarService calendars;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;

    CalendarAdministration(CalendarStore store, RegionPaths regions, DefaultCalendarService calendars, AuditTrail audit,
            ObjectMapper json, ApplicationEventPublisher events) {
        this.store = store;
        this.regions = regions;
        this.calendars = calendars;
        this.audit = audit;
        this.json = json;
        this.events = events;
    }

    // ---- reading -------------------------------------------------------------------------------

    /**
     * The effective entries of {@code regionCode} in {@code year}: each date's winning entry along
     * the region's path, marked own (defined by this region) or inherited, with what it overrides.
     */
    @Transactional(readOnly = true)
    public List<Row> rows(String regionCode, int year) {
        List<String> path = regions.path(regionCode);
        String code = path.get(path.size() - 1);
        Map<LocalDate, List<CalendarDay>> byDate = new TreeMap<>();
        for (String level : path) {
            for (CalendarDay d : store.entriesOf(level, year)) {
                byDate.computeIfAbsent(d.date(), k -> new ArrayList<>()).add(d);
            }
        }
        List<Row> rows = new ArrayList<>();
        byDate.forEach((date, stack) -> {
            CalendarDay winner = stack.get(stack.size() - 1);
            CalendarDay under = stack.size() > 1 ? stack.get(stack.size() - 2) : null;
            rows.add(new Row(winner, winner.regionCode().equals(code), under));
        });
        return rows;
    }

    public Optional<String> yearSource(int year) {
        return store.yearSource(year);
    }

    public String regionName(String regionCode) {
        return regions.name(regionCode);
    }

    /** A region to choose in a list, indented by its depth (0 = province). */
    public record RegionOption(String code, String name, int depth) {
    }

    /** Provinces, cities and counties, depth first (towns rarely keep their own calendar). */
    public List<RegionOption> regionOptions() {
        List<RegionOption> out = new ArrayList<>();
        for (var root : regions.directory().rootRegions()) {
            addRegion(out, root, 0);
        }
        return out;
    }

    private void addRegion(List<RegionOption> out, RegionView region, int depth) {
        if (!region.active()) {
            return;
        }
        out.add(new RegionOption(region.code(), region.name(), depth));
        if (region.level().ordinal() < RegionLevel.COUNTY.ordinal()) {
            for (var child : regions.directory().childRegions(region.code())) {
                addRegion(out, child, depth + 1);
            }
        }
    }

    // ---- editing -------------------------------------------------------------------------------

    /** Adds the region's entry on the date, or replaces the region's own entry there (an override of the parent's). */
    @Transactional
    public CalendarDay save(String regionCode, LocalDate date, DayKind kind, String name, String source) {
        Checks checks = Checks.start()
                .require(date != null, "date", "error.required")
                .require(date == null || (date.getYear() >= 1900 && date.getYear() <= 2500), "date", "calendar.error.date-range")
                .require(kind != null, "kind", "error.required")
                .text(name, "name", 100)
                .optionalText(source, "source", 200);
        checks.throwIfAny();
        String code = region(regionCode);
        CalendarDay day = new CalendarDay(date, kind, name.strip(), blankToNull(source), code);
        Optional<CalendarDay> before = store.entry(code, date);
        store.save(day);
        audit.record(AuditEntry.of(before.isPresent() ? "calendar.entry.update" : "calendar.entry.create",
                "calendar_entry", code + ":" + date).before(before.map(this::toJson).orElse(null)).after(toJson(day)));
        changed(code, Set.of(date.getYear()));
        return day;
    }

    /** Removes the region's own entry on the date; the inherited entry (if any) applies again. */
    @Transactional
    public void remove(String regionCode, LocalDate date) {
        String code = region(regionCode);
        if (date == null) {
            throw new InvalidInputException("date", "error.required");
        }
        CalendarDay before = store.entry(code, date).orElseThrow(() -> new NotFoundException("calendar.error.entry-not-found", date.toString()));
        store.delete(code, date);
        audit.record(AuditEntry.of("calendar.entry.delete", "calendar_entry", code + ":" + date).before(toJson(before)));
        changed(code, Set.of(date.getYear()));
    }

    /**
     * Imports a year for a region: the file's days replace the region's entries in that year (days
     * the file gives in the neighbouring years are added or replaced one by one). For the national
     * calendar the year is then marked loaded with {@code source}. A malformed date, a duplicate
     * day or any other problem: all problems reported, nothing written.
     *
     * @param year for iCalendar files (which carry no year); a holiday-cn file names its own
     * @param source the notice number; defaults to the file's first paper (holiday-cn) or the file name
     */
    @Transactional
    public ImportResult importFile(String regionCode, String filename, byte[] content, Integer year, String source) {
        String code = region(regionCode);
        if (content == null || content.length == 0) {
            throw new InvalidInputException(ImportedCalendar.FIELD, "calendar.import.error.empty");
        }
        Format format = Format.detect(filename, content);
        ImportedCalendar parsed;
        if (format == Format.ICALENDAR) {
            if (year == null || year < 1900 || year > 2500) {
                throw new InvalidInputException("year", "calendar.import.error.year");
            }
            parsed = ICalendarFormat.parse(content, year);
        } else {
            parsed = HolidayCnFormat.parse(json, content);
        }
        String notice = blankToNull(source);
        if (notice == null) {
            notice = !parsed.papers().isEmpty() ? parsed.papers().get(0) : blankToNull(filename);
        }
        if (notice != null && notice.length() > 200) {
            notice = notice.substring(0, 200);
        }
        if (!parsed.problems().isEmpty()) {
            throw new InvalidInputException(parsed.problems());
        }
        int y = parsed.year();
        List<CalendarDay> before = store.entriesOf(code, y);
        int removed = store.deleteYear(code, y);
        String finalNotice = notice;
        List<CalendarDay> days = parsed.days().stream()
                .map(d -> new CalendarDay(d.date(), d.kind(), d.name(), finalNotice, code))
                .sorted(Comparator.comparing(CalendarDay::date)).toList();
        days.forEach(store::save);
        boolean national = code.equals(CalendarService.NATIONAL);
        if (national) {
            store.markYearLoaded(y, notice == null ? "import" : notice);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("format", format.name());
        after.put("file", filename);
        after.put("source", notice);
        after.put("entries", days.stream().map(this::toMap).toList());
        audit.record(AuditEntry.of("calendar.import", "calendar", code + ":" + y)
                .before(json.writeValueAsString(Map.of("entries", before.stream().map(this::toMap).toList())))
                .after(json.writeValueAsString(after)));
        Set<Integer> years = new TreeSet<>();
        years.add(y);
        days.forEach(d -> years.add(d.date().getYear()));
        before.forEach(d -> years.add(d.date().getYear()));
        changed(code, years);
        return new ImportResult(code, y, removed, days.size(), national);
    }

    /** Marks (or unmarks) a national year as loaded from its notice. */
    @Transactional
    public void markYear(int year, boolean loaded, String source) {
        Checks.start().require(year >= 1900 && year <= 2500, "year", "calendar.import.error.year")
                .require(!loaded || (source != null && !source.isBlank()), "source", "error.required")
                .optionalText(source, "source", 200).throwIfAny();
        Optional<String> before = store.yearSource(year);
        if (loaded) {
            store.markYearLoaded(year, source.strip());
        } else {
            store.unmarkYear(year);
        }
        audit.record(AuditEntry.of(loaded ? "calendar.year.mark" : "calendar.year.unmark", "calendar_year", year)
                .before(before.map(s -> json.writeValueAsString(Map.of("year", year, "source", s))).orElse(null))
                .after(loaded ? json.writeValueAsString(Map.of("year", year, "source", source.strip())) : null));
        changed(CalendarService.NATIONAL, Set.of(year));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private String region(String regionCode) {
        List<String> path = regions.path(regionCode);
        return path.get(path.size() - 1);
    }

    /** Tells other modules (inside the transaction) and rebuilds the cached calendars once it ends. */
    private void changed(String regionCode, Set<Integer> years) {
        events.publishEvent(new CalendarChanged(regionCode, Set.copyOf(years)));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    calendars.invalidate();
                }
            });
        } else {
            calendars.invalidate();
        }
    }

    private Map<String, Object> toMap(CalendarDay d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("region", d.regionCode());
        m.put("date", d.date().toString());
        m.put("kind", d.kind().name());
        m.put("name", d.name());
        m.put("source", d.source());
        return m;
    }

    private String toJson(CalendarDay d) {
        return json.writeValueAsString(toMap(d));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
