package org.sunlight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunlight.TestUsers;
import org.sunlight.casework.CaseCommands.Note;
import org.sunlight.casework.CaseCommands.StepCompletion;
import org.sunlight.casework.CaseHandling;
import org.sunlight.casework.CaseQueries;
import org.sunlight.casework.CaseView;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.identity.Actor;
import org.sunlight.identity.CurrentUser;
import org.sunlight.organization.OrganizationDirectory;

/**
 * Online application in a real browser: the citizen 张明 signs in, opens the service guide of 物业服务企业资质核定（三级）,
 * applies online and gets the receipt with the case number and query code; then, signed out, anyone holding the
 * two looks the case up and sees where it stands, and again (on a phone) once staff have accepted it. Screenshots: target/screenshots/online-application-*.png.
 */
@BrowserTestContext
class OnlineApplicationBrowserTest {

    private static final String PASSWORD = "Sunlight@2026";
    private static final String LICENCE = "物业服务企业资质核定（三级）";

    @Autowired
    CatalogQueries catalog;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    Clock clock;
    @Autowired
    CaseHandling cases;
    @Autowired
    CaseQueries queries;
    @Autowired
    TestUsers users;
    @Autowired
    CurrentUser currentUser;

    private Actor actor(String username) {
        return users.callAs(username, currentUser::actor);
    }

    private String licenceCode() {
        long housing = organization.departmentsNamed("仪征市住房和城乡建设局").get(0).id();
        return catalog.itemsOf(housing).stream()
                .filter(i -> catalog.versionInForce(i.id(), LocalDate.now(clock)).map(v -> v.content().name().equals(LICENCE)).orElse(false))
                .map(PowerItemView::code).findFirst().orElseThrow();
    }

    @Test
    void aCitizenAppliesOnlineAndAnyoneWithNumberAndCodeFollowsTheCase(Browser browser) {
        browser.signIn("citizen", PASSWORD);
        assertThat(browser.find(By.id("workspace-links")).getText()).contains("我的办件");

        // the service guide offers online application
        browser.open("/public/catalog/items/" + licenceCode());
        browser.click(By.id("apply-online"));
        assertThat(browser.text(By.id("apply-item"))).isEqualTo(LICENCE);
        assertThat(browser.find(By.id("partyName")).getDomProperty("value")).as("prefilled from the account").isEqualTo("张明");
        browser.type(By.id("partyIdNumber"), "320481199001011234");
        browser.type(By.id("partyPhone"), "13912345678");
        browser.type(By.id("partyAddress"), "仪征市真州镇大庆路88号");
        browser.type(By.id("subject"), "申请物业服务企业三级资质");
        assertThat(browser.driver().findElements(By.cssSelector("#apply-materials input[type=file]"))).isNotEmpty();
        browser.screenshot("online-application-01-form");

        // submit: the receipt shows the case number and the query code prominently
        browser.click(By.id("apply-submit"));
        String number = browser.text(By.id("receipt-number"));
        String code = browser.text(By.id("receipt-code"));
        assertThat(number).matches("\\d{23,26}");
        assertThat(code).matches("[2-9A-Z]{8}");
        assertThat(browser.text(By.id("receipt-keep"))).contains("妥善保管");
        assertThat(browser.text(By.id("receipt-status"))).isEqualTo("已收件");
        assertThat(browser.currentPath()).matches("/public/my-cases/\\d+/receipt");
        long caseId = Long.parseLong(browser.currentPath().replaceAll("\\D", ""));
        browser.screenshot("online-application-02-receipt");
        assertThat(browser.script("return getComputedStyle(document.querySelector('nav.navbar')).backgroundColor;").toString())
                .as("the site's stylesheet is applied").isNotEqualTo("rgba(0, 0, 0, 0)");

        // 我的办件 lists it
        browser.click(By.id("receipt-my-cases"));
        assertThat(browser.text(By.id("case-code"))).isEqualTo(code);
        assertThat(browser.find(By.id("withdraw-form")).isDisplayed()).isTrue();
        browser.screenshot("online-application-02-my-case");
        browser.open("/public/my-cases");
        assertThat(browser.text(By.id("my-cases"))).contains(number).contains(LICENCE);

        // signed out, the lookup page (linked from the receipt with the number filled in) finds it with the code
        browser.reset();
        browser.open("/public/cases/lookup?number=" + number);
        assertThat(browser.driver().findElements(By.id("nav-login"))).as("signed out").isNotEmpty();
        assertThat(browser.find(By.id("number")).getDomProperty("value")).isEqualTo(number);
        browser.type(By.id("code"), code.toLowerCase());
        browser.click(By.id("lookup-submit"));
        assertThat(browser.text(By.id("result-status"))).isEqualTo("已收件");
        assertThat(browser.text(By.id("result-item"))).isEqualTo(LICENCE);
        assertThat(browser.text(By.id("result-department"))).isEqualTo("仪征市住房和城乡建设局");
        WebElement steps = browser.find(By.id("result-steps"));
        assertThat(steps.getText()).contains("申办");
        String page = browser.find(By.tagName("main")).getText();
        assertThat(page).doesNotContain("张明", "320481199001011234", "13912345678", "大庆路");
        browser.screenshot("online-application-03-lookup");

        // a wrong code: one message, no result
        browser.type(By.id("number"), number);
        browser.type(By.id("code"), "WRONG234");
        browser.click(By.id("lookup-submit"));
        assertThat(browser.text(By.id("lookup-not-found"))).isEqualTo("办件编号或查询密码不正确");
        assertThat(browser.driver().findElements(By.id("lookup-result"))).isEmpty();

        // staff pre-accept and accept it (张伟, with opinions the public never sees); on a phone the lookup shows the new state
        CaseView c = queries.find(actor("wg_handler"), caseId).orElseThrow();
        c = cases.preAccept(actor("wg_handler"), caseId, new Note(c.version(), "网上材料齐全，请携带原件核验", null));
        cases.complete(actor("wg_handler"), caseId, new StepCompletion(c.version(), "accept", "受理", "原件核验一致，予以受理", null, null, null));
        browser.phone();
        browser.type(By.id("code"), code);
        browser.click(By.id("lookup-submit"));
        assertThat(browser.text(By.id("result-status"))).isEqualTo("办理中");
        assertThat(browser.text(By.id("result-steps"))).contains("申办", "预受理", "受理");
        assertThat(browser.text(By.id("result-due"))).contains("前办结");
        assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("张伟", "原件核验一致", "网上材料齐全");
        assertThat(browser.contentWidth()).isLessThanOrEqualTo(390);
        browser.screenshot("online-application-04-lookup-phone");
    }
}
