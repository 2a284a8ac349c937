package org.sunlight.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.sunlight.TestSupportConfig;

/**
 * The one setup every real-browser test shares: the whole application on a random port (test
 * profile, demo data, H2 or the PostgreSQL named by SUNLIGHT_TEST_DB_URL) and a headless Chromium
 * handed to test methods as a {@link Browser} parameter.
 * <p>
 * Name the class {@code *BrowserTest}: maven-failsafe runs those in {@code verify}, in their own JVM.
 * All browser tests share this single Spring context, so add no per-class context changes.
 * Without Chromium the tests are skipped, unless SUNLIGHT_REQUIRE_BROWSER=true (CI), where they fail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// First, so a missing browser skips the class before the application context is started.
@ExtendWith(BrowserSupport.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
@Tag("browser")
public @interface BrowserTestContext {
}
