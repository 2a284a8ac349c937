package org.sunlight.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A test's handle on the shared headless Chromium, bound to the running application: open pages by
 * path, wait for elements (never sleep), switch between desktop and phone size, save screenshots
 * under target/screenshots/ to look at. {@link #driver()} gives full Selenium when needed.
 */
public final class Browser {

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path screenshots;

    Browser(ChromeDriver driver, String baseUrl, Path screenshots) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.screenshots = screenshots;
    }

    public WebDriver driver() {
        return driver;
    }

    /** e.g. http://localhost:41234 */
    public String baseUrl() {
        return baseUrl;
    }

    /** Opens a path of the application, e.g. {@code open("/login")}. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public String title() {
        return driver.getTitle();
    }

    /** The path (and query) of the current page, without scheme, host and port. */
    public String currentPath() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    /** Waits until the element is visible and returns it. */
    public WebElement find(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public String text(By by) {
        return find(by).getText();
    }

    public Browser click(By by) {
        waitUntil(ExpectedConditions.elementToBeClickable(by)).click();
        return this;
    }

    public Browser type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Waits until the element shows the text (e.g. after a page change) and returns its full text. */
    public String waitForText(By by, String expected) {
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(by, expected));
        return text(by);
    }

    public <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    /** Runs JavaScript in the page and returns its result. */
    @SuppressWarnings("unchecked")
    public <T> T script(String javascript, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    /**
     * Signs in through the login form (fields {@code username}, {@code password}) and waits for
     * the next page.
     */
    public Browser signIn(String username, String password) {
        open("/login");
        type(By.name("username"), username);
        WebElement passwordField = find(By.name("password"));
        passwordField.clear();
        passwordField.sendKeys(password);
        passwordField.submit();
        waitUntil(d -> !d.getCurrentUrl().startsWith(baseUrl + "/login"));
        return this;
    }

    /**
     * Forgets cookies (signed-in session, language) and stored data, and returns to a blank desktop-sized page, as if
     * the browser were new. Runs before every test; call it to act as another user within a test.
     */
    public Browser reset() {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        // htmx keeps its history snapshots in local storage: forget those too.
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", baseUrl, "storageTypes", "all"));
        return desktop();
    }

    /** A 390×844 phone (mobile viewport, touch-sized layout) until {@link #desktop()}. */
    public Browser phone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", PHONE.getWidth(), "height", PHONE.getHeight(), "deviceScaleFactor", 2, "mobile", true));
        return this;
    }

    /** Back to a 1280×900 desktop window. */
    public Browser desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.manage().window().setSize(DESKTOP);
        return this;
    }

    /** Width of the page's layout viewport in CSS pixels. */
    public long viewportWidth() {
        return ((Number) script("return document.documentElement.clientWidth;")).longValue();
    }

    /** Width of the page's content: wider than the viewport means the page scrolls sideways. */
    public long contentWidth() {
        return ((Number) script("return document.documentElement.scrollWidth;")).longValue();
    }

    /** Saves the current page's HTML as target/screenshots/NAME.html (to read after a failure). */
    public Path savePage(String name) {
        Path file = screenshots.resolve(fileName(name) + ".html");
        try {
            Files.createDirectories(screenshots);
            Files.writeString(file, driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Saves the whole page (not just the visible part) as target/screenshots/NAME.png and returns
     * the file; falls back to the visible part if the browser cannot capture beyond it.
     */
    public Path screenshot(String name) {
        byte[] png;
        try {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            Map<String, Object> clip = Map.of("x", 0, "y", 0,
                    "width", ((Number) size.get("width")).doubleValue(),
                    "height", ((Number) size.get("height")).doubleValue(), "scale", 1);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            png = Base64.getDecoder().decode((String) shot.get("data"));
        } catch (RuntimeException e) {
            png = driver.getScreenshotAs(OutputType.BYTES);
        }
        Path file = screenshots.resolve(fileName(name) + ".png");
        try {
            Files.createDirectories(screenshots);
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
