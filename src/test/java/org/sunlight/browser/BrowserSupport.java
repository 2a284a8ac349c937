package org.sunlight.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * JUnit extension behind {@link BrowserTestContext}: starts one headless Chromium per test JVM
 * (starting Chrome costs seconds; the 2-core machine should pay that once), hands each test a
 * {@link Browser} bound to the running application, and isolates tests by clearing cookies and
 * returning to desktop size before each one. A failing test leaves a screenshot and the page's HTML named after it.
 * <p>
 * Chromium and chromedriver are Debian's ({@code apt-get install chromium chromium-driver
 * fonts-wqy-microhei}); SUNLIGHT_CHROMIUM and SUNLIGHT_CHROMEDRIVER override their paths.
 */
public class BrowserSupport implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, ParameterResolver {

    static final String REQUIRE_ENV = "SUNLIGHT_REQUIRE_BROWSER";
    static final Path CHROMIUM = Path.of(env("SUNLIGHT_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(env("SUNLIGHT_CHROMEDRIVER", "/usr/bin/chromedriver"));
    /** Maven runs tests in the project directory, so target/ is the build directory. */
    static final Path TARGET = Path.of("target").toAbsolutePath();
    static final Path SCREENSHOTS = TARGET.resolve("screenshots");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserSupport.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        String missing = missingExecutables();
        if (missing == null) {
            return;
        }
        if (Boolean.parseBoolean(System.getenv(REQUIRE_ENV))) {
            throw new IllegalStateException("Browser tests are required (" + REQUIRE_ENV + "=true) but " + missing
                    + " is missing; install it with: apt-get install -y chromium chromium-driver fonts-wqy-microhei");
        }
        String reason = "Browser tests skipped: " + missing + " is missing (set " + REQUIRE_ENV + "=true to make this a failure)";
        // Surefire counts a class skipped before its first test as "Tests run: 0": say why in the log.
        System.err.println("[browser] " + context.getRequiredTestClass().getSimpleName() + ": " + reason);
        Assumptions.abort(reason);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser(context).reset();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            try {
                Browser browser = browser(context);
                browser.screenshot(name);
                browser.savePage(name);
            } catch (RuntimeException e) {
                context.getExecutionException().get().addSuppressed(e);
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return browser(extensionContext);
    }

    private static Browser browser(ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
        return new Browser(session(context).driver, "http://localhost:" + port, SCREENSHOTS);
    }

    /** The JVM-wide Chrome, kept in the root store so JUnit closes it when the run ends. */
    private static Session session(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Session.class, k -> Session.start(), Session.class);
    }

    private static String missingExecutables() {
        if (!Files.isExecutable(CHROMIUM)) {
            return CHROMIUM.toString();
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            return CHROMEDRIVER.toString();
        }
        return null;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** One running Chrome with its own fresh profile directory. */
    static final class Session implements AutoCloseable {

        final ChromeDriver driver;

        private Session(ChromeDriver driver) {
            this.driver = driver;
        }

        static Session start() {
            Path dir = TARGET.resolve("browser");
            Path profile = dir.resolve("profile-" + UUID.randomUUID());
            try {
                Files.createDirectories(profile);
                Files.createDirectories(SCREENSHOTS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withLogFile(new File(dir.toFile(), "chromedriver.log"))
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // Headless as root in a container, and quiet: this machine's network is closed, so
            // background fetches (updates, sync, safe browsing) would only fail noisily.
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=" + Browser.DESKTOP.getWidth() + "," + Browser.DESKTOP.getHeight(),
                    "--lang=zh-CN", "--user-data-dir=" + profile);
            // A browser in China asks for Chinese; tests of the English side use the language switch.
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Session(driver);
        }

        @Override
        public void close() {
            driver.quit();
        }
    }
}
