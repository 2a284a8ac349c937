package org.sunlight.calendar.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.sunlight.calendar.DayKind;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads the holiday-cn JSON format:
 * {@code {"year":2026,"papers":["https://..."],"days":[{"name":"春节","date":"2026-02-16","isOffDay":true}]}}.
 * {@code isOffDay:false} marks an adjusted working day (调休补班). Every day is checked; all problems
 * are reported together.
 */
final class HolidayCnFormat {

    private HolidayCnFormat() {
    }

    static ImportedCalendar parse(ObjectMapper json, byte[] content) {
        ImportedCalendar out = new ImportedCalendar();
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException e) {
            out.problem("calendar.import.error.json", firstLine(e.getOriginalMessage()));
            return out;
        }
        if (root == null || !root.isObject()) {
            out.problem("calendar.import.error.json", "not an object");
            return out;
        }
        JsonNode year = root.get("year");
        if (year == null || !year.isIntegralNumber() || year.asInt() < 1900 || year.asInt() > 2500) {
            out.problem("calendar.import.error.year");
        } else {
            out.year(year.asInt());
        }
        JsonNode papers = root.get("papers");
        if (papers != null && papers.isArray()) {
            papers.forEach(p -> {
                if (p.isString() && !p.asString().isBlank()) {
                    out.papers().add(p.asString().strip());
                }
            });
        }
        JsonNode days = root.get("days");
        if (days == null || !days.isArray()) {
            out.problem("calendar.import.error.no-days");
            return out;
        }
        int i = 0;
        for (JsonNode day : days) {
            i++;
            String where = String.valueOf(i);
            JsonNode name = day.get("name");
            JsonNode date = day.get("date");
            JsonNode off = day.get("isOffDay");
            boolean ok = true;
            if (name == null || !name.isString() || name.asString().isBlank() || name.asString().length() > 100) {
                out.problem("calendar.import.error.name", where);
                ok = false;
            }
            LocalDate parsed = null;
            if (date == null || !date.isString()) {
                out.problem("calendar.import.error.date", where, date == null ? "" : date.toString());
                ok = false;
            } else {
                try {
                    parsed = LocalDate.parse(date.asString().strip());
                } catch (DateTimeParseException e) {
                    out.problem("calendar.import.error.date", where, date.asString());
                    ok = false;
                }
            }
            if (off == null || !off.isBoolean()) {
                out.problem("calendar.import.error.off-day", where);
                ok = false;
            }
            if (ok) {
                out.add(new ImportedCalendar.Day(parsed, off.asBoolean() ? DayKind.DAY_OFF : DayKind.WORKING_DAY,
                        name.asString().strip()), where);
            }
        }
        return out;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
