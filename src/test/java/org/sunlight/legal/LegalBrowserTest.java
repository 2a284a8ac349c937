package org.sunlight.legal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.sunlight.browser.Browser;
import org.sunlight.browser.BrowserTestContext;

/**
 * The legal reviewer in a real browser: the workspace notice, the register with its expiring-soon
 * highlight, a certificate refused beside its field and then registered; and the public list.
 */
@BrowserTestContext
class LegalBrowserTest {

    private static final String PASSWORD = "Sunlight@2026";

    @Test
    void theLegalReviewerKeepsTheRegister(Browser browser) {
        browser.signIn("legal_reviewer", PASSWORD);
        assertThat(browser.text(By.id("workspace-notices"))).contains("天内到期");
        browser.screenshot("legal-workspace-reviewer");

        browser.click(By.cssSelector("#workspace-notices a"));
        assertThat(browser.driver().findElements(By.cssSelector("#certificates tbody tr.expiring-soon"))).isNotEmpty();
        browser.open("/legal/officers");
        assertThat(browser.text(By.id("certificates"))).contains("苏执法证字第32108100101号", "即将到期", "已过期", "已暂扣");
        browser.screenshot("legal-officers");

        browser.click(By.id("issue-certificate"));
        new Select(browser.find(By.id("staffId"))).selectByVisibleText("法规科 · 陈静");
        browser.type(By.id("number"), "执法证");
        new Select(browser.find(By.id("field"))).selectByValue("HOUSING_CONSTRUCTION");
        browser.script("document.getElementById('validFrom').value='2026-01-01'; document.getElementById('validUntil').value='2030-12-31';");
        browser.click(By.id("save-certificate"));
        assertThat(browser.waitForText(By.id("number-error"), "格式不正确")).contains("苏执法证字第32108100101号");
        browser.screenshot("legal-certificate-refused");

        browser.type(By.id("number"), "苏执法证字第32108100188号");
        browser.find(By.id("number")).submit();
        assertThat(browser.waitForText(By.id("notice"), "已登记")).isEqualTo("执法证已登记。");
        assertThat(browser.text(By.id("officer-name"))).isEqualTo("陈静");
        browser.screenshot("legal-certificate-page");
    }

    @Test
    void thePublicSeesTheOfficersList(Browser browser) {
        browser.open("/public/officers");
        assertThat(browser.text(By.id("public-officers"))).contains("王晓明", "苏执法证字第32108100101号")
                .doesNotContain("苏执法证字第32108100103号");
        browser.screenshot("legal-public-officers");
    }
}
