package org.sunlight;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one integration-test setup every module's tests share, so the 2-core machine builds a single
 * Spring context: test profile (H2 in memory, or PostgreSQL from SUNLIGHT_TEST_DB_URL), demo data,
 * MockMvc and a {@link MutableClock} tests can move.
 * Do not add @MockitoBean or other per-class context changes: they fork the context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
public @interface IntegrationTest {
}
