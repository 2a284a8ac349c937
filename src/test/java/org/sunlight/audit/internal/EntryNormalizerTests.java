package org.sunlight.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.sunlight.audit.AuditEntry;

class EntryNormalizerTests {

    static final Instant AT = Instant.parse("2026-11-02T01:30:00.123456789Z");

    @Test
    void keepsOrdinaryValuesAsTheyAre() {
        EntryContent c = EntryNormalizer.normalize(AuditEntry.of("region.create", "region", 320000).after("{\"a\":1}").failed(),
                AT, "alice", "system_admin", "10.1.2.3");
        assertThat(c).isEqualTo(new EntryContent(Instant.parse("2026-11-02T01:30:00.123456Z"), "alice", "system_admin",
                "region.create", "region", "320000", null, "{\"a\":1}", "10.1.2.3", false));
    }

    @Test
    void cutsToColumnSizesWithoutSplittingSurrogatePairs() {
        String actor = "a".repeat(EntryNormalizer.ACTOR_MAX - 1) + "😀😀";
        EntryContent c = EntryNormalizer.normalize(AuditEntry.of("x", null, null), AT, actor, null, null);
        assertThat(c.actor()).hasSize(EntryNormalizer.ACTOR_MAX - 1).isEqualTo("a".repeat(EntryNormalizer.ACTOR_MAX - 1));
        assertThat(EntryNormalizer.cut("x".repeat(500), 100)).hasSize(100);
    }

    @Test
    void longTextsKeepTheirStartAndADigestOfTheWhole() {
        String big = "变".repeat(EntryNormalizer.TEXT_MAX + 10);
        String stored = EntryNormalizer.longText(big);
        assertThat(stored).hasSizeLessThanOrEqualTo(EntryNormalizer.TEXT_MAX)
                .startsWith("变变变")
                .endsWith("…[sm3:" + Sm3.hex(big) + ", " + big.length() + " chars]");
        assertThat(EntryNormalizer.longText("short")).isEqualTo("short");
    }

    @Test
    void replacesCharactersPostgresqlCannotStore() {
        assertThat(EntryNormalizer.storable("a\u0000b")).isEqualTo("a\uFFFDb");
        assertThat(EntryNormalizer.storable("x\ud800y")).isEqualTo("x\uFFFDy");
        assertThat(EntryNormalizer.storable("😀ok")).isEqualTo("😀ok");
        assertThat(EntryNormalizer.storable("\udc00😀\ud800")).isEqualTo("\uFFFD😀\uFFFD");
    }

    @Test
    void anActionIsRequired() {
        assertThatThrownBy(() -> EntryNormalizer.normalize(AuditEntry.of(" ", "x", 1), AT, "a", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
