package org.sunlight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A catalog item's whole sign-off in a real browser: the clerk signs in, adds a penalty item, fills
 * the editor (adding a benchmark row with htmx), is told the one field still missing beside it,
 * submits; the unit head, the leader and the legal reviewer each approve it from their inbox; the
 * clerk publishes it. Screenshots of each page go to target/screenshots/catalog-*.png.
 */
@BrowserTestContext
class CatalogReviewBrowserTest {

    private static final String PASSWORD = "Sunlight@2026";
    private static final By NOTICE = By.id("notice");

    @Test
    void aClerkDraftsAndSubmitsThreeReviewersApproveAndItIsPublished(Browser browser) {
        String code = "BR-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "对物业服务企业未取得资质证书从事物业管理的处罚（" + code + "）";

        // ---- the clerk adds the item
        browser.signIn("catalog_clerk", PASSWORD);
        browser.open("/catalog");
        browser.screenshot("catalog-01-list");
        browser.click(By.id("new-item"));
        browser.type(By.id("code"), code);
        browser.type(By.id("name"), name);
        new Select(browser.find(By.id("category"))).selectByValue("PENALTY");
        new Select(browser.find(By.id("unitId"))).selectByVisibleText("法规科");
        browser.click(By.id("create"));
        browser.waitUntil(ExpectedConditions.urlMatches("/catalog/versions/\\d+/edit$"));

        // ---- fills the editor
        new Select(browser.find(By.name("level"))).selectByValue("COUNTY");
        browser.type(By.name("basicCode"), "320102001000");
        browser.type(By.name("hostUnit.name"), "物管科");
        browser.type(By.name("hostUnit.person"), "徐国平");
        browser.type(By.name("hostUnit.phone"), "0514-83421234");
        browser.type(By.name("legalBases[0].law"), "《物业管理条例》");
        browser.type(By.name("legalBases[0].article"), "第六十条");
        browser.type(By.name("legalBases[0].excerpt"), "违反本条例的规定，未取得资质证书从事物业管理的，由县级以上地方人民政府房地产行政主管部门没收违法所得，并处5万元以上20万元以下的罚款。");
        browser.type(By.name("statutoryLimit.days"), "90");
        new Select(browser.find(By.name("statutoryLimit.unit"))).selectByValue("NATURAL_DAYS");
        browser.type(By.name("promisedLimit.days"), "60");
        new Select(browser.find(By.name("promisedLimit.unit"))).selectByValue("NATURAL_DAYS");
        browser.type(By.name("service.consultationPhone"), "0514-83421234");
        browser.type(By.name("penalty.violation"), "未取得资质证书从事物业管理");
        browser.type(By.name("penalty.penaltyArticle"), "《物业管理条例》第六十条");
        // a benchmark level row, added without leaving the page (htmx swaps the form)
        centered(browser, By.id("add-penalty.levels"));
        browser.type(By.name("penalty.levels[0].name"), "一般");
        new Select(browser.find(By.name("penalty.levels[0].fineKind"))).selectByValue("AMOUNT");
        browser.type(By.name("penalty.levels[0].min"), "50000");
        browser.type(By.name("penalty.levels[0].max"), "100000");
        browser.type(By.name("penalty.levels[0].conditions"), "首次违法，及时改正");
        assertThat(browser.find(By.name("legalBases[0].law")).getDomProperty("value")).as("kept across the row swap")
                .isEqualTo("《物业管理条例》");
        new Select(browser.find(By.name("responsibilities[0].stage"))).selectByValue("DECISION");
        browser.type(By.name("responsibilities[0].duty"), "依法作出行政处罚决定");
        browser.type(By.name("responsibilities[0].accountability"), "滥用自由裁量权的");

        // the complaint phone is still missing: submission says so beside the field, the draft is saved
        centered(browser, By.id("save-submit"));
        assertThat(browser.text(By.id("service.complaintPhone-error"))).isEqualTo("投诉电话：必填");
        assertThat(browser.text(By.id("_global-error"))).contains("草稿已保存");
        browser.screenshot("catalog-02-editor-missing-field");
        browser.type(By.name("service.complaintPhone"), "12345");
        centered(browser, By.id("save-submit"));
        assertThat(browser.waitForText(NOTICE, "已提交")).contains("第 1 版已提交");
        assertThat(browser.text(By.id("versions"))).contains("待科室审核");
        browser.screenshot("catalog-03-item-submitted");

        // ---- three reviewers, each from their inbox
        approve(browser, "unit_head", "unit_head", code, "情况属实，同意", "待领导审批");
        approve(browser, "leader", "leader", code, "同意", "待法制审核");
        approve(browser, "legal_reviewer", "legal", code, "依据充分，合法", "审核通过待发布");

        // ---- the clerk publishes
        browser.reset();
        browser.signIn("catalog_clerk", PASSWORD);
        browser.open("/catalog?q=" + code);
        browser.click(By.linkText(name));
        assertThat(browser.text(By.id("trail"))).contains("unit_head", "leader", "legal_reviewer", "依据充分，合法");
        browser.screenshot("catalog-07-item-ready-to-publish");
        browser.click(By.id("action-publish"));
        assertThat(browser.waitForText(NOTICE, "已发布")).contains("第 1 版已发布");
        assertThat(browser.text(By.id("in-force"))).isEqualTo("第 1 版");
        assertThat(browser.text(By.id("versions"))).contains("已发布");
        browser.screenshot("catalog-08-published");

        // ---- the public finds it by a part of a word (物业服务企 of 物业服务企业) and reads its guide
        browser.reset();
        browser.open("/public/catalog");
        browser.type(By.id("q"), "物业服务企 " + code);
        browser.find(By.id("q")).submit();
        browser.waitUntil(d -> d.getCurrentUrl().contains("q="));
        assertThat(browser.find(By.tagName("main")).getText()).contains(code);
        browser.screenshot("catalog-09-public-search");
        browser.click(By.partialLinkText(code));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/public/catalog/items/"));
        String guide = browser.find(By.tagName("main")).getText();
        assertThat(guide).contains("《物业管理条例》", "第六十条", "未取得资质证书从事物业管理", "0514-83421234");
        browser.screenshot("catalog-10-public-guide");
    }

    /** Clicks after scrolling the element to the middle: the editor's sticky button bar covers the bottom edge. */
    private static void centered(Browser browser, By by) {
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", browser.find(by));
        browser.click(by);
    }

    private void approve(Browser browser, String user, String level, String code, String opinion, String nowState) {
        browser.reset();
        browser.signIn(user, PASSWORD);
        browser.open("/catalog/reviews/" + level);
        browser.click(By.cssSelector("#inbox tr[data-code='" + code + "'] a"));
        assertThat(browser.text(By.id("review-panel"))).isNotBlank();
        browser.type(By.id("opinion"), opinion);
        browser.screenshot("catalog-0" + switch (level) {
            case "unit_head" -> "4";
            case "leader" -> "5";
            default -> "6";
        } + "-review-" + level);
        browser.click(By.id("approve"));
        assertThat(browser.waitForText(NOTICE, "审核通过")).contains(nowState);
        assertThat(browser.driver().findElements(By.cssSelector("#inbox tr[data-code='" + code + "']"))).isEmpty();
    }
}
