package org.sunlight.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An immutable working-day calendar: which dates are working days, which years are loaded (their
 * State Council arrangement is known) and the entries that make the exceptions.
 * <p>
 * Dates are handled as epoch days. The years that have entries are covered by two arrays built
 * once: {@code cum[i]}, the number of working days in {@code [first, first + i)}, and {@code nth[k]},
 * the offset of the (k+1)-th working day of the covered range. Outside the covered range the
 * Mon–Fri rule holds and the same quantities have a closed form. Together they give
 * <ul>
 *   <li>{@link #workingDaysBefore(long)} W(d): working days from a fixed origin up to d — O(1);</li>
 *   <li>working days between two dates: W(b) − W(a) — O(1);</li>
 *   <li>the n-th working day after a date: the inverse of W — O(1).</li>
 * </ul>
 * A calendar of three loaded years costs about 7.5 KB of arrays.
 * Years that are covered (because some entry falls in them) but not loaded, and every year outside
 * the covered range, count Mon–Fri as working; computations reaching them are provisional.
 */
public final class WorkingCalendar {

    /** The zone all business days are reckoned in (Beijing time). */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final WorkingCalendar WEEKDAYS_ONLY = builder().build();

    private final ZoneId zone;
    private final int firstYear;
    /** Epoch day of 1 January of {@link #firstYear}; the covered range is [first, first + len). */
    private final int first;
    private final int len;
    private final int[] cum;
    private final int[] nth;
    /** W(first): Mon–Fri working days from the origin to the start of the covered range. */
    private final int base;
    private final int wkEnd;
    private final Set<Integer> loadedYears;
    private final boolean[] loadedInRange;
    private final int[] entryDays;
    private final CalendarDay[] entries;
    /** From this epoch day on the zone's offset never changes (Beijing: since 1991), else Long.MAX_VALUE. */
    private final long fixedOffsetFrom;
    private final int fixedOffsetSeconds;

    private WorkingCalendar(ZoneId zone, Set<Integer> loadedYears, Collection<CalendarDay> days) {
        this.zone = zone;
        ZoneRules rules = zone.getRules();
        if (rules.isFixedOffset()) {
            fixedOffsetFrom = Long.MIN_VALUE;
            fixedOffsetSeconds = rules.getOffset(Instant.EPOCH).getTotalSeconds();
        } else if (rules.getTransitionRules().isEmpty()) {
            List<ZoneOffsetTransition> transitions = rules.getTransitions();
            Instant last = transitions.isEmpty() ? Instant.EPOCH : transitions.get(transitions.size() - 1).getInstant();
            fixedOffsetFrom = LocalDate.ofInstant(last, ZoneOffset.UTC).toEpochDay() + 2;
            fixedOffsetSeconds = rules.getOffset(last.plusSeconds(1)).getTotalSeconds();
        } else {
            fixedOffsetFrom = Long.MAX_VALUE;
            fixedOffsetSeconds = 0;
        }
        this.loadedYears = Set.copyOf(loadedYears);
        TreeMap<Integer, CalendarDay> byDay = new TreeMap<>();
        for (CalendarDay d : days) {
            byDay.put((int) d.date().toEpochDay(), d);
        }
        TreeSet<Integer> years = new TreeSet<>(loadedYears);
        byDay.values().forEach(d -> years.add(d.date().getYear()));
        if (years.isEmpty()) {
            firstYear = 1970;
            first = 0;
            len = 0;
        } else {
            firstYear = years.first();
            first = (int) LocalDate.of(firstYear, 1, 1).toEpochDay();
            len = (int) LocalDate.of(years.last() + 1, 1, 1).toEpochDay() - first;
        }
        entryDays = new int[byDay.size()];
        entries = new CalendarDay[byDay.size()];
        int k = 0;
        for (var e : byDay.entrySet()) {
            entryDays[k] = e.getKey();
            entries[k++] = e.getValue();
        }
        cum = new int[len + 1];
        int[] positions = new int[len];
        int count = 0;
        for (int i = 0; i < len; i++) {
            int day = first + i;
            int at = Arrays.binarySearch(entryDays, day);
            boolean working = at >= 0 ? entries[at].kind() == DayKind.WORKING_DAY : weekday(day);
            if (working) {
                positions[count++] = i;
            }
            cum[i + 1] = count;
        }
        nth = Arrays.copyOf(positions, count);
        base = wk(first);
        wkEnd = wk(first + len);
        int yearsCovered = len == 0 ? 0 : years.last() - firstYear + 1;
        loadedInRange = new boolean[yearsCovered];
        for (int y : loadedYears) {
            loadedInRange[y - firstYear] = true;
        }
    }

    /** A calendar without any entries or loaded years: Mon–Fri only, everything provisional. */
    public static WorkingCalendar weekdaysOnly() {
        return WEEKDAYS_ONLY;
    }

    public static Builder builder() {
        return new Builder();
    }

    public ZoneId zone() {
        return zone;
    }

    /** Whether the State Council arrangement (or an imported equivalent) for {@code year} is loaded. */
    public boolean isLoaded(int year) {
        int i = year - firstYear;
        return i >= 0 && i < loadedInRange.length && loadedInRange[i];
    }

    public Set<Integer> loadedYears() {
        return loadedYears;
    }

    public boolean isWorkingDay(LocalDate date) {
        return isWorking(date.toEpochDay());
    }

    /** Working days in the closed range [from, to]; 0 when {@code to} is before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        long a = from.toEpochDay();
        long b = to.toEpochDay();
        return b < a ? 0 : workingDaysBefore(b + 1) - workingDaysBefore(a);
    }

    /** The {@code n}-th working day after {@code date} (which itself is not counted); n ≥ 1. */
    public LocalDate nthWorkingDayAfter(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        return LocalDate.ofEpochDay(nthWorkingAfter(date.toEpochDay(), n));
    }

    /** The first working day on or after {@code date}. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        long d = date.toEpochDay();
        return isWorking(d) ? date : LocalDate.ofEpochDay(nthWorkingAfter(d, 1));
    }

    public Optional<CalendarDay> entry(LocalDate date) {
        int at = Arrays.binarySearch(entryDays, (int) date.toEpochDay());
        return at >= 0 ? Optional.of(entries[at]) : Optional.empty();
    }

    /** Entries on dates in [from, to], in date order. */
    public List<CalendarDay> entriesBetween(LocalDate from, LocalDate to) {
        int lo = lowerBound((int) from.toEpochDay());
        int hi = lowerBound((int) to.toEpochDay() + 1);
        return lo >= hi ? List.of() : List.of(Arrays.copyOfRange(entries, lo, hi));
    }

    /** Every entry, in date order. */
    public List<CalendarDay> entries() {
        return List.of(entries);
    }

    /** Bytes held by the lookup arrays (not counting the entries themselves): a size estimate. */
    public long arrayBytes() {
        return 4L * (cum.length + nth.length + entryDays.length) + loadedInRange.length;
    }

    // ---- epoch-day arithmetic, used by Deadlines --------------------------------------------

    /** The instant 00:00 of {@code epochDay} in the calendar's zone (the first valid time if 00:00 is skipped). */
    Instant startOfDay(long epochDay) {
        if (epochDay >= fixedOffsetFrom) {
            return Instant.ofEpochSecond(epochDay * 86_400L - fixedOffsetSeconds);
        }
        return LocalDate.ofEpochDay(epochDay).atStartOfDay(zone).toInstant();
    }

    /** W(d): working days in [origin, d) for a fixed origin (1970-01-01); differences are counts. */
    int workingDaysBefore(long day) {
        int d = Math.toIntExact(day);
        if (d <= first) {
            return wk(d);
        }
        if (d >= first + len) {
            return base + cum[len] + wk(d) - wkEnd;
        }
        return base + cum[d - first];
    }

    boolean isWorking(long day) {
        int d = Math.toIntExact(day);
        if (d >= first && d < first + len) {
            int i = d - first;
            return cum[i + 1] != cum[i];
        }
        return weekday(d);
    }

    /** The n-th (n ≥ 1) working day after {@code day}. */
    long nthWorkingAfter(long day, int n) {
        return numbered(workingDaysBefore(day + 1) + n - 1);
    }

    /** The working day d with W(d) = k, i.e. the (k+1)-th working day counted from the origin. */
    private long numbered(int k) {
        if (k < base) {
            return weekdayNumbered(k);
        }
        int inRange = cum[len];
        if (k < base + inRange) {
            return first + nth[k - base];
        }
        return weekdayNumbered(k - base - inRange + wkEnd);
    }

    private int lowerBound(int day) {
        int at = Arrays.binarySearch(entryDays, day);
        return at >= 0 ? at : -at - 1;
    }

    /** 1970-01-01 was a Thursday; with Monday = 0 the weekday of epoch day d is (d + 3) mod 7. */
    static boolean weekday(int d) {
        return Math.floorMod(d + 3, 7) < 5;
    }

    /** Mon–Fri days in [1970-01-01, d) (negative before the origin). */
    static int wk(int d) {
        int shifted = d + 3; // days since Monday 1969-12-29
        return 5 * Math.floorDiv(shifted, 7) + Math.min(Math.floorMod(shifted, 7), 5) - 3;
    }

    /** The weekday d with wk(d) = k. */
    static long weekdayNumbered(int k) {
        int j = k + 3;
        return -3L + 7L * Math.floorDiv(j, 5) + Math.floorMod(j, 5);
    }

    /** Collects loaded years and entries; a later entry for the same date replaces an earlier one. */
    public static final class Builder {

        private ZoneId zone = BEIJING;
        private final Set<Integer> loadedYears = new TreeSet<>();
        private final List<CalendarDay> days = new ArrayList<>();

        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        public Builder loadedYear(int year) {
            if (year < 1900 || year > 2500) {
                throw new IllegalArgumentException("year out of range: " + year);
            }
            loadedYears.add(year);
            return this;
        }

        public Builder day(CalendarDay day) {
            int year = day.date().getYear();
            if (year < 1900 || year > 2500) {
                throw new IllegalArgumentException("date out of range: " + day.date());
            }
            days.add(day);
            return this;
        }

        public Builder days(Collection<CalendarDay> more) {
            more.forEach(this::day);
            return this;
        }

        /** Marks every year that has at least one entry among {@code source} as loaded. */
        public Builder loadYearsOf(Collection<CalendarDay> source) {
            source.forEach(d -> loadedYear(d.date().getYear()));
            return this;
        }

        public WorkingCalendar build() {
            return new WorkingCalendar(zone, loadedYears, days);
        }
    }
}
