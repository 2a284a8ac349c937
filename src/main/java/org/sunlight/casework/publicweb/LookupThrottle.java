package org.sunlight.casework.publicweb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of query codes (查询密码). Failed lookups are counted per client address and per case
 * number in a sliding window. Once a key has {@code addressFailures} (or {@code numberFailures}) failures in
 * the window it is "hot": every further failure blocks the key for a delay that starts at
 * {@code initialDelay} and doubles with each extra failure, up to {@code maxDelay}; while blocked, attempts
 * are refused without looking anything up (they do not count). A key cools down, and is forgotten, once
 * it has been quiet for a whole window after its last block ended. The per-number limit is there against
 * guessing distributed over many addresses; a successful lookup resets nothing (least of all the number's
 * count: a right code says nothing about who is guessing).
 * <p>
 * The counts live in this node's memory, bounded by {@code maxKeys}: several nodes each count on their own,
 * which still caps guessing at the nodes' number times the limits. Behind a proxy the client address is
 * only right when the proxy's forwarding headers are trusted ({@code server.forward-headers-strategy}).
 */
@Component
class LookupThrottle {

    /** Who asked: the key of the client address and of the case number. */
    record Attempt(String address, String number) {
        /** Keys are cut at this length so that junk input cannot fill the memory (numbers have 23–26 digits). */
        static final int KEY_MAX = 64;

        String addressKey() {
            return "a:" + cut(address == null ? "" : address);
        }

        String numberKey() {
            return "n:" + cut(number == null ? "" : number.strip());
        }

        private static String cut(String s) {
            return s.length() <= KEY_MAX ? s : s.substring(0, KEY_MAX);
        }
    }

    private final Clock clock;
    private final Duration window;
    private final int addressFailures;
    private final int numberFailures;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final int maxKeys;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    LookupThrottle(Clock clock,
            @Value("${sunlight.casework.lookup.window:15m}") Duration window,
            @Value("${sunlight.casework.lookup.address-failures:5}") int addressFailures,
            @Value("${sunlight.casework.lookup.number-failures:20}") int numberFailures,
            @Value("${sunlight.casework.lookup.initial-delay:1m}") Duration initialDelay,
            @Value("${sunlight.casework.lookup.max-delay:1h}") Duration maxDelay,
            @Value("${sunlight.casework.lookup.max-keys:100000}") int maxKeys) {
        if (addressFailures < 1 || numberFailures < 1 || window.isNegative() || window.isZero() || initialDelay.isNegative()
                || maxDelay.compareTo(initialDelay) < 0 || maxKeys < 2) {
            throw new IllegalArgumentException("sunlight.casework.lookup.*: limits must be positive and max-delay >= initial-delay");
        }
        this.clock = clock;
        this.window = window;
        this.addressFailures = addressFailures;
        this.numberFailures = numberFailures;
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
        this.maxKeys = maxKeys;
    }

    /** How long the caller must wait before trying again, or empty when the attempt may go ahead. */
    Optional<Duration> blocked(Attempt attempt) {
        Instant now = clock.instant();
        Duration wait = max(waitOf(attempt.addressKey(), now), waitOf(attempt.numberKey(), now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Records a failed lookup (unknown number or wrong code) against the address and the number. */
    void failed(Attempt attempt) {
        Instant now = clock.instant();
        record(attempt.addressKey(), addressFailures, now);
        record(attempt.numberKey(), numberFailures, now);
        if (counters.size() > maxKeys) {
            prune(now);
        }
    }

    private Duration waitOf(String key, Instant now) {
        Counter c = counters.get(key);
        if (c == null) {
            return Duration.ZERO;
        }
        synchronized (c) {
            return c.blockedUntil == null || !now.isBefore(c.blockedUntil) ? Duration.ZERO : Duration.between(now, c.blockedUntil);
        }
    }

    private void record(String key, int limit, Instant now) {
        counters.compute(key, (k, c) -> {
            Counter counter = c == null ? new Counter() : c;
            synchronized (counter) {
                counter.fail(now, limit);
            }
            return counter;
        });
    }

    /** Forgets cooled-down keys; if that is not enough, the ones quiet longest. */
    private void prune(Instant now) {
        counters.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().cold(now);
            }
        });
        int excess = counters.size() - maxKeys / 2;
        if (excess > 0) {
            counters.entrySet().stream()
                    .sorted(Comparator.comparing(e -> e.getValue().lastFailure))
                    .limit(excess).map(Map.Entry::getKey).toList()
                    .forEach(counters::remove);
        }
    }

    /** For tests and operators: how many keys are being tracked. */
    int trackedKeys() {
        return counters.size();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private final class Counter {
        final Deque<Instant> recent = new ArrayDeque<>();
        int strikes;
        Instant blockedUntil;
        volatile Instant lastFailure = Instant.EPOCH;

        void fail(Instant now, int limit) {
            if (cold(now)) {
                recent.clear();
                strikes = 0;
                blockedUntil = null;
            }
            Instant from = now.minus(window);
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(from)) {
                recent.pollFirst();
            }
            recent.addLast(now);
            while (recent.size() > limit) {
                recent.pollFirst();
            }
            lastFailure = now;
            if (strikes > 0 || recent.size() >= limit) {
                strikes++;
                blockedUntil = now.plus(delay(strikes));
            }
        }

        /** Quiet for a whole window after the last failure and after the end of the last block. */
        boolean cold(Instant now) {
            Instant quietSince = blockedUntil != null && blockedUntil.isAfter(lastFailure) ? blockedUntil : lastFailure;
            return !now.isBefore(quietSince.plus(window));
        }

        private Duration delay(int strike) {
            Duration d = initialDelay;
            for (int i = 1; i < strike && d.compareTo(maxDelay) < 0; i++) {
                d = d.multipliedBy(2);
            }
            return d.compareTo(maxDelay) > 0 ? maxDelay : d;
        }
    }
}
