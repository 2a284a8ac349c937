package org.sunlight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Three roles sign in through the real login form; each lands in a workspace whose navigation fits
 * the role (and shows nothing the role cannot use); the language switch works inside the workspace.
 */
@BrowserTestContext
class SignInBrowserTest {

    private static final String PASSWORD = "Sunlight@2026";
    private static final By NAV_LINKS = By.cssSelector("#workspace-links a");

    private static List<String> navTargets(Browser browser) {
        return browser.driver().findElements(NAV_LINKS).stream().map(e -> e.getDomAttribute("data-nav")).toList();
    }

    @Test
    void systemAdministratorSeesOrganisationAndAccountsButNotTheAuditTrail(Browser browser) {
        browser.signIn("system_admin", PASSWORD);
        assertThat(browser.currentPath()).startsWith("/workspace");
        assertThat(browser.text(By.cssSelector("main h1"))).contains("system_admin");
        List<String> nav = navTargets(browser);
        assertThat(nav).contains("/admin/accounts", "/admin/organization");
        assertThat(nav).doesNotContain("/audit", "/admin/roles", "/admin/security-policy");
        browser.screenshot("workspace-system-admin-zh");
        browser.open("/audit");
        assertThat(browser.find(By.tagName("body")).getText()).contains("403");
    }

    @Test
    void securityAdministratorSeesRolesAndPolicyOnly(Browser browser) {
        browser.signIn("security_admin", PASSWORD);
        List<String> nav = navTargets(browser);
        assertThat(nav).contains("/admin/roles", "/admin/security-policy");
        assertThat(nav).doesNotContain("/admin/accounts", "/audit", "/admin/organization");
        browser.click(By.cssSelector("a[data-nav='/admin/security-policy']"));
        assertThat(browser.find(By.id("minLength")).getDomProperty("value")).isEqualTo("10");
        browser.screenshot("security-policy-zh");
    }

    @Test
    void auditAdministratorSeesTheAuditTrailAndSwitchesToEnglish(Browser browser) {
        browser.signIn("audit_admin", PASSWORD);
        List<String> nav = navTargets(browser);
        assertThat(nav).containsExactly("/audit");
        String zhRoles = browser.text(By.cssSelector(".role-badge"));
        assertThat(zhRoles).isEqualTo("审计管理员");
        browser.click(By.id("lang-switch"));
        assertThat(browser.waitForText(By.cssSelector(".role-badge"), "Audit administrator")).isEqualTo("Audit administrator");
        browser.screenshot("workspace-audit-admin-en");
        browser.click(By.cssSelector("a[data-nav='/audit']"));
        browser.screenshot("audit-trail-en");
    }

    @Test
    void wrongPasswordShowsOneGenericMessage(Browser browser) {
        browser.open("/login");
        browser.type(By.name("username"), "leader");
        WebElement pw = browser.find(By.name("password"));
        pw.sendKeys("not-the-password");
        pw.submit();
        assertThat(browser.waitForText(By.id("login-error"), "用户名或密码错误")).contains("用户名或密码错误");
        browser.screenshot("login-failed-zh");
    }

    @Test
    void handlerWorkspaceFitsAPhone(Browser browser) {
        browser.signIn("handler", PASSWORD);
        browser.phone().open("/workspace");
        assertThat(browser.contentWidth()).isLessThanOrEqualTo(390);
        assertThat(navTargets(browser)).doesNotContain("/admin/accounts", "/audit", "/admin/roles");
        browser.screenshot("workspace-handler-phone");
    }
}
