package org.sunlight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests move by hand instead of sleeping. Shared by the whole test context: a test that
 * moves it must put it back ({@link #reset()}) when done.
 */
public class MutableClock extends Clock {

    public static final Instant START = Instant.parse("2026-11-02T01:30:00Z"); // Mon 09:30 in Beijing

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final ZoneId zone;

    public MutableClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock other = new MutableClock(zone);
        other.now.set(now.get());
        return other;
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    public void advance(Duration d) {
        now.updateAndGet(i -> i.plus(d));
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    public void reset() {
        now.set(START);
    }
}
