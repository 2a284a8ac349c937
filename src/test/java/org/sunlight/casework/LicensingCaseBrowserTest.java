package org.sunlight.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.casework.CaseBrowserSteps.NOTICE;
import static org.sunlight.casework.CaseBrowserSteps.as;
import static org.sunlight.casework.CaseBrowserSteps.caseId;
import static org.sunlight.casework.CaseBrowserSteps.centered;
import static org.sunlight.casework.CaseBrowserSteps.choose;
import static org.sunlight.casework.CaseBrowserSteps.complete;
import static org.sunlight.casework.CaseBrowserSteps.openFromTasks;
import static org.sunlight.casework.CaseBrowserSteps.show;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.sunlight.browser.Browser;
import org.sunlight.browser.BrowserTestContext;

/**
 * A licence in a real browser: 张伟 receives it at the window and accepts it, 黄丽 reviews it, 徐国平 (the unit
 * head) grants it; the case page then says 已决定 with its 仪住建许字 document number. Screenshots under
 * target/screenshots/casework-licence-*.png.
 */
@BrowserTestContext
class LicensingCaseBrowserTest {

    @Test
    void receivedAcceptedReviewedAndGranted(Browser browser) {
        // ---- window receipt
        as(browser, "wg_handler");
        browser.open("/workspace");
        browser.click(By.cssSelector("[data-nav='/cases/new']"));
        choose(browser, By.id("itemId"), CaseFixture.LICENCE);
        new Select(browser.find(By.id("party-type"))).selectByValue("LEGAL_PERSON");
        browser.type(By.id("party-name"), "仪征市安居物业服务有限公司");
        browser.type(By.id("party-idNumber"), "91321081MA1ZZZZZ2K");
        browser.type(By.id("party-phone"), "0514-83420000");
        browser.type(By.id("party-address"), "仪征市真州镇天宁路18号");
        browser.type(By.id("subject"), "申请物业服务企业三级资质");
        browser.screenshot("casework-licence-01-receipt-form");
        browser.click(By.id("receive-submit"));
        long id = caseId(browser);
        assertThat(browser.text(NOTICE)).contains("办件编号", "查询密码");
        assertThat(browser.text(By.cssSelector("#case-status .case-status"))).isEqualTo("已收件");

        // ---- a refusal without a real reason comes back with the message beside the field
        centered(browser, By.cssSelector("#act-refuse summary"));
        browser.type(By.id("refuse-text"), "不全");
        centered(browser, By.id("refuse-submit"));
        assertThat(browser.text(By.id("refuse-text-error"))).contains("至少 10 个字");
        browser.screenshot("casework-licence-01b-refusal-refused");

        // ---- 受理
        complete(browser, "accept", "受理", "申请材料齐全，符合法定形式，予以受理");
        assertThat(browser.text(By.cssSelector("#case-status .case-status"))).isEqualTo("办理中");
        assertThat(browser.text(By.id("event-2"))).contains("受理", "仪住建受字〔2026〕第");
        browser.screenshot("casework-licence-02-accepted");

        // ---- 审查 by 黄丽 from her tasks
        as(browser, "wg_reviewer");
        browser.open("/cases/tasks");
        assertThat(browser.text(By.id("task-" + id + "-review"))).contains("审查", "仪征市安居物业服务有限公司");
        browser.screenshot("casework-licence-03a-reviewer-tasks");
        openFromTasks(browser, id, "review");
        complete(browser, "review", "审查通过", "符合物业服务企业三级资质条件");

        // ---- 决定 by 徐国平
        as(browser, "wg_head");
        openFromTasks(browser, id, "decide");
        assertThat(browser.text(By.id("complete-decide-document-note"))).contains("仪住建许字〔2026〕第N号");
        browser.screenshot("casework-licence-03-decision-form");
        String notice = complete(browser, "decide", "准予许可", "同意，准予三级资质");
        assertThat(notice).contains("准予许可", "仪住建许字〔2026〕第");
        assertThat(browser.text(By.cssSelector("#case-status .case-status"))).isEqualTo("已决定");
        assertThat(browser.text(By.id("document-number"))).matches("仪住建许字〔2026〕第\\d+号");
        assertThat(browser.text(By.id("timeline"))).contains("申办", "受理", "审查通过", "准予许可", "张伟", "黄丽", "徐国平");
        show(browser, By.id("timeline"));
        browser.screenshot("casework-licence-04-decided");
    }
}
