package org.sunlight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunlight.MutableClock;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.internal.CatalogStore;
import org.sunlight.flow.FlowTestItems;
import org.sunlight.organization.OrganizationDirectory;

/**
 * The catalog clerk builds a flowchart from a template in the editor (live preview, a problem shown
 * beside its row and fixed, a row added and removed), publishes it, and the public sees the SVG.
 */
@BrowserTestContext
class FlowEditorBrowserTest {

    @Autowired
    CatalogStore catalogStore;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    MutableClock clock;

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void clerkBuildsAFlowchartFromATemplateAndThePublicSeesIt(Browser browser) {
        FlowTestItems.Item item = new FlowTestItems(catalogStore, organization, clock)
                .published(PowerCategory.LICENSING, "城镇污水排入排水管网许可");
        String today = LocalDate.now(clock).toString();

        browser.signIn("catalog_clerk", "Sunlight@2026");
        browser.open("/flow");
        // The demo catalog makes the list long: follow the item's link rather than scrolling to it.
        browser.open(browser.find(By.cssSelector("[id='item-" + item.code() + "'] a.btn")).getDomAttribute("href"));
        assertThat(browser.text(By.id("flow-item-name"))).isEqualTo("城镇污水排入排水管网许可");
        assertThat(browser.find(By.id("template-licensing")).isSelected()).as("the licensing template is recommended first").isTrue();
        browser.screenshot("flow-item-before");
        browser.click(By.id("create-from-template"));

        // the editor, with the template's steps and a live preview
        browser.find(By.cssSelector("#flow-svg svg"));
        assertThat(browser.text(By.id("flow-valid"))).contains("校验通过");
        assertThat(browser.driver().findElements(By.cssSelector("#steps-table tbody.flow-row"))).hasSize(4);
        browser.screenshot("flow-editor-template");

        // rename a step: the preview is redrawn
        WebElement name = browser.find(By.name("steps[1].name"));
        name.clear();
        name.sendKeys("材料审查", Keys.TAB);
        // (htmx replaces the preview, so ask the page rather than hold on to an element)
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
                "var e = document.getElementById('flow-svg'); return e != null && e.innerHTML.indexOf('材料审查') >= 0;")));

        // bad input: the step loses its post and role; the problem appears beside the row, the box is outlined
        new Select(browser.find(By.name("steps[1].postId"))).selectByValue("");
        new Select(browser.find(By.name("steps[1].role"))).selectByValue("");
        assertThat(browser.waitForText(By.id("step-problems-1"), "请指定责任岗位或角色")).contains("材料审查");
        browser.find(By.cssSelector("#flow-svg g.sfp-problem[data-step='review']"));
        assertThat(browser.text(By.id("flow-errors"))).contains("1 个问题");
        browser.screenshot("flow-editor-problem");

        // fixed again
        new Select(browser.find(By.name("steps[1].role"))).selectByValue("HANDLER");
        browser.waitForText(By.id("flow-valid"), "校验通过");
        assertThat((String) browser.script("return document.getElementById('step-problems-1').textContent.trim();")).isEmpty();

        // a new row comes with htmx, is a dead end until connected, and goes again
        clickInView(browser, By.id("add-step"));
        browser.find(By.id("step-row-4"));
        browser.waitForText(By.id("step-problems-4"), "死胡同");
        clickInView(browser, By.cssSelector("#step-row-4 .flow-remove-step"));
        browser.waitUntil(d -> d.findElements(By.id("step-row-4")).isEmpty());
        assertThat(browser.find(By.name("steps[1].name")).getDomProperty("value")).as("edits survive row changes").isEqualTo("材料审查");

        // publish from today
        WebElement date = browser.find(By.id("effectiveFrom"));
        browser.script("arguments[0].value = arguments[1];", date, today);
        clickInView(browser, By.id("publish"));
        assertThat(browser.waitForText(By.id("flow-notice"), "已发布")).contains("自 " + today + " 起施行");
        assertThat(browser.text(By.id("flow-versions"))).contains("已发布").contains("现行");
        // the page embeds the public picture with <object>, as the public item page does
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("var o = document.querySelector('.flow-object object');"
                + " return o != null && o.contentDocument != null && o.contentDocument.documentElement != null"
                + " && o.contentDocument.documentElement.textContent.indexOf('材料审查') >= 0;")));
        browser.screenshot("flow-item-published");

        // the public, signed out, sees the picture
        browser.reset().open("/public/flow/items/" + item.code() + ".svg");
        String svg = browser.driver().getPageSource();
        assertThat(svg).contains("城镇污水排入排水管网许可").contains("材料审查").contains("送达/办结").contains("受理");
        browser.screenshot("flow-public-svg");
    }

    /** Bootstrap scrolls smoothly; bring the element into view at once so the click lands where it is. */
    private static void clickInView(Browser browser, By by) {
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", browser.find(by));
        browser.click(by);
    }
}
