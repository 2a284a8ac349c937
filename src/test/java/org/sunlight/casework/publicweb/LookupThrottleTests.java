package org.sunlight.casework.publicweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.sunlight.MutableClock;
import org.sunlight.casework.publicweb.LookupThrottle.Attempt;

/** The lookup throttle with a clock moved by hand: thresholds, doubling, cap, sliding window, cooling down. */
class LookupThrottleTests {

    final MutableClock clock = new MutableClock(ZoneId.of("Asia/Shanghai"));
    final LookupThrottle throttle = new LookupThrottle(clock, Duration.ofMinutes(15), 5, 20, Duration.ofMinutes(1),
            Duration.ofHours(1), 1000);

    static Attempt from(String address, String number) {
        return new Attempt(address, number);
    }

    void fail(Attempt a, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.blocked(a)).as("attempt %d may go ahead", i + 1).isEmpty();
            throttle.failed(a);
        }
    }

    @Test
    void fourFailuresPassTheFifthBlocksTheAddressForAMinute() {
        Attempt a = from("10.0.0.1", "321081202611020001000001");
        fail(a, 4);
        assertThat(throttle.blocked(a)).isEmpty();
        throttle.failed(a);
        assertThat(throttle.blocked(a)).contains(Duration.ofMinutes(1));
        // the same address asking for another number is blocked too; another address for the same number is not
        assertThat(throttle.blocked(from("10.0.0.1", "other"))).isPresent();
        assertThat(throttle.blocked(from("10.0.0.2", "321081202611020001000001"))).isEmpty();

        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.blocked(a)).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.blocked(a)).isEmpty();
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToAnHour() {
        Attempt a = from("10.0.1.1", "n1");
        fail(a, 5);
        long[] expectedMinutes = {1, 2, 4, 8, 16, 32, 60, 60};
        for (int i = 0; i < expectedMinutes.length; i++) {
            Duration wait = throttle.blocked(a).orElseThrow();
            assertThat(wait).as("wait after failure %d", 5 + i).isEqualTo(Duration.ofMinutes(expectedMinutes[i]));
            clock.advance(wait);
            assertThat(throttle.blocked(a)).isEmpty();
            throttle.failed(a);
        }
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        Attempt a = from("10.0.2.1", "n2");
        fail(a, 4);
        clock.advance(Duration.ofMinutes(10));
        fail(a, 1);
        assertThat(throttle.blocked(a)).as("5 in 10 minutes").isPresent();

        Attempt b = from("10.0.2.2", "n3");
        fail(b, 4);
        clock.advance(Duration.ofMinutes(15));
        fail(b, 4);
        assertThat(throttle.blocked(b)).as("the first four slid out of the window").isEmpty();
        throttle.failed(b);
        assertThat(throttle.blocked(b)).isPresent();
    }

    @Test
    void aHotKeyStaysHotUntilQuietForAWholeWindowAfterItsBlock() {
        Attempt a = from("10.0.3.1", "n4");
        fail(a, 5);
        // After a long block the old failures have left the window, but the key is still hot: the next failure blocks again, longer.
        for (int i = 0; i < 6; i++) {
            clock.advance(throttle.blocked(a).orElseThrow());
            throttle.failed(a);
        }
        Duration wait = throttle.blocked(a).orElseThrow();
        assertThat(wait).isEqualTo(Duration.ofMinutes(60));
        clock.advance(wait);
        throttle.failed(a);
        assertThat(throttle.blocked(a)).contains(Duration.ofMinutes(60));

        // quiet for the block and a whole window after it: forgotten, four free attempts again
        clock.advance(Duration.ofMinutes(60).plus(Duration.ofMinutes(15)));
        fail(a, 4);
        assertThat(throttle.blocked(a)).isEmpty();
    }

    @Test
    void guessingOneNumberFromManyAddressesIsCaughtByTheNumberLimit() {
        String number = "321081202611020001000099";
        for (int i = 0; i < 19; i++) {
            Attempt a = from("192.168.0." + i, number);
            fail(a, 1);
        }
        assertThat(throttle.blocked(from("192.168.1.1", number))).isEmpty();
        throttle.failed(from("192.168.1.1", number));
        assertThat(throttle.blocked(from("192.168.1.2", number))).as("20th failure for the number").contains(Duration.ofMinutes(1));
        assertThat(throttle.blocked(from("192.168.1.2", "another number"))).isEmpty();
    }

    @Test
    void aSuccessResetsNothing() {
        // A success is simply not a failure: the counts stay, so a right code cannot launder a guesser's record.
        String number = "321081202611020001000077";
        for (int i = 0; i < 19; i++) {
            fail(from("172.16.0." + i, number), 1);
        }
        assertThat(throttle.blocked(from("172.16.9.9", number))).isEmpty(); // the owner looks the case up: allowed, nothing recorded
        throttle.failed(from("172.16.1.1", number));
        assertThat(throttle.blocked(from("172.16.9.9", number))).isPresent();
    }

    @Test
    void theWaitIsTheLongerOfAddressAndNumber() {
        LookupThrottle t = new LookupThrottle(clock, Duration.ofMinutes(15), 2, 3, Duration.ofMinutes(1), Duration.ofHours(1), 1000);
        Attempt a = from("10.0.4.1", "n5");
        t.failed(a);
        t.failed(a);
        assertThat(t.blocked(a)).contains(Duration.ofMinutes(1)); // the address: 2 failures
        clock.advance(Duration.ofMinutes(1));
        t.failed(a); // the address's second strike (2 minutes), the number's first (1 minute)
        assertThat(t.blocked(a)).contains(Duration.ofMinutes(2));
        assertThat(t.blocked(from("10.0.4.2", "n5"))).contains(Duration.ofMinutes(1));
        assertThat(t.blocked(from("10.0.4.1", "n6"))).contains(Duration.ofMinutes(2));
        assertThat(t.blocked(from("10.0.4.2", "n6"))).isEmpty();
    }

    @Test
    void staleKeysAreForgottenWhenTheMapIsFull() {
        LookupThrottle small = new LookupThrottle(clock, Duration.ofMinutes(15), 5, 20, Duration.ofMinutes(1), Duration.ofHours(1), 10);
        for (int i = 0; i < 5; i++) {
            small.failed(from("10.9.0." + i, "n" + i));
        }
        assertThat(small.trackedKeys()).isEqualTo(10);
        clock.advance(Duration.ofMinutes(16));
        small.failed(from("10.9.1.1", "m"));
        assertThat(small.trackedKeys()).as("the ten cold keys forgotten").isEqualTo(2);
        for (int i = 0; i < 6; i++) {
            small.failed(from("10.9.2." + i, "k" + i));
        }
        assertThat(small.trackedKeys()).as("never more than the limit, even when nothing is cold").isLessThanOrEqualTo(10);
    }

    @Test
    void junkInputMakesShortKeys() {
        Attempt junk = from("10.0.5.1", "9".repeat(100_000));
        assertThat(junk.numberKey()).hasSize(2 + Attempt.KEY_MAX);
        assertThat(from("10.0.5.1", "  321081202611020001000001 ").numberKey()).isEqualTo("n:321081202611020001000001");
    }

    @Test
    void settingsMustMakeSense() {
        assertThatThrownBy(() -> new LookupThrottle(clock, Duration.ofMinutes(15), 0, 20, Duration.ofMinutes(1), Duration.ofHours(1), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookupThrottle(clock, Duration.ofMinutes(15), 5, 20, Duration.ofMinutes(2), Duration.ofMinutes(1), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
