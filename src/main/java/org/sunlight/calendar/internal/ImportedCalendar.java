package org.sunlight.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sunlight.calendar.DayKind;
import org.sunlight.common.FieldProblem;

/**
 * What an import file says, after validation: the year it is for, the notices it cites, its days,
 * and every problem found. Nothing is written unless {@link #problems()} is empty.
 */
final class ImportedCalendar {

    record Day(LocalDate date, DayKind kind, String name) {
    }

    static final String FIELD = "file";

    private Integer year;
    private final List<String> papers = new ArrayList<>();
    private final List<Day> days = new ArrayList<>();
    private final List<FieldProblem> problems = new ArrayList<>();
    private final Map<LocalDate, String> seen = new HashMap<>();

    Integer year() {
        return year;
    }

    void year(Integer year) {
        this.year = year;
    }

    List<String> papers() {
        return papers;
    }

    List<Day> days() {
        return days;
    }

    List<FieldProblem> problems() {
        return problems;
    }

    void problem(String code, Object... args) {
        problems.add(FieldProblem.of(FIELD, code, args));
    }

    /**
     * Adds a day unless its date was already given (then a problem naming both places) or lies
     * outside the declared year and its neighbours (notices may reach into the next or previous
     * year, e.g. 2022-12-31 in the 2023 notice).
     */
    void add(Day day, String where) {
        String earlier = seen.putIfAbsent(day.date(), where);
        if (earlier != null) {
            problem("calendar.import.error.duplicate", where, day.date().toString(), earlier);
            return;
        }
        if (year != null && Math.abs(day.date().getYear() - year) > 1) {
            problem("calendar.import.error.outside-year", where, day.date().toString(), String.valueOf(year));
            return;
        }
        days.add(day);
    }
}
