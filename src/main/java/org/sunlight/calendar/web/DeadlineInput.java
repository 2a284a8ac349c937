package org.sunlight.calendar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sunlight.calendar.DeadlineRequest;
import org.sunlight.calendar.Deadlines;
import org.sunlight.calendar.Extension;
import org.sunlight.calendar.LimitUnit;
import org.sunlight.calendar.Pause;
import org.sunlight.calendar.PauseKind;
import org.sunlight.calendar.WorkingCalendar;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.InvalidInputException;

/**
 * Reads a deadline question from text parameters (the public API and page share it) and reports
 * every problem at once, each naming its field.
 * <ul>
 *   <li>{@code start}: a date {@code 2026-09-30} (any time that day), or a Beijing date-time
 *       {@code 2026-09-30T10:00} (matters for hours);</li>
 *   <li>{@code pause}: {@code from/to} as dates (closed range) or Beijing date-times (half-open),
 *       optionally prefixed with the kind: {@code SPECIAL_PROCEDURE:2026-10-12/2026-10-15};
 *       without a prefix it is a supplement (补正);</li>
 *   <li>{@code unit}: WORKING_DAYS (default), NATURAL_DAYS or HOURS.</li>
 * </ul>
 */
final class DeadlineInput {

    private DeadlineInput() {
    }

    /**
     * @param regionCheck resolves the region (throwing {@link InvalidInputException} for an unknown
     *        one), so its problem is reported together with the others
     */
    static DeadlineRequest read(String start, String limit, String unit, List<String> pauses, List<String> extensions,
            Runnable regionCheck) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        try {
            regionCheck.run();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> put(problems, p));
        }
        Instant startAt = null;
        if (start == null || start.isBlank()) {
            put(problems, FieldProblem.of("start", "error.required"));
        } else {
            startAt = instant(start);
            if (startAt == null) {
                put(problems, FieldProblem.of("start", "calendar.error.date-format"));
            }
        }
        int limitValue = 0;
        if (limit == null || limit.isBlank()) {
            put(problems, FieldProblem.of("limit", "error.required"));
        } else {
            try {
                limitValue = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                put(problems, FieldProblem.of("limit", "calendar.error.number-format"));
                limitValue = 1;
            }
        }
        LimitUnit unitValue = LimitUnit.WORKING_DAYS;
        if (unit != null && !unit.isBlank()) {
            try {
                unitValue = LimitUnit.parse(unit, "unit");
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> put(problems, p));
                unitValue = null;
            }
        }
        List<Pause> pauseValues = new ArrayList<>();
        List<String> given = pauses == null ? List.of() : pauses.stream().filter(p -> p != null && !p.isBlank()).toList();
        for (int i = 0; i < given.size(); i++) {
            Pause p = pause(given.get(i));
            if (p == null) {
                put(problems, FieldProblem.of("pause[" + i + "]", "calendar.error.pause-format"));
                // keep the indexes of later pauses aligned with the input
                p = Pause.days(PauseKind.SUPPLEMENT, LocalDate.of(2500, 1, 1), LocalDate.of(2500, 1, 1));
            }
            pauseValues.add(p);
        }
        List<Extension> extensionValues = new ArrayList<>();
        List<String> ext = extensions == null ? List.of() : extensions.stream().filter(e -> e != null && !e.isBlank()).toList();
        for (int i = 0; i < ext.size(); i++) {
            try {
                extensionValues.add(Extension.of(Integer.parseInt(ext.get(i).strip())));
            } catch (NumberFormatException e) {
                put(problems, FieldProblem.of("extension[" + i + "]", "calendar.error.number-format"));
            }
        }
        DeadlineRequest request = new DeadlineRequest(startAt, limitValue, unitValue, pauseValues, extensionValues, List.of(), null);
        for (FieldProblem p : Deadlines.problems(request)) {
            boolean placeholder = p.field().startsWith("pause[") && problems.containsKey(p.field().replaceAll("\\.(from|to)$", ""));
            if (!placeholder) {
                put(problems, p);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(List.copyOf(problems.values()));
        }
        return request;
    }

    /** The first problem per field wins: a format problem explains more than "required" after it. */
    private static void put(Map<String, FieldProblem> problems, FieldProblem p) {
        problems.putIfAbsent(p.field(), p);
    }

    static Pause pause(String text) {
        String t = text.strip();
        PauseKind kind = PauseKind.SUPPLEMENT;
        int colon = t.indexOf(':');
        if (colon > 0 && Character.isLetter(t.charAt(0))) {
            try {
                kind = PauseKind.valueOf(t.substring(0, colon).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
            t = t.substring(colon + 1).strip();
        }
        String[] parts = t.split("/", -1);
        if (parts.length != 2) {
            return null;
        }
        String a = parts[0].strip();
        String b = parts[1].strip();
        boolean times = a.contains("T") || b.contains("T");
        if (!times) {
            LocalDate from = date(a);
            LocalDate to = date(b);
            return from == null || to == null ? null : Pause.days(kind, from, to);
        }
        Instant from = instant(a);
        Instant to = instant(b);
        return from == null || to == null ? null : Pause.between(kind, from, to);
    }

    static LocalDate date(String s) {
        try {
            LocalDate d = LocalDate.parse(s.strip());
            return d.getYear() < 1900 || d.getYear() > 2500 ? null : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A date means 00:00 that day (for day limits only the date matters); a date-time is Beijing time. */
    private static Instant instant(String s) {
        String t = s.strip();
        if (!t.contains("T")) {
            LocalDate d = date(t);
            if (d == null) {
                return null;
            }
            return d.atStartOfDay(WorkingCalendar.BEIJING).toInstant();
        }
        try {
            LocalDateTime dt = LocalDateTime.parse(t);
            return dt.getYear() < 1900 || dt.getYear() > 2500 ? null : dt.atZone(WorkingCalendar.BEIJING).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
