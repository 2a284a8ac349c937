package org.sunlight.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.sunlight.TestSupportConfig;

/**
 * The public deadline calculator in a real browser: a citizen enters the example and reads
 * the explanation, in Chinese and in English. Screenshots go to target/screenshots/.
 * <p>
 * Self-contained (Debian chromium + chromedriver, headless) because this branch has no shared
 * browser-test support yet; it uses the same Spring setup as the other browser tests, so it shares
 * their context. Skipped when Chromium is absent unless SUNLIGHT_REQUIRE_BROWSER=true.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
class DeadlineCalculatorBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path SCREENSHOTS = TARGET.resolve("screenshots");

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && Boolean.parseBoolean(System.getenv("SUNLIGHT_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("Chromium or chromedriver missing");
        }
        Assumptions.assumeTrue(present, "Chromium not installed");
        Path profile = TARGET.resolve("browser").resolve("profile-" + UUID.randomUUID());
        Files.createDirectories(profile);
        Files.createDirectories(SCREENSHOTS);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--lang=zh-CN", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aCitizenComputesTheExampleAndReadsTheExplanation() throws IOException {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/public/deadline");
        assertThat(driver.getTitle()).contains("办理期限计算器");
        setValue(By.id("start"), "2026-09-30");
        setValue(By.id("limit"), "20");
        new Select(driver.findElement(By.id("unit"))).selectByValue("WORKING_DAYS");
        new Select(driver.findElement(By.id("region"))).selectByValue("321081");
        WebElement firstPause = driver.findElement(By.id("pause0"));
        new Select(firstPause.findElement(By.name("pauseKind"))).selectByValue("SUPPLEMENT");
        setValue(firstPause.findElement(By.name("pauseFrom")), "2026-10-12");
        setValue(firstPause.findElement(By.name("pauseTo")), "2026-10-15");
        driver.findElement(By.id("compute")).click();

        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("explanation")).isEmpty());
        assertThat(driver.findElement(By.id("due-date")).getText()).isEqualTo("2026-11-09");
        List<String> lines = driver.findElements(By.cssSelector("#explanation li")).stream().map(WebElement::getText).toList();
        assertThat(lines).startsWith("受理日 2026-09-30 不计入", "10月1日至7日 国庆节放假", "10月10日 调休上班，计入",
                "补正 10月12日至15日 不计时", "第20个工作日为 11月9日", "截止 11月9日 24:00");
        assertThat(driver.findElement(By.id("deadline-result")).getText()).contains("仪征市");
        screenshot("deadline-calculator-zh");

        // The shell's language switch links to the bare page; the result's own URL keeps the question.
        driver.get(driver.getCurrentUrl() + "&lang=en");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.cssSelector("main h1")).getText().equals("Deadline calculator"));
        List<String> english = driver.findElements(By.cssSelector("#explanation li")).stream().map(WebElement::getText).toList();
        assertThat(english).contains("1–7 Oct: National Day holiday, not counted", "Due by 24:00 on 9 Nov");
        assertThat(driver.findElement(By.id("deadline-status")).getText()).isEqualTo("6 working days left, today included");
        screenshot("deadline-calculator-en");
    }

    @Test
    void badInputIsShownBesideTheField() throws IOException {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/public/deadline");
        setValue(By.id("start"), "2026-09-30");
        setValue(By.id("limit"), "0");
        driver.findElement(By.id("compute")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("limit-error")).isEmpty());
        assertThat(driver.findElement(By.id("limit-error")).getText()).isEqualTo("时限必须是正整数");
        assertThat(driver.findElements(By.id("deadline-result"))).isEmpty();
        screenshot("deadline-calculator-error-zh");
    }

    /** Date inputs take keyboard input in the browser's locale format; setting the value is exact. */
    private void setValue(By by, String value) {
        setValue(driver.findElement(by), value);
    }

    private void setValue(WebElement element, String value) {
        driver.executeScript("arguments[0].value = arguments[1];", element, value);
    }

    private void screenshot(String name) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
