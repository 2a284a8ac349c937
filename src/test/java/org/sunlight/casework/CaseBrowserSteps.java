package org.sunlight.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.sunlight.browser.Browser;

/** What the casework browser tests do again and again: sign in as someone, open a case, finish a step from its form. */
final class CaseBrowserSteps {

    static final String PASSWORD = "Sunlight@2026";
    static final By NOTICE = By.id("notice");

    private CaseBrowserSteps() {
    }

    static void as(Browser browser, String user) {
        browser.reset();
        browser.signIn(user, PASSWORD);
    }

    /** The case id of the case page the browser is on. */
    static long caseId(Browser browser) {
        browser.waitUntil(ExpectedConditions.urlMatches("/cases/\\d+(#.*)?$"));
        Matcher m = Pattern.compile("/cases/(\\d+)").matcher(browser.currentPath());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** Opens the case from the user's task list, as a user would. */
    static void openFromTasks(Browser browser, long caseId, String stepKey) {
        browser.open("/cases/tasks");
        centered(browser, By.cssSelector("#task-" + caseId + "-" + stepKey + " a"));
        browser.find(By.id("case-number"));
    }

    /** Completes an open step from its form with an outcome and an opinion, and waits for the notice. */
    static String complete(Browser browser, String step, String outcome, String opinion) {
        String form = "#act-complete-" + step;
        if (outcome != null) {
            centered(browser, By.cssSelector(form + " input[name='outcome'][value='" + outcome + "']"));
        }
        if (opinion != null) {
            browser.type(By.id("complete-" + step + "-opinion"), opinion);
        }
        centered(browser, By.id("complete-" + step + "-submit"));
        return browser.waitForText(NOTICE, "已办理");
    }

    /** Scrolls the element to the middle of the window (for a screenshot of that part). */
    static void show(Browser browser, By by) {
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", browser.find(by));
    }

    static void centered(Browser browser, By by) {
        WebElement e = browser.find(by);
        browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
        browser.click(by);
    }

    /** Chooses the option whose label starts with {@code text}. */
    static void choose(Browser browser, By select, String text) {
        Select s = new Select(browser.find(select));
        WebElement option = s.getOptions().stream().filter(o -> o.getText().startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + text));
        s.selectByValue(option.getAttribute("value"));
    }
}
