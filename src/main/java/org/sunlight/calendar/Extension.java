package org.sunlight.calendar;

/**
 * An approved extension of the limit, in the limit's own unit (e.g. 10 working days approved by
 * the head of the body under 行政许可法 第四十二条). {@code reason} is shown in the explanation.
 */
public record Extension(int amount, String reason) {

    public static Extension of(int amount) {
        return new Extension(amount, null);
    }
}
