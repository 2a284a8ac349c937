package org.sunlight;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Beans every integration test shares: the movable clock and a clean schema per test JVM. */
@TestConfiguration(proxyBeanMethods = false)
@org.springframework.context.annotation.Import(org.sunlight.casework.CaseFixture.class)
public class TestSupportConfig {

    @Bean
    TestUsers testUsers(org.sunlight.identity.internal.PrincipalFactory principals) {
        return new TestUsers(principals);
    }

    @Bean
    @Primary
    MutableClock mutableClock(@Value("${sunlight.zone:Asia/Shanghai}") String zone) {
        return new MutableClock(ZoneId.of(zone));
    }

    /** On PostgreSQL the database outlives the JVM: start every run from an empty schema. */
    @Bean
    FlywayMigrationStrategy cleanThenMigrate(@Value("${sunlight.test.clean-database:false}") boolean clean) {
        return flyway -> {
            if (clean) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
