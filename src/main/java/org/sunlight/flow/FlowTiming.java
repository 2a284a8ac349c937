package org.sunlight.flow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.sunlight.catalog.LimitUnit;

/**
 * The time along a flowchart's longest path (by the steps that count toward the case limit): the
 * steps on it and the sum per unit.
 * <p>
 * <b>Mixed units.</b> To find the longest path and to compare with the item's promised limit when
 * units differ, every amount is converted to natural days: 1 working day = 7/5 natural days (a week
 * has 5 working days in 7 natural days; public holidays are not counted, so the estimate is short
 * around long holidays) and 24 hours = 1 natural day (hours are wall-clock hours). Internally the sums
 * are exact integers in 1/120 of a natural day (7/5 = 168/120, 1/24 = 5/120). When every counted step
 * on the path has the promise's unit no conversion is made.
 */
public record FlowTiming(List<String> path, int workingDays, int naturalDays, int hours) {

    static final int PER_WORKING_DAY = 168;
    static final int PER_NATURAL_DAY = 120;
    static final int PER_HOUR = 5;

    static int weight(FlowStep s) {
        if (s.gateway() || !s.countsTowardLimit() || s.limit() == null || s.limit() <= 0 || s.unit() == null) {
            return 0;
        }
        return s.limit() * switch (s.unit()) {
            case WORKING_DAYS -> PER_WORKING_DAY;
            case NATURAL_DAYS -> PER_NATURAL_DAY;
            case HOURS -> PER_HOUR;
        };
    }

    /** The total in 1/120 natural days. */
    long weight() {
        return (long) workingDays * PER_WORKING_DAY + (long) naturalDays * PER_NATURAL_DAY + (long) hours * PER_HOUR;
    }

    /** Whether every counted amount is in {@code unit} (so the sum compares without conversion). */
    public boolean onlyIn(LimitUnit unit) {
        return switch (unit) {
            case WORKING_DAYS -> naturalDays == 0 && hours == 0;
            case NATURAL_DAYS -> workingDays == 0 && hours == 0;
        };
    }

    /** The total converted to {@code unit} by the rule above, to one decimal. */
    public BigDecimal in(LimitUnit unit) {
        int per = unit == LimitUnit.WORKING_DAYS ? PER_WORKING_DAY : PER_NATURAL_DAY;
        return BigDecimal.valueOf(weight()).divide(BigDecimal.valueOf(per), 1, RoundingMode.HALF_UP);
    }

    /** Whether the total exceeds {@code days} in {@code unit} (exactly, no rounding). */
    public boolean exceeds(int days, LimitUnit unit) {
        int per = unit == LimitUnit.WORKING_DAYS ? PER_WORKING_DAY : PER_NATURAL_DAY;
        return weight() > (long) days * per;
    }
}
