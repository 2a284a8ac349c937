package org.sunlight.calendar.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.sunlight.calendar.CalendarDay;
import org.sunlight.calendar.CalendarService;
import org.sunlight.calendar.Deadline;
import org.sunlight.calendar.DeadlineAnswer;
import org.sunlight.calendar.DeadlineRequest;
import org.sunlight.calendar.Deadlines;
import org.sunlight.calendar.ExplanationRenderer;
import org.sunlight.calendar.Extension;
import org.sunlight.calendar.LimitUnit;
import org.sunlight.calendar.Pause;
import org.sunlight.calendar.WorkingCalendar;

/**
 * Builds each region's calendar from the tables (national, then each region on the path from the
 * province down, the lowest level winning on a date) and keeps it until the tables change.
 * <p>
 * Edits made here invalidate the cache after their transaction commits. Edits made by another node
 * are noticed by comparing a cheap fingerprint of the tables at most every {@link #RECHECK_NANOS}.
 */
@Service
class DefaultCalendarService implements CalendarService {

    static final long RECHECK_NANOS = 10_000_000_000L;

    private final CalendarStore store;
    private final RegionPaths regions;
    private final MessageSource messages;
    private final Map<String, WorkingCalendar> cache = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private volatile String revision;
    private volatile long checkedAt;

    DefaultCalendarService(CalendarStore store, RegionPaths regions, MessageSource messages) {
        this.store = store;
        this.regions = regions;
        this.messages = messages;
    }

    @Override
    public WorkingCalendar calendar(String regionCode) {
        String code = RegionPaths.normalise(regionCode);
        recheck();
        WorkingCalendar cached = cache.get(code);
        if (cached != null) {
            return cached;
        }
        long generationBefore = generation.get();
        WorkingCalendar built = build(regions.path(code));
        // A calendar built while an edit committed may be stale: use it for this call, cache it only
        // if nothing was invalidated meanwhile.
        if (generation.get() == generationBefore) {
            WorkingCalendar raced = cache.putIfAbsent(code, built);
            return raced == null ? built : raced;
        }
        return built;
    }

    private WorkingCalendar build(List<String> path) {
        Map<String, Integer> level = new HashMap<>();
        for (int i = 0; i < path.size(); i++) {
            level.put(path.get(i), i);
        }
        List<CalendarDay> days = new ArrayList<>(store.entriesOf(path));
        // overlay order: national first, the region itself last (a later entry replaces an earlier one)
        days.sort((a, b) -> Integer.compare(level.get(a.regionCode()), level.get(b.regionCode())));
        WorkingCalendar.Builder builder = WorkingCalendar.builder().days(days);
        store.loadedYears().forEach(builder::loadedYear);
        return builder.build();
    }

    @Override
    public DeadlineAnswer deadline(String regionCode, Instant start, int limit, LimitUnit unit, List<Pause> pauses,
            List<Extension> extensions) {
        return deadline(regionCode, DeadlineRequest.of(start, limit, unit).withPauses(pauses).withExtensions(extensions));
    }

    @Override
    public DeadlineAnswer deadline(String regionCode, DeadlineRequest request) {
        String code = RegionPaths.normalise(regionCode);
        Deadline deadline = Deadlines.compute(calendar(code), request);
        return new DeadlineAnswer(code, deadline, explain(deadline, currentLocale()));
    }

    @Override
    public List<String> explain(Deadline deadline, Locale locale) {
        Locale l = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
        ExplanationRenderer renderer = new ExplanationRenderer(key -> messages.getMessage(key, null, null, l), l);
        return renderer.render(deadline.explanation(), deadline.startDate().getYear());
    }

    @Override
    public boolean yearLoaded(int year) {
        return calendar(NATIONAL).isLoaded(year);
    }

    /** Drops every built calendar (regions inherit, so any edit can change any of them). */
    void invalidate() {
        generation.incrementAndGet();
        cache.clear();
        revision = null;
    }

    private void recheck() {
        long now = System.nanoTime();
        if (revision != null && now - checkedAt < RECHECK_NANOS) {
            return;
        }
        String current = store.revision();
        if (!current.equals(revision)) {
            generation.incrementAndGet();
            cache.clear();
            revision = current;
        }
        checkedAt = now;
    }

    /** The current request's language; Chinese outside a request. */
    static Locale currentLocale() {
        return LocaleContextHolder.getLocaleContext() == null ? Locale.SIMPLIFIED_CHINESE : LocaleContextHolder.getLocale();
    }
}
