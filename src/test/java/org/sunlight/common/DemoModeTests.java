package org.sunlight.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Demo data (and its well-known passwords) only on the embedded database, unless explicitly asked for. */
class DemoModeTests {

    @ParameterizedTest(name = "mode={0}, url={1} → {2}")
    @CsvSource({
            "auto,  jdbc:h2:file:./data/sunlight;MODE=PostgreSQL,   true",
            "auto,  jdbc:postgresql://db:5432/sunlight,             false",
            "true,  jdbc:postgresql://db:5432/sunlight,             true",
            "false, jdbc:h2:file:./data/sunlight,                   false",
            "AUTO,  jdbc:h2:mem:x,                                  true",
            "'',    jdbc:postgresql://db:5432/sunlight,             false"})
    void demoOnlyOnTheEmbeddedDatabaseUnlessAsked(String mode, String url, boolean expected) {
        assertThat(new DemoMode(mode, url).enabled()).isEqualTo(expected);
    }
}
