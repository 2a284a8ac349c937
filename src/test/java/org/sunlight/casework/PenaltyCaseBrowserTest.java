package org.sunlight.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.casework.CaseBrowserSteps.NOTICE;
import static org.sunlight.casework.CaseBrowserSteps.as;
import static org.sunlight.casework.CaseBrowserSteps.caseId;
import static org.sunlight.casework.CaseBrowserSteps.centered;
import static org.sunlight.casework.CaseBrowserSteps.complete;
import static org.sunlight.casework.CaseBrowserSteps.openFromTasks;
import static org.sunlight.casework.CaseBrowserSteps.show;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunlight.browser.Browser;
import org.sunlight.browser.BrowserTestContext;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemView;

/**
 * A penalty in a real browser along the demo flowchart (penalty-general): 王晓明 files it with 刘海燕 as the second
 * officer, approves the filing (立案) and ends the investigation; 李建国 (科长岗) reviews; 王晓明 assesses the fine
 * (the benchmark's range shown live), chooses a fine above it with a reason, so legal review is required; after
 * the notice (告知) 孙立法 passes the legal review and 赵志强 decides: 仪住建罚决字〔2026〕第N号.
 * Screenshots under target/screenshots/casework-penalty-*.png.
 */
@BrowserTestContext
class PenaltyCaseBrowserTest {

    @Autowired
    CaseFixture fx;
    @Autowired
    CatalogQueries catalog;

    @Test
    void filedInvestigatedAssessedReviewedAndDecided(Browser browser) {
        PowerItemView item = fx.faguiPenalty();
        PowerItemContent content = catalog.versionInForce(item.id(), LocalDate.of(2026, 11, 2)).orElseThrow().content();
        PowerItemContent.BenchmarkLevel level = content.penalty().levels().stream().filter(CaseFixture::ordinaryAmount).findFirst()
                .orElseThrow();
        String factor = content.penalty().aggravatingFactors().get(0);

        // ---- 立案登记
        as(browser, "handler");
        browser.open("/workspace");
        browser.click(By.cssSelector("[data-nav='/cases/new-penalty']"));
        new Select(browser.find(By.id("itemId"))).selectByValue(String.valueOf(item.id()));
        new Select(browser.find(By.id("source"))).selectByValue("INSPECTION");
        browser.type(By.id("party-name"), "仪征市某某建筑工程有限公司");
        browser.type(By.id("subject"), "未按规定办理手续擅自施工");
        browser.type(By.id("facts"), "2026年11月2日执法人员在真州镇检查时发现，该公司未按规定办理相关手续即擅自施工。");
        Select officers = new Select(browser.find(By.id("officerStaffIds")));
        officers.deselectAll();
        officers.selectByValue(String.valueOf(fx.staffId("王晓明")));
        officers.selectByValue(String.valueOf(fx.staffId("刘海燕")));
        browser.screenshot("casework-penalty-01-filing-form");
        browser.click(By.id("file-submit"));
        long id = caseId(browser);
        assertThat(browser.text(By.id("case-officers"))).contains("王晓明", "刘海燕");

        // ---- 立案 and 调查取证 by 王晓明
        complete(browser, "file", "立案", "违法事实初步成立，予以立案");
        complete(browser, "investigate", "调查终结", "证据确凿，调查终结");

        // ---- 审查 by the unit head
        as(browser, "unit_head");
        openFromTasks(browser, id, "review");
        complete(browser, "review", "拟予处罚", "事实清楚，证据确凿，拟予处罚");

        // ---- 裁量 by 王晓明: the benchmark's range comes as soon as the level is chosen
        as(browser, "handler");
        openFromTasks(browser, id, "notify");
        centered(browser, By.id("assess-level"));
        new Select(browser.find(By.id("assess-level"))).selectByValue(level.name());
        assertThat(browser.waitForText(By.id("proposal-range"), level.max().setScale(2).toPlainString()))
                .contains(level.name(), level.min() == null ? "0.00" : level.min().setScale(2).toPlainString());
        centered(browser, By.xpath("//form[@id='assess-form']//label[normalize-space()='" + factor + "']"));
        assertThat(browser.waitForText(By.id("proposal-suggested"), "建议罚款")).isNotBlank();
        BigDecimal fine = level.max().add(BigDecimal.valueOf(5000)).setScale(0, java.math.RoundingMode.DOWN);
        browser.type(By.id("assess-fine"), fine.toPlainString());
        browser.find(By.id("assess-fine")).sendKeys(org.openqa.selenium.Keys.TAB);
        browser.find(By.id("proposal-outside"));
        browser.type(By.id("assess-outsideReason"), "当事人经责令后仍拒不改正，造成较大社会影响，依法从重处罚");
        show(browser, By.id("fine-proposal"));
        browser.screenshot("casework-penalty-02-assessment");
        centered(browser, By.id("assess-submit"));
        assertThat(browser.waitForText(NOTICE, "裁量已记录")).isNotBlank();
        assertThat(browser.text(By.id("legal-review-notice"))).contains("法制审核");

        // ---- 告知, then the flowchart sends the case to legal review (major == true)
        complete(browser, "notify", "继续", "已送达行政处罚事先告知书，当事人未申请听证");
        assertThat(browser.text(By.id("current-steps"))).contains("法制审核");

        // ---- 法制审核 by 孙立法
        as(browser, "legal_reviewer");
        openFromTasks(browser, id, "legal");
        complete(browser, "legal", "审核通过", "超出基准的理由充分，同意");

        // ---- 决定 by 赵志强
        as(browser, "leader");
        openFromTasks(browser, id, "decide");
        assertThat(browser.text(By.id("complete-decide-document-note"))).contains("仪住建罚决字〔2026〕第N号");
        String notice = complete(browser, "decide", "作出决定", "同意，依法作出行政处罚决定");
        assertThat(notice).contains("仪住建罚决字〔2026〕第");
        assertThat(browser.text(By.cssSelector("#case-status .case-status"))).isEqualTo("已决定");
        assertThat(browser.text(By.id("document-number"))).matches("仪住建罚决字〔2026〕第\\d+号");
        assertThat(browser.text(By.id("legal-review-passed"))).isEqualTo("法制审核已通过");
        assertThat(browser.text(By.id("timeline"))).contains("立案", "调查终结", "拟予处罚", "裁量", "超出基准", "审核通过", "作出决定",
                "王晓明", "李建国", "孙立法", "赵志强");
        browser.screenshot("casework-penalty-03-decided");
    }
}
