package org.sunlight.calendar.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sunlight.calendar.DayKind;

/**
 * Reads iCalendar (RFC 5545) files of holidays, one VEVENT per day or run of days:
 * <pre>
 * BEGIN:VEVENT
 * DTSTART;VALUE=DATE:20261001
 * DTEND;VALUE=DATE:20261008        (optional, exclusive as RFC 5545 says: 10-01..10-07)
 * SUMMARY:国庆节
 * END:VEVENT
 * </pre>
 * <b>Working days</b> (调休补班) are marked by {@code X-SUNLIGHT-DAY-KIND:WORKING} (or {@code OFF}); without
 * that property an event whose SUMMARY contains 班 (补班, 上班, "国庆节 班") is a working day and every
 * other event a day off. The name is the SUMMARY without a trailing 休/班 marker ("春节（休）" → 春节).
 * A DATE-TIME start (20261001T000000) is read by its date. An event may span at most 31 days.
 * All problems are reported together, each with the event's number (1 = first VEVENT).
 */
final class ICalendarFormat {

    static final String KIND_PROPERTY = "X-SUNLIGHT-DAY-KIND";
    private static final int MAX_SPAN = 31;
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private ICalendarFormat() {
    }

    private record Line(int number, String name, String params, String value) {
    }

    static ImportedCalendar parse(byte[] content, int year) {
        ImportedCalendar out = new ImportedCalendar();
        out.year(year);
        List<Line> lines = unfold(new String(content, StandardCharsets.UTF_8));
        List<Line> event = null;
        int events = 0;
        for (Line line : lines) {
            if (line.name().equals("BEGIN") && line.value().equalsIgnoreCase("VEVENT")) {
                event = new ArrayList<>();
            } else if (line.name().equals("END") && line.value().equalsIgnoreCase("VEVENT")) {
                if (event != null) {
                    events++;
                    readEvent(out, event, events);
                }
                event = null;
            } else if (event != null) {
                event.add(line);
            }
        }
        if (events == 0) {
            out.problem("calendar.import.error.no-events");
        }
        return out;
    }

    private static void readEvent(ImportedCalendar out, List<Line> lines, int n) {
        String where = String.valueOf(n);
        Line start = find(lines, "DTSTART");
        Line end = find(lines, "DTEND");
        Line summary = find(lines, "SUMMARY");
        Line kindLine = find(lines, KIND_PROPERTY);
        boolean ok = true;
        LocalDate from = null;
        LocalDate until = null;
        if (start == null) {
            out.problem("calendar.import.error.ical-no-start", where);
            ok = false;
        } else {
            from = date(start.value());
            if (from == null) {
                out.problem("calendar.import.error.date", where, start.value());
                ok = false;
            }
        }
        if (end != null) {
            until = date(end.value());
            if (until == null) {
                out.problem("calendar.import.error.date", where, end.value());
                ok = false;
            } else if (from != null && (!until.isAfter(from) || until.toEpochDay() - from.toEpochDay() > MAX_SPAN)) {
                out.problem("calendar.import.error.ical-span", where, start.value(), end.value());
                ok = false;
            }
        }
        String text = summary == null ? "" : unescape(summary.value()).strip();
        if (text.isEmpty() || text.length() > 100) {
            out.problem("calendar.import.error.name", where);
            ok = false;
        }
        DayKind kind = text.contains("班") ? DayKind.WORKING_DAY : DayKind.DAY_OFF;
        if (kindLine != null) {
            String k = kindLine.value().strip().toUpperCase(Locale.ROOT);
            if (k.equals("WORKING") || k.equals("WORKING_DAY")) {
                kind = DayKind.WORKING_DAY;
            } else if (k.equals("OFF") || k.equals("DAY_OFF")) {
                kind = DayKind.DAY_OFF;
            } else {
                out.problem("calendar.import.error.ical-kind", where, kindLine.value());
                ok = false;
            }
        }
        if (!ok) {
            return;
        }
        String name = name(text);
        LocalDate last = until == null ? from : until.minusDays(1);
        for (LocalDate d = from; !d.isAfter(last); d = d.plusDays(1)) {
            out.add(new ImportedCalendar.Day(d, kind, name), where);
        }
    }

    /** "春节（休）", "春节 休", "国庆节(班)" → the holiday's name. */
    static String name(String summary) {
        String s = summary.strip();
        for (String marker : List.of("（休）", "(休)", "（班）", "(班)", "[休]", "[班]")) {
            if (s.endsWith(marker)) {
                return s.substring(0, s.length() - marker.length()).strip();
            }
        }
        if ((s.endsWith(" 休") || s.endsWith(" 班")) && s.length() > 2) {
            return s.substring(0, s.length() - 2).strip();
        }
        return s;
    }

    private static LocalDate date(String value) {
        String v = value.strip();
        if (v.length() >= 8 && (v.length() == 8 || v.charAt(8) == 'T')) {
            try {
                return LocalDate.parse(v.substring(0, 8), BASIC);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static Line find(List<Line> lines, String name) {
        return lines.stream().filter(l -> l.name().equals(name)).findFirst().orElse(null);
    }

    private static String unescape(String v) {
        return v.replace("\\n", " ").replace("\\N", " ").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
    }

    /** Unfolds continuation lines (starting with a space or tab) and splits NAME;PARAMS:VALUE. */
    private static List<Line> unfold(String text) {
        List<Line> out = new ArrayList<>();
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder current = null;
        int currentNo = 0;
        for (int i = 0; i < raw.length; i++) {
            String r = raw[i];
            if (i == 0 && r.startsWith("\uFEFF")) {
                r = r.substring(1);
            }
            if (current != null && (r.startsWith(" ") || r.startsWith("\t"))) {
                current.append(r, 1, r.length());
                continue;
            }
            if (current != null) {
                out.add(split(current.toString(), currentNo));
            }
            current = r.isBlank() ? null : new StringBuilder(r);
            currentNo = i + 1;
        }
        if (current != null) {
            out.add(split(current.toString(), currentNo));
        }
        return out;
    }

    private static Line split(String line, int number) {
        int colon = line.indexOf(':');
        String head = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        int semi = head.indexOf(';');
        String name = (semi < 0 ? head : head.substring(0, semi)).strip().toUpperCase(Locale.ROOT);
        String params = semi < 0 ? "" : head.substring(semi + 1);
        return new Line(number, name, params, value);
    }
}
