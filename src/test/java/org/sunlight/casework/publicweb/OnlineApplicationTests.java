package org.sunlight.casework.publicweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sunlight.MutableClock;
import org.sunlight.TestUsers;
import org.sunlight.casework.CaseCommands.NewApplication;
import org.sunlight.casework.CaseCommands.Note;
import org.sunlight.casework.CaseCommands.PartyInput;
import org.sunlight.casework.CaseCommands.StepCompletion;
import org.sunlight.casework.CaseEvent;
import org.sunlight.casework.CaseEventType;
import org.sunlight.casework.CaseHandling;
import org.sunlight.casework.CaseQueries;
import org.sunlight.casework.CaseStatus;
import org.sunlight.casework.CaseView;
import org.sunlight.casework.Channel;
import org.sunlight.casework.PartyType;
import org.sunlight.catalog.CatalogLifecycle;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.common.ConflictException;
import org.sunlight.identity.Actor;
import org.sunlight.identity.CurrentUser;
import org.sunlight.identity.PublicRegistration;
import org.sunlight.identity.Registration;
import org.sunlight.identity.Role;
import org.sunlight.organization.OrganizationDirectory;

/**
 * The applicant's and the public's side: online application with its receipt, a double submit, 我的办件 and
 * withdrawal, the lookup page and API (nothing internal or personal in them, the same 404 for a wrong code and an
 * unknown number), and slowing down repeated failures.
 */
@org.sunlight.IntegrationTest
class OnlineApplicationTests {

    static final String LICENCE = "物业服务企业资质核定（三级）";
    static final String ID_NUMBER = "320481199001011234";
    static final String PHONE = "13912345678";
    static final String ADDRESS = "仪征市真州镇大庆路88号";
    static final String PRE_OPINION = "网上材料初审无误请带原件";
    static final String ACCEPT_OPINION = "原件核验一致予以受理";
    static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    CaseHandling cases;
    @Autowired
    CaseQueries queries;
    @Autowired
    CatalogQueries catalog;
    @Autowired
    CatalogLifecycle lifecycle;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    PublicRegistration registration;
    @Autowired
    MutableClock clock;

    // ---- helpers ----------------------------------------------------------------------------------

    Actor actor(String username) {
        return users.callAs(username, currentUser::actor);
    }

    PowerItemView licence() {
        long housing = organization.departmentsNamed("仪征市住房和城乡建设局").get(0).id();
        return catalog.itemsOf(housing).stream()
                .filter(i -> catalog.versionInForce(i.id(), LocalDate.now(clock)).map(v -> v.content().name().equals(LICENCE)).orElse(false))
                .findFirst().orElseThrow();
    }

    PowerItemView housingItem(java.util.function.Predicate<org.sunlight.catalog.PowerItemContent> which) {
        long housing = organization.departmentsNamed("仪征市住房和城乡建设局").get(0).id();
        return catalog.itemsOf(housing).stream()
                .filter(i -> catalog.versionInForce(i.id(), LocalDate.now(clock)).map(v -> which.test(v.content())).orElse(false))
                .findFirst().orElseThrow();
    }

    /** Every test's requests come from an address of their own, so the throttle's counts never meet. */
    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    static String freshAddress() {
        return "10.77." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.incrementAndGet() % 250 + 1);
    }

    MockMultipartHttpServletRequestBuilder applyRequest(String key) {
        return multipart("/public/apply/{code}", licence().code())
                .param("partyType", "CITIZEN").param("partyName", "张明").param("partyIdNumber", ID_NUMBER)
                .param("partyPhone", PHONE).param("partyAddress", ADDRESS).param("subject", "申请三级资质核定")
                .param("idempotencyKey", key)
                .with(users.as("citizen")).with(csrf());
    }

    /** Applies through the form; answers the new case's id. */
    long applyOnline(String key) throws Exception {
        MvcResult r = mvc.perform(applyRequest(key)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/public/my-cases/*/receipt")).andReturn();
        String url = r.getResponse().getRedirectedUrl();
        return Long.parseLong(url.replaceAll("\\D+", " ").strip().split(" ")[0]);
    }

    String queryCode(long caseId) {
        return queries.events(actor("citizen"), caseId).stream().filter(e -> e.type() == CaseEventType.APPLIED).findFirst()
                .map(e -> e.text("queryCode")).orElseThrow();
    }

    CaseView view(long caseId) {
        return queries.find(actor("citizen"), caseId).orElseThrow();
    }

    /** Pre-accepted and accepted by 张伟 (wg_handler) with opinions the public must never see. */
    CaseView accepted(long caseId) {
        CaseView c = view(caseId);
        c = cases.preAccept(actor("wg_handler"), caseId, new Note(c.version(), PRE_OPINION, null));
        return cases.complete(actor("wg_handler"), caseId, new StepCompletion(c.version(), "accept", "受理", ACCEPT_OPINION, null, null, null));
    }

    String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    // ---- online application -------------------------------------------------------------------

    @Test
    void theGuideOffersOnlineApplicationForTheLicenceOnly() throws Exception {
        String guide = body(mvc.perform(get("/public/catalog/items/{code}", licence().code())).andExpect(status().isOk()).andReturn());
        assertThat(guide).contains("id=\"apply-online\"").contains("/public/apply/" + licence().code());
        PowerItemView penalty = housingItem(c -> c.category() == PowerCategory.PENALTY);
        String penaltyGuide = body(mvc.perform(get("/public/catalog/items/{code}", penalty.code())).andExpect(status().isOk()).andReturn());
        assertThat(penaltyGuide).doesNotContain("id=\"apply-online\"");
    }

    @Test
    void theFormIsPrefilledAndCarriesAFreshIdempotencyKey() throws Exception {
        String page = body(mvc.perform(get("/public/apply/{code}", licence().code()).with(users.as("citizen")))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains(LICENCE).contains("value=\"张明\"").contains("仪征市住房和城乡建设局")
                .contains("enctype=\"multipart/form-data\"").containsPattern("name=\"material-0\"")
                .containsPattern("name=\"idempotencyKey\" value=\"[0-9a-f-]{36}\"");
        String again = body(mvc.perform(get("/public/apply/{code}", licence().code()).with(users.as("citizen"))).andReturn());
        assertThat(keyIn(again)).isNotEqualTo(keyIn(page));
    }

    static String keyIn(String page) {
        var m = java.util.regex.Pattern.compile("name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void aCitizenAppliesOnlineAndGetsNumberAndQueryCode() throws Exception {
        long id = applyOnline(UUID.randomUUID().toString());
        CaseView c = view(id);
        assertThat(c.channel()).isEqualTo(Channel.ONLINE);
        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(c.applicantAccountId()).isEqualTo(actor("citizen").accountId());
        assertThat(c.partyName()).isEqualTo("张明");
        assertThat(c.subject()).isEqualTo("申请三级资质核定");

        String receipt = body(mvc.perform(get("/public/my-cases/{id}/receipt", id).with(users.as("citizen")))
                .andExpect(status().isOk()).andReturn());
        assertThat(receipt).contains(c.number()).contains(queryCode(id)).contains("id=\"receipt-keep\"")
                .contains("/public/cases/lookup?number=" + c.number());
    }

    @Test
    void aDoubleSubmitWithTheSameKeyMakesOneCase() throws Exception {
        int before = queries.ofApplicant(actor("citizen"), 1000).size();
        String key = UUID.randomUUID().toString();
        long first = applyOnline(key);
        long second = applyOnline(key);
        assertThat(second).isEqualTo(first);
        assertThat(queries.ofApplicant(actor("citizen"), 1000)).hasSize(before + 1);
        // another form (another key) is another application
        assertThat(applyOnline(UUID.randomUUID().toString())).isNotEqualTo(first);
    }

    @Test
    void twoSubmitsOfOneKeyAtTheSameMomentMakeOneCase() throws Exception {
        Actor citizen = actor("citizen");
        long item = licence().id();
        String key = UUID.randomUUID().toString();
        NewApplication application = new NewApplication(item, Channel.ONLINE,
                new PartyInput(PartyType.CITIZEN, "张明", null, null, null), null, Map.of(), null, key, List.of());
        int before = queries.ofApplicant(citizen, 1000).size();
        CountDownLatch start = new CountDownLatch(1);
        Callable<Object> submit = () -> {
            start.await();
            try {
                return users.callAs("citizen", () -> cases.apply(citizen, application).id());
            } catch (ConflictException e) {
                return e.code();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = new ArrayList<>(List.of(pool.submit(submit), pool.submit(submit)));
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : results) {
                outcomes.add(f.get(30, TimeUnit.SECONDS));
            }
            List<Object> ids = outcomes.stream().filter(o -> o instanceof Long).toList();
            assertThat(ids).as("outcomes %s", outcomes).isNotEmpty();
            assertThat(ids.stream().distinct()).hasSize(1);
            // the loser either got the same case or was told the same submission is under way: never a second case
            assertThat(outcomes).allMatch(o -> o instanceof Long || "casework.error.submission-in-progress".equals(o));
        } finally {
            pool.shutdownNow();
        }
        assertThat(queries.ofApplicant(citizen, 1000)).hasSize(before + 1);
    }

    @Test
    void mistakesAreShownBesideTheFieldsAndNothingIsCreated() throws Exception {
        int before = queries.ofApplicant(actor("citizen"), 1000).size();
        var request = multipart("/public/apply/{code}", licence().code()).param("partyType", "CITIZEN").param("partyName", " ")
                .param("partyPhone", "call me").param("idempotencyKey", UUID.randomUUID().toString()).with(users.as("citizen")).with(csrf());
        String page = body(mvc.perform(request)
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(page).contains("id=\"party.name-error\"").contains("id=\"party.phone-error\"").contains("电话号码格式不正确")
                .contains("id=\"apply-errors\"");
        assertThat(queries.ofApplicant(actor("citizen"), 1000)).hasSize(before);
    }

    @Test
    void filesAreStoredWithTheApplicationAndAForbiddenOneRefusesIt() throws Exception {
        int before = queries.ofApplicant(actor("citizen"), 1000).size();
        MockMultipartFile bad = new MockMultipartFile("material-0", "申请书.pdf", "application/pdf", new byte[] {1, 2, 3});
        String page = body(mvc.perform(multipart("/public/apply/{code}", licence().code()).file(bad)
                        .param("partyType", "CITIZEN").param("partyName", "张明").param("idempotencyKey", UUID.randomUUID().toString())
                        .with(users.as("citizen")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(page).contains("申请书.pdf").contains("不能作为附件");
        assertThat(queries.ofApplicant(actor("citizen"), 1000)).hasSize(before);

        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        MockMultipartFile good = new MockMultipartFile("material-0", "申请书.pdf", "application/pdf", pdf);
        MockMultipartFile empty = new MockMultipartFile("material-1", "", "application/octet-stream", new byte[0]);
        mvc.perform(multipart("/public/apply/{code}", licence().code()).file(good).file(empty)
                        .param("partyType", "CITIZEN").param("partyName", "张明").param("idempotencyKey", UUID.randomUUID().toString())
                        .with(users.as("citizen")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.ofApplicant(actor("citizen"), 1000)).hasSize(before + 1);
    }

    @Test
    void itemsWithoutOnlineApplicationOrNotAcceptingCasesAreRefusedPlainly() throws Exception {
        PowerItemView windowOnly = housingItem(c -> c.service() != null && c.service().channel() != null
                && c.service().channel().contains("未纳入网上运行"));
        String refused = body(mvc.perform(get("/public/apply/{code}", windowOnly.code()).with(users.as("citizen")))
                .andExpect(status().isConflict()).andReturn());
        assertThat(refused).contains("id=\"apply-refused\"").contains("不提供网上申请");

        PowerItemView penalty = housingItem(c -> c.category() == PowerCategory.PENALTY);
        assertThat(body(mvc.perform(get("/public/apply/{code}", penalty.code()).with(users.as("citizen")))
                .andExpect(status().isConflict()).andReturn())).contains("不提供网上申请");

        mvc.perform(get("/public/apply/{code}", "NO-SUCH-ITEM").with(users.as("citizen"))).andExpect(status().isNotFound());

        // A suspended item: the form says so, and a form opened before the suspension is refused by the core on submit.
        PowerItemView item = licence();
        String key = UUID.randomUUID().toString();
        PowerItemView suspended = users.callAs("leader", () -> lifecycle.suspend(item.id(), item.version(), "资质核定系统升级暂停"));
        try {
            assertThat(body(mvc.perform(get("/public/apply/{code}", item.code()).with(users.as("citizen")))
                    .andExpect(status().isConflict()).andReturn())).contains("已挂起").contains("资质核定系统升级暂停");
            assertThat(body(mvc.perform(applyRequest(key)).andExpect(status().isConflict()).andReturn()))
                    .contains("id=\"apply-refused\"").contains("已挂起");
            assertThat(body(mvc.perform(get("/public/catalog/items/{code}", item.code())).andReturn())).doesNotContain("id=\"apply-online\"");
        } finally {
            users.callAs("leader", () -> lifecycle.resume(suspended.id(), suspended.version(), "系统升级完成恢复"));
        }
    }

    @Test
    void onlyApplicantsReachTheApplicationPages() throws Exception {
        for (String path : List.of("/public/apply/" + licence().code(), "/public/my-cases", "/public/my-cases/1")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as("anonymous must sign in: %s", path).isIn(401, 302);
        }
        mvc.perform(get("/public/apply/{code}", licence().code()).accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/public/my-cases").with(users.as("wg_handler"))).andExpect(status().isForbidden());
        mvc.perform(get("/public/apply/{code}", licence().code()).with(users.as("wg_handler"))).andExpect(status().isForbidden());
    }

    // ---- 我的办件 -------------------------------------------------------------------------------

    void ensureSecondCitizen() {
        if (!exists("citizen_li")) {
            registration.register(new Registration("citizen_li", "李华", "Another#2026x", "Another#2026x", Role.CITIZEN, null));
        }
    }

    boolean exists(String username) {
        try {
            users.as(username);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Test
    void myCasesListsOnlyMyOwnCases() throws Exception {
        long id = applyOnline(UUID.randomUUID().toString());
        String number = view(id).number();
        String mine = body(mvc.perform(get("/public/my-cases").with(users.as("citizen"))).andExpect(status().isOk()).andReturn());
        assertThat(mine).contains(number).contains("/public/my-cases/" + id);

        ensureSecondCitizen();
        String theirs = body(mvc.perform(get("/public/my-cases").with(users.as("citizen_li"))).andExpect(status().isOk()).andReturn());
        assertThat(theirs).contains("id=\"my-cases-empty\"").doesNotContain(number);
        mvc.perform(get("/public/my-cases/{id}", id).with(users.as("citizen_li"))).andExpect(status().isNotFound());
        mvc.perform(get("/public/my-cases/{id}/receipt", id).with(users.as("citizen_li"))).andExpect(status().isNotFound());
        mvc.perform(post("/public/my-cases/{id}/withdraw", id).param("reason", "不是我的").with(users.as("citizen_li")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(view(id).status()).isEqualTo(CaseStatus.RECEIVED);
        // a window case (no applicant account) is nobody's "my case"
        assertThat(queries.ofApplicant(actor("citizen_li"), 100)).isEmpty();
    }

    @Test
    void theCaseDetailShowsStepsQueryCodeAndTheMissingMaterials() throws Exception {
        long id = applyOnline(UUID.randomUUID().toString());
        CaseView c = view(id);
        c = cases.preAccept(actor("wg_handler"), id, new Note(c.version(), PRE_OPINION, null));
        cases.requestSupplement(actor("wg_handler"), id, new org.sunlight.casework.CaseCommands.SupplementRequest(c.version(),
                List.of("物业服务企业营业执照复印件", "专业管理人员职称证书"), "请于十日内补正", null));
        String page = body(mvc.perform(get("/public/my-cases/{id}", id).with(users.as("citizen"))).andExpect(status().isOk()).andReturn());
        assertThat(page).contains(queryCode(id)).contains("补正中").contains("物业服务企业营业执照复印件").contains("专业管理人员职称证书")
                .contains("id=\"result-steps\"").contains("id=\"result-paused\"").contains("id=\"withdraw-form\"");
        assertThat(page).doesNotContain(PRE_OPINION).doesNotContain(ACCEPT_OPINION).doesNotContain("张伟");
    }

    @Test
    void theApplicantWithdrawsWithAReason() throws Exception {
        long id = applyOnline(UUID.randomUUID().toString());
        String blank = body(mvc.perform(post("/public/my-cases/{id}/withdraw", id).param("reason", " ")
                .param("version", String.valueOf(view(id).version())).with(users.as("citizen")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(blank).contains("id=\"reason-error\"");
        assertThat(view(id).status()).isEqualTo(CaseStatus.RECEIVED);

        mvc.perform(post("/public/my-cases/{id}/withdraw", id).param("reason", "资料准备不全，暂不申请")
                .param("version", String.valueOf(view(id).version())).with(users.as("citizen")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(view(id).status()).isEqualTo(CaseStatus.WITHDRAWN);
        String page = body(mvc.perform(get("/public/my-cases/{id}", id).with(users.as("citizen"))).andReturn());
        assertThat(page).contains("已撤回").doesNotContain("id=\"withdraw-form\"");

        // withdrawing again is refused with the reason in words (the core's message arguments are keys)
        String again = body(mvc.perform(post("/public/my-cases/{id}/withdraw", id).param("reason", "再撤一次")
                .param("version", String.valueOf(view(id).version())).with(users.as("citizen")).with(csrf()))
                .andExpect(status().isConflict()).andReturn());
        assertThat(again).contains("id=\"case-error\"").contains("办件当前为“已撤回”，不能“撤回”").doesNotContain("casework.status.");
    }

    @Test
    void aCommandInTheWrongStatusIsRefusedWithItsMessageKey() {
        // Core fix: with two String arguments ConflictException(code, args...) resolved to (field, code, args...), so the
        // refusal's code was the action's key ("casework.action.WITHDRAW") and its message just "撤回".
        CaseView c = cases.apply(actor("citizen"), new NewApplication(licence().id(), Channel.ONLINE,
                new PartyInput(PartyType.CITIZEN, "张明", null, null, null), null, Map.of(), null, null, List.of()));
        CaseView withdrawn = cases.withdraw(actor("citizen"), c.id(), new Note(c.version(), "不再需要", null));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cases.withdraw(actor("citizen"), c.id(),
                        new Note(withdrawn.version(), "再撤一次", null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("casework.error.not-allowed-in-status");
                    assertThat(e.args()).extracting(x -> ((org.springframework.context.MessageSourceResolvable) x).getCodes()[0])
                            .containsExactly("casework.action.WITHDRAW", "casework.status.WITHDRAWN");
                    assertThat(e.problems()).isEmpty();
                });
    }

    // ---- lookup ---------------------------------------------------------------------------------

    @Test
    void theLookupApiShowsProgressAndNothingInternalOrPersonal() throws Exception {
        long id = applyOnline(UUID.randomUUID().toString());
        CaseView c = accepted(id);
        String code = queryCode(id);
        MvcResult r = mvc.perform(get("/api/v1/public/cases/lookup").param("number", c.number()).param("code", code.toLowerCase())
                        .with(from(freshAddress())))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.number").value(c.number()))
                .andExpect(jsonPath("$.itemName").value(LICENCE))
                .andExpect(jsonPath("$.departmentName").value("仪征市住房和城乡建设局"))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.statusLabel").value("办理中"))
                .andExpect(jsonPath("$.receivedOn").value("2026-11-02"))
                .andExpect(jsonPath("$.acceptedOn").value("2026-11-02"))
                .andExpect(jsonPath("$.dueOn").isNotEmpty())
                .andExpect(jsonPath("$.paused").value(false))
                .andExpect(jsonPath("$.steps[*].type").value(org.hamcrest.Matchers.contains("APPLIED", "PRE_ACCEPTED", "ACCEPTED")))
                .andExpect(jsonPath("$.steps[2].outcome").value("受理"))
                .andReturn();
        String json = body(r);
        mvc.perform(get("/api/v1/public/cases/lookup").param("number", c.number()).param("code", code)
                        .header("Accept-Language", "en").with(from(freshAddress())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.statusLabel").value("In progress"))
                .andExpect(jsonPath("$.steps[0].name").value("Application"));
        assertThat(json).doesNotContain(PRE_OPINION, ACCEPT_OPINION, "张伟", "wg_handler", ID_NUMBER, PHONE, ADDRESS, "张明", code);

        String page = body(mvc.perform(post("/public/cases/lookup").param("number", c.number()).param("code", code)
                .with(from(freshAddress())).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("id=\"lookup-result\"").contains(LICENCE).contains("办理中").contains("受理")
                .doesNotContain(PRE_OPINION, ACCEPT_OPINION, "张伟", ID_NUMBER, PHONE, ADDRESS, "张明");
    }

    @Test
    void aWrongCodeAndAnUnknownNumberGetTheSameAnswer() throws Exception {
        long id = applyOnline(UUID.randomUUID().toString());
        String number = view(id).number();
        String address = freshAddress();
        MvcResult wrong = mvc.perform(get("/api/v1/public/cases/lookup").param("number", number).param("code", "ZZZZ2222").with(from(address)))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).andReturn();
        MvcResult unknown = mvc.perform(get("/api/v1/public/cases/lookup").param("number", "999999999999999999999999").param("code", "ZZZZ2222")
                .with(from(address))).andExpect(status().isNotFound()).andReturn();
        assertThat(body(wrong)).isEqualTo(body(unknown)).contains("办件编号或查询密码不正确").doesNotContain(number);

        String wrongPage = body(mvc.perform(post("/public/cases/lookup").param("number", number).param("code", "ZZZZ2222")
                .with(from(freshAddress())).with(csrf())).andExpect(status().isNotFound()).andReturn());
        assertThat(wrongPage).contains("id=\"lookup-not-found\"").doesNotContain("id=\"lookup-result\"");

        mvc.perform(get("/api/v1/public/cases/lookup").param("number", number).with(from(freshAddress())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void repeatedFailuresAreSlowedDown() throws Exception {
        long id = applyOnline(UUID.randomUUID().toString());
        String number = view(id).number();
        String code = queryCode(id);
        String address = freshAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/public/cases/lookup").param("number", number).param("code", "WRONG" + i).with(from(address)))
                    .andExpect(status().isNotFound());
        }
        // blocked for this address, even with the right code: nothing is looked up while blocked
        mvc.perform(get("/api/v1/public/cases/lookup").param("number", number).param("code", code).with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(jsonPath("$.title").value("查询失败次数过多，请 1 分钟后再试"));
        String page = body(mvc.perform(post("/public/cases/lookup").param("number", number).param("code", code)
                .with(from(address)).with(csrf())).andExpect(status().isTooManyRequests()).andReturn());
        assertThat(page).contains("id=\"lookup-throttled\"").contains("1 分钟后再试").doesNotContain("id=\"lookup-result\"");
        // another address with the right code still gets through (5 failures are far from the number's 20)
        mvc.perform(get("/api/v1/public/cases/lookup").param("number", number).param("code", code).with(from(freshAddress())))
                .andExpect(status().isOk());

        try {
            clock.advance(java.time.Duration.ofSeconds(60));
            mvc.perform(get("/api/v1/public/cases/lookup").param("number", number).param("code", "WRONG5").with(from(address)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/public/cases/lookup").param("number", number).param("code", code).with(from(address)))
                    .andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "120"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void theLookupApiIsDocumentedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/public/cases/lookup'].get.parameters[*].name")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("number", "code")))
                .andExpect(jsonPath("$.paths['/api/v1/public/cases/lookup'].get.responses['200']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/public/cases/lookup'].get.responses['404']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/public/cases/lookup'].get.responses['429'].headers['Retry-After']").exists())
                .andExpect(jsonPath("$.components.schemas.PublicCaseLookup.properties.statusLabel").exists());
    }

    @Test
    void theLookupPageIsPublicAndPrefillsTheNumber() throws Exception {
        String page = body(mvc.perform(get("/public/cases/lookup").param("number", "321081")).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("id=\"lookup-form\"").contains("value=\"321081\"");
        assertThat(body(mvc.perform(get("/public/cases/lookup").param("lang", "en")).andReturn())).contains("Case lookup", "Query code");
        String blank = body(mvc.perform(post("/public/cases/lookup").param("number", "").param("code", "")
                .with(from(freshAddress())).with(csrf())).andExpect(status().isBadRequest()).andReturn());
        assertThat(blank).contains("id=\"number-error\"").contains("id=\"code-error\"");
    }
}
