package org.sunlight.casework.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.util.MultiValueMap;
import org.sunlight.casework.CaseCommands.Backdate;
import org.sunlight.common.Checks;

/**
 * A form's values as sent, read into the types the commands take. A value that cannot be read (a letter in an
 * amount, a malformed date) is noted against its field and reported all at once by {@link #throwIfAny()},
 * before the service is asked; a blank value is passed on as null for the service to judge.
 */
final class FormParams {

    private final MultiValueMap<String, String> values;
    private final Checks checks = Checks.start();

    FormParams(MultiValueMap<String, String> values) {
        this.values = values;
    }

    String text(String name) {
        String v = values.getFirst(name);
        return v == null || v.isBlank() ? null : v;
    }

    List<String> list(String name) {
        List<String> all = values.get(name);
        return all == null ? List.of() : all.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    /** A textarea read as one entry per line, blank lines dropped. */
    List<String> lines(String name) {
        String v = text(name);
        if (v == null) {
            return List.of();
        }
        return v.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    boolean checked(String name) {
        String v = values.getFirst(name);
        return v != null && !v.isBlank() && !"false".equalsIgnoreCase(v);
    }

    BigDecimal decimal(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v.strip().replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            checks.require(false, name, "error.format");
            return null;
        }
    }

    Integer integer(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            checks.require(false, name, "error.format");
            return null;
        }
    }

    Long id(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return Long.valueOf(v.strip());
        } catch (NumberFormatException e) {
            checks.require(false, name, "error.format");
            return null;
        }
    }

    List<Long> ids(String name) {
        List<Long> ids = new ArrayList<>();
        for (String v : list(name)) {
            try {
                ids.add(Long.valueOf(v));
            } catch (NumberFormatException e) {
                checks.require(false, name, "error.format");
            }
        }
        return ids;
    }

    /** The case version the form was built on: required (optimistic locking). */
    long version() {
        Long v = id("version");
        if (v == null) {
            checks.require(false, "version", "error.required");
            return -1;
        }
        return v;
    }

    <E extends Enum<E>> E choice(Class<E> type, String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            checks.require(false, name, "error.format");
            return null;
        }
    }

    /**
     * 补录: when it really happened ({@code backdate.occurredAt}, a datetime-local in the clock's zone) and why it
     * is only recorded now ({@code backdate.reason}). Null when both are blank: the thing happens now.
     */
    Backdate backdate(ZoneId zone) {
        String at = text("backdate.occurredAt");
        String reason = text("backdate.reason");
        if (at == null && reason == null) {
            return null;
        }
        java.time.Instant occurred = null;
        if (at != null) {
            try {
                occurred = LocalDateTime.parse(at.strip()).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                checks.require(false, "backdate.occurredAt", "error.format");
            }
        }
        return new Backdate(occurred, reason);
    }

    void throwIfAny() {
        checks.throwIfAny();
    }

    /** The first value of each field, to put a refused form back as it was sent. */
    Map<String, String> firstValues() {
        Map<String, String> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k, v == null || v.isEmpty() ? "" : v.get(0)));
        return m;
    }

    /** Every value of each field (multi-selects, checkboxes). */
    Map<String, List<String>> allValues() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k, v == null ? List.of() : List.copyOf(v)));
        return m;
    }
}
