package org.sunlight.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** How due times read and which light they get: red once passed, yellow within two days, green before. */
class CaseTimesTests {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-11-02T01:30:00Z"); // Mon 09:30

    final CaseTimes times = new CaseTimes(Clock.fixed(NOW, BEIJING));

    @Test
    void aDayLimitEndsAt2400OfItsLastDay() {
        assertThat(times.due(Instant.parse("2026-11-16T16:00:00Z"))).isEqualTo("2026-11-16 24:00");
        assertThat(times.due(Instant.parse("2026-11-16T09:00:00Z"))).isEqualTo("2026-11-16 17:00");
        assertThat(times.due(null)).isEqualTo("—");
        assertThat(times.dateTime(NOW)).isEqualTo("2026-11-02 09:30");
    }

    @Test
    void lights() {
        assertThat(times.light(null)).isNull();
        assertThat(times.light(NOW.minusSeconds(1))).isEqualTo("overdue");
        assertThat(times.light(NOW)).isEqualTo("soon");
        assertThat(times.light(NOW.plus(Duration.ofDays(2)))).isEqualTo("soon");
        assertThat(times.light(NOW.plus(Duration.ofDays(2)).plusSeconds(1))).isEqualTo("ok");
    }

    @Test
    void aRecordLaterThanTheFactIsTold() {
        assertThat(times.differs(NOW, NOW.plusSeconds(59))).isFalse();
        assertThat(times.differs(NOW, NOW.plusSeconds(60))).isTrue();
        assertThat(times.differs(NOW, null)).isFalse();
    }
}
