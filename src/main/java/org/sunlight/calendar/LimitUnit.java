package org.sunlight.calendar;

import java.util.Locale;

import org.sunlight.common.InvalidInputException;

/** The unit a time limit is counted in. */
public enum LimitUnit {
    /** 工作日: working days by the calendar; days off and adjusted working days as the notices say. */
    WORKING_DAYS(3660),
    /** 自然日: every day counts; a period ending on a day off ends on the next working day. */
    NATURAL_DAYS(3660),
    /** 小时: wall-clock hours, nights and holidays included. */
    HOURS(87_840);

    private final int max;

    LimitUnit(int max) {
        this.max = max;
    }

    /** The largest limit accepted (ten years' worth), which keeps every computation in range. */
    public int max() {
        return max;
    }

    public boolean days() {
        return this != HOURS;
    }

    /**
     * Reads a unit by name, case-insensitively; also accepts the Jiangsu exchange code "1" for
     * working days. Anything else is refused with the field named.
     */
    public static LimitUnit parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "error.required");
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (t.equals("1")) {
            return WORKING_DAYS;
        }
        for (LimitUnit u : values()) {
            if (u.name().equals(t)) {
                return u;
            }
        }
        throw new InvalidInputException(field, "calendar.error.unit-unknown", text);
    }
}
