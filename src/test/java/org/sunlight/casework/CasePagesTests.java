package org.sunlight.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.sunlight.IntegrationTest;
import org.sunlight.MutableClock;
import org.sunlight.TestUsers;
import org.sunlight.casework.CaseCommands.StepCompletion;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.PowerItemContent.FineKind;

/**
 * The staff pages of casework: my tasks with their lights, the unit's cases, the case page with its timeline
 * and the actions the user may take now, refusals beside the fields (400), as messages (403, 409) and the
 * stale-version notice, window receipt and penalty filing, and the benchmark's proposal over htmx.
 */
@IntegrationTest
class CasePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    CaseFixture fx;
    @Autowired
    CaseHandling cases;
    @Autowired
    MutableClock clock;
    @Autowired
    CatalogQueries catalog;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String page(String url, String user, ResultMatcher expected) throws Exception {
        return mvc.perform(get(url).with(users.as(user))).andExpect(expected).andReturn().getResponse().getContentAsString();
    }

    MvcResult send(MockHttpServletRequestBuilder request, String user, ResultMatcher expected) throws Exception {
        return mvc.perform(request.with(users.as(user)).with(csrf())).andExpect(expected).andReturn();
    }

    /** The start tag of the element with this id. */
    static String tag(String html, String id) {
        Matcher m = Pattern.compile("<[a-z]+\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        return m.find() ? m.group() : "";
    }

    /** The text of the element with this id, up to the next tag. */
    static String text(String html, String id) {
        Matcher m = Pattern.compile("<[a-z]+\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        return m.find() ? m.group(1).strip() : null;
    }

    /** Everything from the element with this id to the end of the page (enough to look inside it). */
    static String from(String html, String id) {
        int i = html.indexOf("id=\"" + id + "\"");
        return i < 0 ? "" : html.substring(i);
    }

    static String section(String html, String id, String endId) {
        String rest = from(html, id);
        int end = rest.indexOf("id=\"" + endId + "\"");
        return end < 0 ? rest : rest.substring(0, end);
    }

    // ---- my tasks, my done, the unit's cases

    @Test
    void myTasksListTheOpenStepsWithTrafficLights() throws Exception {
        CaseView c = fx.receiveLicence();
        String html = page("/cases/tasks", "wg_handler", status().isOk());
        String row = tag(html, "task-" + c.id() + "-accept");
        assertThat(row).isNotEmpty();
        String rowHtml = section(html, "task-" + c.id() + "-accept", "done");
        assertThat(rowHtml).contains(c.number(), CaseFixture.LICENCE, "仪征市恒信物业管理有限公司", "受理");
        // 受理 has one working day: due tomorrow, so yellow; the case has no due date before it is accepted
        assertThat(rowHtml).contains("data-light=\"soon\"", "即将到期");

        clock.advance(Duration.ofDays(3));
        String later = section(page("/cases/tasks", "wg_handler", status().isOk()), "task-" + c.id() + "-accept", "done");
        assertThat(later).contains("data-light=\"overdue\"", "已超期");

        // someone without the post does not see it
        assertThat(page("/cases/tasks", "wg_reviewer", status().isOk())).doesNotContain("task-" + c.id() + "-accept");
    }

    @Test
    void doneListsWhatTheUserDid() throws Exception {
        CaseView c = fx.acceptedLicence();
        String html = page("/cases/tasks", "wg_handler", status().isOk());
        assertThat(from(html, "done")).contains(c.number(), "受理").doesNotContain("id=\"no-done\"");
        String reviewer = page("/cases/tasks", "wg_reviewer", status().isOk());
        assertThat(tag(reviewer, "task-" + c.id() + "-review")).isNotEmpty();
        String greens = section(reviewer, "task-" + c.id() + "-review", "done");
        assertThat(greens).contains("data-light=\"ok\"");
    }

    @Test
    void theUnitsCasesFilterByStatus() throws Exception {
        CaseView received = fx.receiveLicence();
        CaseView accepted = fx.acceptedLicence();
        String all = page("/cases/unit", "wg_head", status().isOk());
        assertThat(all).contains("case-" + received.id(), "case-" + accepted.id());
        String inProgress = page("/cases/unit?status=IN_PROGRESS", "wg_head", status().isOk());
        assertThat(inProgress).contains("case-" + accepted.id()).doesNotContain("id=\"case-" + received.id() + "\"");
        String bad = page("/cases/unit?status=NONSENSE", "wg_head", status().isBadRequest());
        assertThat(text(bad, "status-error")).isEqualTo("格式不正确");
        // the leader sees the department's cases; handlers have no such page
        assertThat(page("/cases/unit", "leader", status().isOk())).contains("case-" + accepted.id());
        mvc.perform(get("/cases/unit").with(users.as("wg_handler"))).andExpect(status().isForbidden());
    }

    @Test
    void theMenuOffersThePagesByRole() throws Exception {
        String handler = page("/workspace", "wg_handler", status().isOk());
        assertThat(handler).contains("data-nav=\"/cases/tasks\"", "data-nav=\"/cases/new\"", "data-nav=\"/cases/new-penalty\"")
                .doesNotContain("data-nav=\"/cases/unit\"");
        String head = page("/workspace", "wg_head", status().isOk());
        assertThat(head).contains("data-nav=\"/cases/tasks\"", "data-nav=\"/cases/unit\"").doesNotContain("data-nav=\"/cases/new\"");
        assertThat(page("/workspace", "legal_reviewer", status().isOk())).contains("data-nav=\"/cases/tasks\"")
                .doesNotContain("data-nav=\"/cases/unit\"");
    }

    // ---- the case page

    @Test
    void theCasePageShowsTheCaseAndOnlyTheActionsAllowedNow() throws Exception {
        CaseView c = fx.receiveLicence();
        String html = page("/cases/" + c.id(), "wg_handler", status().isOk());
        assertThat(text(html, "case-number")).isEqualTo(c.number());
        assertThat(html).contains("data-status=\"RECEIVED\"", "91321081MA1XXXXX0K", "0514-83421234", "仪征市真州镇解放东路8号");
        assertThat(from(html, "timeline")).contains("data-type=\"APPLIED\"", "张伟");
        String accept = section(html, "act-complete-accept", "act-");
        assertThat(accept).contains("value=\"受理\"", "value=\"不予受理\"", "name=\"version\" value=\"" + c.version() + "\"",
                "backdate.occurredAt");
        assertThat(html).contains("id=\"act-refuse\"", "id=\"act-request-supplement\"", "id=\"act-withdraw\"")
                .doesNotContain("id=\"act-extend\"", "id=\"act-terminate\"", "id=\"act-assess\"", "id=\"act-pre-accept\"");

        // the reviewer (审核岗) may not accept, only what any handler of the unit may do at the window
        String reviewer = page("/cases/" + c.id(), "wg_reviewer", status().isOk());
        assertThat(reviewer).contains("id=\"act-withdraw\"").doesNotContain("id=\"act-complete-accept\"", "id=\"act-refuse\"");
        // the legal reviewer may read the case and has nothing to do on it
        assertThat(page("/cases/" + c.id(), "legal_reviewer", status().isOk())).contains("id=\"no-actions\"")
                .doesNotContain("action-form");

        // the head may terminate; a handler of another unit may not even see it
        assertThat(page("/cases/" + c.id(), "wg_head", status().isOk())).contains("id=\"act-terminate\"");
        String other = page("/cases/" + c.id(), "handler", status().isNotFound());
        assertThat(text(other, "refusal-reason")).contains("不存在");
    }

    @Test
    void aStepIsCompletedFromItsFormAndTheTimelineShowsIt() throws Exception {
        CaseView c = fx.receiveLicence();
        send(post("/cases/" + c.id() + "/complete").param("version", "" + c.version()).param("step", "accept")
                .param("outcome", "受理").param("opinion", "材料齐全，予以受理"), "wg_handler", redirectedUrl("/cases/" + c.id()));
        String html = page("/cases/" + c.id(), "wg_handler", status().isOk());
        assertThat(html).contains("data-status=\"IN_PROGRESS\"");
        String accepted = section(html, "event-2", "event-3");
        assertThat(accepted).contains("data-type=\"ACCEPTED\"", "材料齐全，予以受理", "仪住建受字〔2026〕第",
                "href=\"/cases/" + c.id() + "/documents/acceptance-notice.pdf\"");
        assertThat(from(html, "deadline-explanation")).contains("<li");
        assertThat(html).doesNotContain("id=\"act-complete-accept\"");

        // the reviewer's turn; the head decides with the document-number note
        String review = page("/cases/" + c.id(), "wg_reviewer", status().isOk());
        assertThat(section(review, "act-complete-review", "act-")).contains("value=\"审查通过\"", "value=\"退回\"");
        CaseView now = cases.complete(fx.actor("wg_reviewer"), c.id(),
                new StepCompletion(c.version() + 1, "review", "审查通过", "符合条件", null, null, null));
        String head = page("/cases/" + c.id(), "wg_head", status().isOk());
        assertThat(text(head, "complete-decide-document-note")).contains("仪住建许字〔2026〕第N号");
        MvcResult done = send(post("/cases/" + c.id() + "/complete").param("version", "" + now.version()).param("step", "decide")
                .param("outcome", "准予许可").param("opinion", "同意"), "wg_head", redirectedUrl("/cases/" + c.id()));
        assertThat((String) done.getFlashMap().get("notice")).contains("准予许可", "仪住建许字〔2026〕第");
        String decided = page("/cases/" + c.id(), "wg_head", status().isOk());
        assertThat(decided).contains("data-status=\"DECIDED\"");
        assertThat(text(decided, "document-number")).matches("仪住建许字〔2026〕第\\d+号");
        assertThat(decided).contains("href=\"/cases/" + c.id() + "/documents/decision.pdf\"");
        mvc.perform(get("/cases/" + c.id() + "/documents/decision.pdf").with(users.as("wg_head"))).andExpect(status().isOk());
    }

    @Test
    void refusalsAreShownBesideTheFieldOfTheFormThatWasSent() throws Exception {
        CaseView c = fx.receiveLicence();
        String html = send(post("/cases/" + c.id() + "/refuse").param("version", "" + c.version()).param("text", "不全"),
                "wg_handler", status().isBadRequest()).getResponse().getContentAsString();
        assertThat(text(html, "refuse-text-error")).contains("至少 10 个字");
        assertThat(tag(html, "refuse-text")).contains("is-invalid");
        assertThat(tag(html, "act-refuse")).contains("open");
        assertThat(html).contains(">不全</textarea>");
        // only the sent form shows the message
        assertThat(html).doesNotContain("withdraw-text-error");

        // an outcome the flowchart does not offer (409) beside the outcome; an unreadable amount beside its field (400)
        CaseView accepted = fx.accept(c);
        String wrong = send(post("/cases/" + c.id() + "/complete").param("version", "" + accepted.version()).param("step", "review")
                .param("outcome", "准予许可"), "wg_reviewer", status().isConflict()).getResponse().getContentAsString();
        assertThat(text(wrong, "complete-review-outcome-error")).contains("不能选择“准予许可”", "审查通过");
        String fee = send(post("/cases/" + c.id() + "/charge-fee").param("version", "" + accepted.version()).param("item", "工本费")
                .param("amount", "十元"), "wg_reviewer", status().isBadRequest()).getResponse().getContentAsString();
        assertThat(text(fee, "charge-fee-amount-error")).isEqualTo("格式不正确");
    }

    @Test
    void aForbiddenStepIsAnsweredWithItsReasonNotAnError() throws Exception {
        CaseView c = fx.acceptedLicence();
        // 张伟 holds 受理岗, not 审核岗: the page did not offer the form; the refusal is shown at the top
        String html = send(post("/cases/" + c.id() + "/complete").param("version", "" + c.version()).param("step", "review")
                .param("outcome", "审查通过"), "wg_handler", status().isForbidden()).getResponse().getContentAsString();
        assertThat(from(html, "problem")).contains("须由该环节岗位的人员办理");
        assertThat(html).contains("data-status=\"IN_PROGRESS\"");
        // extension is for leaders
        String extend = send(post("/cases/" + c.id() + "/extend").param("version", "" + c.version()).param("days", "5")
                .param("reason", "需要现场核查，申请延期五个工作日"), "wg_head", status().isForbidden()).getResponse().getContentAsString();
        assertThat(from(extend, "problem")).contains("分管领导");
        // unknown action in the address
        send(post("/cases/" + c.id() + "/nonsense").param("version", "" + c.version()), "wg_handler", status().isNotFound());
        // a missing version is a field error, not a crash
        String noVersion = send(post("/cases/" + c.id() + "/request-supplement").param("missing", "营业执照"), "wg_reviewer",
                status().isBadRequest()).getResponse().getContentAsString();
        assertThat(from(noVersion, "request-supplement-version-error")).contains("必填");
    }

    @Test
    void aStaleFormSaysSomeoneElseActedAndShowsTheCaseAsItIs() throws Exception {
        CaseView c = fx.acceptedLicence();
        cases.complete(fx.actor("wg_reviewer"), c.id(), new StepCompletion(c.version(), "review", "审查通过", null, null, null, null));
        String html = send(post("/cases/" + c.id() + "/complete").param("version", "" + c.version()).param("step", "review")
                .param("outcome", "审查通过").param("opinion", "我也审过了"), "wg_reviewer", status().isConflict())
                .getResponse().getContentAsString();
        assertThat(text(html, "stale-notice")).contains("他人已办理了本件");
        assertThat(from(html, "timeline")).contains("data-type=\"STEP_COMPLETED\"");
        assertThat(html).doesNotContain("id=\"act-complete-review\"");
        assertThat(from(html, "current-steps")).contains("决定");
    }

    @Test
    void aSupplementPausesTheCaseAndItsMaterialsAreListed() throws Exception {
        CaseView c = fx.acceptedLicence();
        send(post("/cases/" + c.id() + "/request-supplement").param("version", "" + c.version())
                .param("missing", "营业执照副本\n\n  物业管理人员职业资格证书  ").param("note", "请于十日内补正"), "wg_reviewer",
                redirectedUrl("/cases/" + c.id()));
        String html = page("/cases/" + c.id(), "wg_reviewer", status().isOk());
        assertThat(html).contains("id=\"paused-notice\"", "data-status=\"SUPPLEMENTING\"", "id=\"act-receive-supplement\"");
        assertThat(from(html, "timeline")).contains("<li>营业执照副本</li>", "<li>物业管理人员职业资格证书</li>", "仪住建补字〔2026〕第");
        String empty = send(post("/cases/" + c.id() + "/receive-supplement"), "wg_reviewer", status().isBadRequest())
                .getResponse().getContentAsString();
        assertThat(empty).contains("receive-supplement-version-error");
    }

    @Test
    void backfilledEventsCarryTheBadgeAndBothTimes() throws Exception {
        CaseView c = fx.receiveLicence();
        clock.advance(Duration.ofHours(3));
        send(post("/cases/" + c.id() + "/complete").param("version", "" + c.version()).param("step", "accept").param("outcome", "受理")
                .param("backdate.occurredAt", "2026-11-02T09:45").param("backdate.reason", "系统故障，纸质受理后补录"), "wg_handler",
                redirectedUrl("/cases/" + c.id()));
        String html = page("/cases/" + c.id(), "wg_handler", status().isOk());
        assertThat(html).contains("id=\"case-backfill\"");
        String event = section(html, "event-2", "actions");
        assertThat(event).contains("backfill-badge", "系统故障，纸质受理后补录", "2026-11-02 09:45");

        // a backfill in the future is refused beside its field, the backfill block open
        CaseView now = fx.receiveLicence();
        String bad = send(post("/cases/" + now.id() + "/complete").param("version", "" + now.version()).param("step", "accept")
                .param("outcome", "受理").param("backdate.occurredAt", "2030-01-01T09:00").param("backdate.reason", "补录测试原因"),
                "wg_handler", status().isBadRequest()).getResponse().getContentAsString();
        assertThat(text(bad, "complete-accept-backdate.occurredAt-error")).contains("不能晚于现在");
        assertThat(bad).contains("value=\"2030-01-01T09:00\"");
    }

    // ---- window receipt and penalty filing

    @Test
    void theWindowReceivesAnApplicationAndGoesToTheCase() throws Exception {
        String form = page("/cases/new", "wg_handler", status().isOk());
        long itemId = fx.item(CaseFixture.LICENCE).id();
        assertThat(form).contains("value=\"" + itemId + "\"", CaseFixture.LICENCE);
        assertThat(form).doesNotContain("value=\"" + fx.faguiPenalty().id() + "\"");

        String refused = send(post("/cases/new").param("itemId", "" + itemId).param("party.type", "LEGAL_PERSON")
                .param("party.phone", "电话").param("channel", "WINDOW"), "wg_handler", status().isBadRequest())
                .getResponse().getContentAsString();
        assertThat(text(refused, "party.name-error")).isNotBlank();
        assertThat(text(refused, "party.phone-error")).isEqualTo("电话号码格式不正确");
        assertThat(refused).contains("value=\"电话\"");

        MvcResult ok = send(post("/cases/new").param("itemId", "" + itemId).param("party.type", "LEGAL_PERSON")
                .param("party.name", "仪征市安居物业有限公司").param("party.idNumber", "91321081MA1YYYYY1K").param("channel", "WINDOW"),
                "wg_handler", redirectedUrlPattern("/cases/*"));
        assertThat((String) ok.getFlashMap().get("notice")).contains("办件编号", "查询密码");
        String html = page(ok.getResponse().getRedirectedUrl(), "wg_handler", status().isOk());
        assertThat(text(html, "party-name")).isEqualTo("仪征市安居物业有限公司");
        assertThat(html).contains("id=\"act-complete-accept\"");
    }

    @Test
    void aPenaltyCaseIsFiledWithTwoCertifiedOfficers() throws Exception {
        String form = page("/cases/new-penalty", "handler", status().isOk());
        long itemId = fx.faguiPenalty().id();
        long wang = fx.staffId("王晓明");
        long liu = fx.staffId("刘海燕");
        assertThat(form).contains("value=\"" + itemId + "\"", "法规科 · 刘海燕");
        assertThat(form).doesNotContain(CaseFixture.LICENCE);

        String one = send(post("/cases/new-penalty").param("itemId", "" + itemId).param("source", "INSPECTION")
                .param("party.type", "LEGAL_PERSON").param("party.name", "仪征市某某建筑工程有限公司")
                .param("facts", "执法人员检查时发现该公司未取得施工许可证擅自施工。").param("officerStaffIds", "" + wang), "handler",
                status().isBadRequest()).getResponse().getContentAsString();
        assertThat(text(one, "officerStaffIds-error")).isNotBlank();
        assertThat(one).contains("仪征市某某建筑工程有限公司");

        MvcResult ok = send(post("/cases/new-penalty").param("itemId", "" + itemId).param("source", "INSPECTION")
                .param("party.type", "LEGAL_PERSON").param("party.name", "仪征市某某建筑工程有限公司")
                .param("facts", "执法人员检查时发现该公司未取得施工许可证擅自施工。").param("officerStaffIds", "" + wang, "" + liu),
                "handler", redirectedUrlPattern("/cases/*"));
        String html = page(ok.getResponse().getRedirectedUrl(), "handler", status().isOk());
        assertThat(text(html, "case-officers")).isEqualTo("王晓明、刘海燕");
        assertThat(html).contains("处罚案件", "id=\"act-complete-file\"", "立案审批", "不予立案");
    }

    @Test
    void theBenchmarkProposesTheRangeAndAFineOutsideItNeedsAReasonAndLegalReview() throws Exception {
        CaseView c = fx.filePenalty();
        c = cases.complete(fx.actor("handler"), c.id(), new StepCompletion(c.version(), "file", "立案", "予以立案", null, null, null));
        String html = page("/cases/" + c.id(), "handler", status().isOk());
        assertThat(html).contains("id=\"act-assess\"", "id=\"fine-proposal\"", "hx-get=\"/cases/" + c.id() + "/fine-proposal\"");
        // 刘海燕 is an officer too; 李建国 (the head) is not: he sees no assessment form
        assertThat(page("/cases/" + c.id(), "unit_head", status().isOk())).doesNotContain("id=\"act-assess\"");

        List<String> levels = catalog.versionInForce(fx.faguiPenalty().id(), java.time.LocalDate.of(2026, 11, 2)).orElseThrow()
                .content().penalty().levels().stream().filter(l -> l.fineKind() == FineKind.AMOUNT).map(l -> l.name()).toList();
        String level = levels.get(levels.size() - 1);
        String proposal = mvc.perform(get("/cases/" + c.id() + "/fine-proposal").param("level", level).with(users.as("handler")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(proposal).contains("id=\"proposal-range\"", "id=\"proposal-suggested\"").doesNotContain("<html");
        FineProposal range = cases.proposeFine(c.id(), level, List.of(), null);
        String above = range.max().add(java.math.BigDecimal.valueOf(1000)).toPlainString();
        String outside = mvc.perform(get("/cases/" + c.id() + "/fine-proposal").param("level", level).param("fine", above)
                .with(users.as("handler"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(outside).contains("id=\"proposal-outside\"");
        assertThat(mvc.perform(get("/cases/" + c.id() + "/fine-proposal").param("level", "没有这一档").with(users.as("handler")))
                .andReturn().getResponse().getContentAsString()).contains("id=\"proposal-error\"", "没有“没有这一档”这一情节档次");

        String noReason = send(post("/cases/" + c.id() + "/assess").param("version", "" + c.version()).param("level", level)
                .param("fine", above), "handler", status().isBadRequest()).getResponse().getContentAsString();
        assertThat(text(noReason, "assess-outsideReason-error")).contains("超出裁量基准范围");
        assertThat(noReason).contains("id=\"proposal-outside\"");

        send(post("/cases/" + c.id() + "/assess").param("version", "" + c.version()).param("level", level).param("fine", above)
                .param("outsideReason", "当事人拒不改正且造成较大社会影响，依法从重处罚"), "handler", redirectedUrl("/cases/" + c.id()));
        String done = page("/cases/" + c.id(), "handler", status().isOk());
        assertThat(done).contains("id=\"legal-review-notice\"");
        assertThat(section(done, "timeline", "actions")).contains("data-type=\"PENALTY_ASSESSED\"", "超出基准", "须法制审核", above);
    }

    // ---- the other actions, each from its form

    @Test
    void anOnlineApplicationIsPreAcceptedFirst() throws Exception {
        CaseView c = cases.apply(fx.actor("citizen"), new CaseCommands.NewApplication(fx.item(CaseFixture.LICENCE).id(), null,
                CaseFixture.company(), null, java.util.Map.of(), null, null, List.of()));
        String html = page("/cases/" + c.id(), "wg_handler", status().isOk());
        assertThat(html).contains("id=\"act-pre-accept\"").doesNotContain("id=\"act-complete-accept\"");
        send(post("/cases/" + c.id() + "/pre-accept").param("version", "" + c.version()).param("text", "材料初审通过，请携带原件到窗口"),
                "wg_handler", redirectedUrl("/cases/" + c.id()));
        String after = page("/cases/" + c.id(), "wg_handler", status().isOk());
        assertThat(after).contains("data-status=\"PRE_ACCEPTED\"", "id=\"act-complete-accept\"").doesNotContain("id=\"act-pre-accept\"");
    }

    @Test
    void aSpecialProcedureStopsTheClockAndTheLeaderExtendsAndTheHeadTerminates() throws Exception {
        CaseView c = fx.acceptedLicence();
        String bad = send(post("/cases/" + c.id() + "/start-special").param("version", "" + c.version()).param("kind", "EXPERT_REVIEW")
                .param("expectedDays", "很多").param("approver", "徐国平").param("reason", "需组织专家现场评审"), "wg_reviewer",
                status().isBadRequest()).getResponse().getContentAsString();
        assertThat(text(bad, "start-special-expectedDays-error")).isEqualTo("格式不正确");
        send(post("/cases/" + c.id() + "/start-special").param("version", "" + c.version()).param("kind", "EXPERT_REVIEW")
                .param("expectedDays", "10").param("approver", "徐国平").param("reason", "需组织专家对管理人员资格进行现场评审"),
                "wg_reviewer", redirectedUrl("/cases/" + c.id()));
        String paused = page("/cases/" + c.id(), "wg_reviewer", status().isOk());
        assertThat(paused).contains("data-status=\"SPECIAL_PROCEDURE\"", "id=\"paused-notice\"", "id=\"act-end-special\"", "专家评审",
                "预计 10 天");
        send(post("/cases/" + c.id() + "/end-special").param("version", "" + (c.version() + 1)).param("result", "专家评审通过")
                .param("fee", "300"), "wg_reviewer", redirectedUrl("/cases/" + c.id()));

        // the leader extends; the head may not
        assertThat(page("/cases/" + c.id(), "leader", status().isOk())).contains("id=\"act-extend\"");
        assertThat(page("/cases/" + c.id(), "wg_head", status().isOk())).doesNotContain("id=\"act-extend\"");
        send(post("/cases/" + c.id() + "/extend").param("version", "" + (c.version() + 2)).param("days", "5")
                .param("reason", "现场核查需要时间，延期五个工作日"), "leader", redirectedUrl("/cases/" + c.id()));
        String extended = page("/cases/" + c.id(), "wg_head", status().isOk());
        assertThat(extended).contains("延期 5 日（赵志强 批准）", "延长 5 个工作日");

        String short_ = send(post("/cases/" + c.id() + "/terminate").param("version", "" + (c.version() + 3)).param("text", "终止"),
                "wg_head", status().isBadRequest()).getResponse().getContentAsString();
        assertThat(text(short_, "terminate-text-error")).contains("至少 10 个字");
        send(post("/cases/" + c.id() + "/terminate").param("version", "" + (c.version() + 3))
                .param("text", "申请人企业已注销，案件无法继续办理"), "wg_head", redirectedUrl("/cases/" + c.id()));
        String ended = page("/cases/" + c.id(), "wg_head", status().isOk());
        assertThat(ended).contains("data-status=\"TERMINATED\"", "id=\"no-actions\"");
    }

    @Test
    void feesOfficersAndCollection() throws Exception {
        CaseView c = fx.filePenalty();
        long wang = fx.staffId("王晓明");
        long liu = fx.staffId("刘海燕");
        String html = page("/cases/" + c.id(), "unit_head", status().isOk());
        assertThat(section(html, "act-assign-officers", "act-")).contains("value=\"" + wang + "\" selected", "value=\"" + liu + "\" selected");
        String one = send(post("/cases/" + c.id() + "/assign-officers").param("version", "" + c.version()).param("staffIds", "" + wang),
                "unit_head", status().isBadRequest()).getResponse().getContentAsString();
        assertThat(text(one, "assign-officers-staffIds-error")).isNotBlank();

        CaseView licence = fx.acceptedLicence();
        String notListed = send(post("/cases/" + licence.id() + "/charge-fee").param("version", "" + licence.version())
                .param("item", "加急费").param("amount", "50"), "wg_reviewer", status().isBadRequest()).getResponse().getContentAsString();
        assertThat(from(notListed, "charge-fee-item-error")).contains("加急费");
        send(post("/cases/" + licence.id() + "/charge-fee").param("version", "" + licence.version()).param("item", "加急费")
                .param("amount", "50").param("overrideReason", "申请人书面要求加急办理并同意付费"), "wg_reviewer",
                redirectedUrl("/cases/" + licence.id()));
        assertThat(page("/cases/" + licence.id(), "wg_reviewer", status().isOk())).contains("id=\"case-fees\"", "目录外收费");

        CaseView now = cases.complete(fx.actor("wg_reviewer"), licence.id(),
                new StepCompletion(licence.version() + 1, "review", "审查通过", null, null, null, null));
        now = cases.complete(fx.actor("wg_head"), licence.id(), new StepCompletion(now.version(), "decide", "准予许可", null, null, null, null));
        send(post("/cases/" + licence.id() + "/collect").param("version", "" + now.version()).param("recipient", "李四")
                .param("method", "WINDOW"), "wg_handler", redirectedUrl("/cases/" + licence.id()));
        String collected = page("/cases/" + licence.id(), "wg_handler", status().isOk());
        assertThat(from(collected, "timeline")).contains("data-type=\"COLLECTED\"", "李四", "窗口领取");
        assertThat(collected).doesNotContain("id=\"act-collect\"");
    }

    @Test
    void theCasePageAnswersInEnglishToo() throws Exception {
        CaseView c = fx.receiveLicence();
        String html = mvc.perform(get("/cases/" + c.id()).param("lang", "en").with(users.as("wg_handler")).session(new MockHttpSession()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("What you can do now", "History").doesNotContain("??");
    }
}
