package org.sunlight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The public shell in a real browser: Chinese by default, the English switch, phone width, Swagger UI. */
@BrowserTestContext
class ShellBrowserTest {

    private static final By HEADLINE = By.cssSelector("main h1");
    private static final By LANG_SWITCH = By.id("lang-switch");
    private static final String ZH_HEADLINE = "让每一项行政权力都在阳光下运行";
    private static final String EN_HEADLINE = "Every administrative power, run in the open";

    @Test
    void homeIsChineseAndSwitchesToEnglishAndBack(Browser browser) {
        browser.open("/");
        assertThat(browser.title()).contains("阳光权力运行平台");
        assertThat(browser.text(HEADLINE)).isEqualTo(ZH_HEADLINE);
        assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
        browser.screenshot("home-zh-desktop");

        browser.click(LANG_SWITCH);
        assertThat(browser.waitForText(HEADLINE, EN_HEADLINE)).isEqualTo(EN_HEADLINE);
        assertThat(browser.title()).contains("Sunlight");
        assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        browser.screenshot("home-en-desktop");

        // The choice sticks across pages (cookie) until switched back.
        browser.open("/");
        assertThat(browser.text(HEADLINE)).isEqualTo(EN_HEADLINE);
        browser.click(LANG_SWITCH);
        assertThat(browser.waitForText(HEADLINE, ZH_HEADLINE)).isEqualTo(ZH_HEADLINE);
    }

    @Test
    void homeFitsAPhoneAndItsMenuSwitchesLanguage(Browser browser) {
        browser.phone().open("/");
        assertThat(browser.viewportWidth()).isEqualTo(390);
        assertThat(browser.contentWidth()).as("page must not scroll sideways on a phone").isLessThanOrEqualTo(390);
        assertThat(browser.text(HEADLINE)).isEqualTo(ZH_HEADLINE);
        assertThat(browser.driver().findElement(LANG_SWITCH).isDisplayed()).as("menu collapsed on a phone").isFalse();
        browser.screenshot("home-zh-phone");

        browser.click(By.cssSelector("nav .navbar-toggler"));
        browser.click(LANG_SWITCH);
        assertThat(browser.waitForText(HEADLINE, EN_HEADLINE)).isEqualTo(EN_HEADLINE);
        assertThat(browser.contentWidth()).isLessThanOrEqualTo(390);
        browser.screenshot("home-en-phone");
    }

    @Test
    void resetForgetsTheLanguageChoiceAndStoredData(Browser browser) {
        browser.open("/").click(LANG_SWITCH);
        browser.waitForText(HEADLINE, EN_HEADLINE);
        browser.script("localStorage.setItem('probe', 'left over');");

        browser.reset().open("/");
        assertThat(browser.text(HEADLINE)).isEqualTo(ZH_HEADLINE);
        assertThat((Object) browser.script("return localStorage.getItem('probe');")).isNull();
    }

    @Test
    void swaggerUiLoadsTheApiDescription(Browser browser) {
        browser.open("/swagger-ui/index.html");
        // The title is rendered only after the UI fetched and parsed /v3/api-docs.
        assertThat(browser.text(By.cssSelector(".swagger-ui .info .title"))).isNotBlank();
        assertThat(browser.driver().findElements(By.cssSelector(".swagger-ui .errors-wrapper"))).isEmpty();
        browser.screenshot("swagger-ui");
    }
}
