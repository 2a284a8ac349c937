package org.sunlight.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.sunlight.IntegrationTest;
import org.sunlight.TestUsers;
import org.sunlight.common.ForbiddenException;
import org.sunlight.identity.AccountAdministration;
import org.sunlight.identity.AccountView;
import org.sunlight.identity.NewStaffAccount;
import org.sunlight.identity.Role;
import org.sunlight.identity.RoleAdministration;
import org.sunlight.identity.ScopeKind;
import org.sunlight.legal.LegalEvent.CertificateIssued;
import org.sunlight.legal.LegalEvent.CertificateRevoked;
import org.sunlight.legal.LegalFixture.Dept;
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.StaffView;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The register's JSON API: answers, problem+json refusals naming fields, conflicts, scope, audit and events. */
@IntegrationTest
@RecordApplicationEvents
class LegalApiTests {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static String gaoyouReviewer;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    OfficerRegister register;
    @Autowired
    OrganizationAdmin organization;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    RoleAdministration roles;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    LegalFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new LegalFixture(organization, register, users);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    String issueBody(long staffId, String number, long departmentId) {
        return """
                {"staffId":%d,"number":"%s","issuingAuthority":"江苏省人民政府","field":"HOUSING_CONSTRUCTION",
                 "departmentId":%d,"validFrom":"2026-01-01","validUntil":"2030-12-31"}""".formatted(staffId, number, departmentId);
    }

    JsonNode read(String body) {
        return JSON.readTree(body);
    }

    int auditCount(String action, long id) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and object_id = ?").params(action, String.valueOf(id))
                .query(Integer.class).single();
    }

    /** A legal reviewer of 高邮市 (another county), made once: staff, account, grant. */
    String gaoyouReviewer() {
        if (gaoyouReviewer == null) {
            long unit = directory.staffNamed("胡军").get(0).unitId();
            StaffView s = users.callAs("system_admin", () -> organization.createStaff(LegalFixture.unique("高邮法制员"), unit).value());
            String username = "gy_reviewer" + SEQ.incrementAndGet();
            AccountView a = users.callAs("system_admin",
                    () -> accounts.createStaffAccount(new NewStaffAccount(username, s.id(), null, "Initial#2026")));
            users.runAs("security_admin", () -> roles.grant(a.id(), a.version(), Role.LEGAL_REVIEWER, ScopeKind.REGION, "321084"));
            gaoyouReviewer = username;
        }
        return gaoyouReviewer;
    }

    @Test
    void aLegalReviewerIssuesACertificateWhichIsAuditedAndAnnounced() throws Exception {
        Dept dept = fixture.department();
        long staff = fixture.staff(dept);
        String number = LegalFixture.number();
        String answer = mvc.perform(json(post("/api/v1/legal/certificates"), issueBody(staff, " " + number.replace("号", " 号"), dept.departmentId()))
                        .with(users.as("legal_reviewer")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/legal/certificates/")))
                .andExpect(jsonPath("$.number").value(number))
                .andExpect(jsonPath("$.staffId").value(staff))
                .andExpect(jsonPath("$.departmentId").value(dept.departmentId()))
                .andExpect(jsonPath("$.field").value("HOUSING_CONSTRUCTION"))
                .andExpect(jsonPath("$.fieldName").value("住房城乡建设"))
                .andExpect(jsonPath("$.validFrom").value("2026-01-01"))
                .andExpect(jsonPath("$.validUntil").value("2030-12-31"))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.standing").value("VALID"))
                .andExpect(jsonPath("$.validToday").value(true))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        long id = read(answer).get("id").asLong();
        assertThat(auditCount("legal.certificate.issue", id)).isEqualTo(1);
        assertThat(events.stream(CertificateIssued.class)).anySatisfy(e -> {
            assertThat(e.certificateId()).isEqualTo(id);
            assertThat(e.number()).isEqualTo(number);
            assertThat(e.validUntil()).isEqualTo(LocalDate.of(2030, 12, 31));
        });
    }

    @Test
    void aDuplicateNumberIsA409NamingTheNumberEvenWrittenDifferently() throws Exception {
        Dept dept = fixture.department();
        long a = fixture.staff(dept);
        long b = fixture.staff(dept);
        CertificateView first = fixture.certificate(a, dept, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
        String sameInFullWidth = first.number().chars().mapToObj(c -> c >= '0' && c <= '9' ? String.valueOf((char) (c + 0xFEE0)) : String.valueOf((char) c))
                .reduce("", String::concat);
        mvc.perform(json(post("/api/v1/legal/certificates"), issueBody(b, sameInFullWidth, dept.departmentId())).with(users.as("legal_reviewer")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("number"))
                .andExpect(jsonPath("$.errors[0].message").value("执法证号 " + first.number() + " 已登记"));
        assertThat(users.callAs("legal_reviewer", () -> register.officer(b)).certificates()).isEmpty();
        // changing another certificate to the same number is refused the same way
        CertificateView second = fixture.certificate(b, dept, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
        mvc.perform(json(put("/api/v1/legal/certificates/" + second.id()), """
                        {"number":"%s","issuingAuthority":"江苏省人民政府","field":"HOUSING_CONSTRUCTION","validFrom":"2026-01-01",
                         "validUntil":"2030-12-31","version":%d}""".formatted(first.number(), second.version()))
                        .with(users.as("legal_reviewer")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("number"));
    }

    @Test
    void badInputIsA400NamingEveryFieldAndNothingIsWritten() throws Exception {
        Dept dept = fixture.department();
        long staff = fixture.staff(dept);
        mvc.perform(json(post("/api/v1/legal/certificates"), """
                        {"staffId":%d,"number":"执法证","issuingAuthority":"","field":"POLICE","departmentId":%d,
                         "validFrom":"2026-13-01","validUntil":"2025-12-31"}""".formatted(staff, dept.departmentId()))
                        .with(users.as("legal_reviewer")).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("number", "issuingAuthority", "field", "validFrom")))
                .andExpect(jsonPath("$.errors[?(@.field=='validFrom')].message").value("Dates are written like 2026-01-31"));
        mvc.perform(json(post("/api/v1/legal/certificates"), """
                        {"staffId":%d,"number":"%s","issuingAuthority":"江苏省人民政府","field":"HOUSING_CONSTRUCTION",
                         "validFrom":"2026-02-01","validUntil":"2026-01-31"}""".formatted(staff, LegalFixture.number()))
                        .with(users.as("legal_reviewer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("validUntil"))
                .andExpect(jsonPath("$.errors[0].message").value("有效期至不能早于有效期起"));
        mvc.perform(json(post("/api/v1/legal/certificates"), issueBody(987_654_321L, LegalFixture.number(), dept.departmentId()))
                        .with(users.as("legal_reviewer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("staffId"));
        assertThat(users.callAs("legal_reviewer", () -> register.officer(staff)).certificates()).isEmpty();
    }

    @Test
    void theDepartmentMayBeLeftOutButMustBeAnEnforcementBody() throws Exception {
        Dept dept = fixture.department();
        long staff = fixture.staff(dept);
        mvc.perform(json(post("/api/v1/legal/certificates"), """
                        {"staffId":%d,"number":"%s","issuingAuthority":"江苏省人民政府","field":"HOUSING_CONSTRUCTION",
                         "validFrom":"2026-01-01","validUntil":"2030-12-31"}""".formatted(staff, LegalFixture.number()))
                        .with(users.as("legal_reviewer")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.departmentId").value(dept.departmentId()));
        long plain = users.callAs("system_admin",
                () -> organization.createDepartment(LegalFixture.COUNTY, LegalFixture.unique("未登记局"), null, null).value().id());
        mvc.perform(json(post("/api/v1/legal/certificates"), issueBody(staff, LegalFixture.number(), plain)).with(users.as("legal_reviewer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("departmentId"));
    }

    @Test
    void aStaleVersionIsA409AndTheNewerChangeStays() throws Exception {
        Dept dept = fixture.department();
        long staff = fixture.staff(dept);
        CertificateView c = fixture.certificate(staff, dept, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
        String change = """
                {"number":"%s","issuingAuthority":"江苏省司法厅","field":"HOUSING_CONSTRUCTION","departmentId":%d,
                 "validFrom":"2026-01-01","validUntil":"2031-12-31","version":%d}""";
        mvc.perform(json(put("/api/v1/legal/certificates/" + c.id()), change.formatted(c.number(), dept.departmentId(), c.version()))
                        .with(users.as("legal_reviewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.issuingAuthority").value("江苏省司法厅"))
                .andExpect(jsonPath("$.validUntil").value("2031-12-31"))
                .andExpect(jsonPath("$.version").value(c.version() + 1));
        mvc.perform(json(put("/api/v1/legal/certificates/" + c.id()), change.formatted(c.number(), dept.departmentId(), c.version()))
                        .with(users.as("legal_reviewer")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].message").value("数据已被他人修改，请刷新后重试"));
        mvc.perform(json(post("/api/v1/legal/certificates/" + c.id() + "/suspend"), """
                        {"reason":"涉嫌违纪暂扣","version":%d}""".formatted(c.version())).with(users.as("legal_reviewer")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(users.callAs("legal_reviewer", () -> register.certificate(c.id())))
                .satisfies(now -> {
                    assertThat(now.status()).isEqualTo(CertificateStatus.ACTIVE);
                    assertThat(now.validUntil()).isEqualTo(LocalDate.of(2031, 12, 31));
                });
        mvc.perform(json(put("/api/v1/legal/bodies/" + dept.body().id()), """
                        {"legalBasis":"新依据","scope":"新范围","version":%d}""".formatted(dept.body().version() + 7))
                        .with(users.as("legal_reviewer")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void theStatusMachineSuspendReinstateRevokeWithReasons() throws Exception {
        Dept dept = fixture.department();
        long staff = fixture.staff(dept);
        CertificateView c = fixture.certificate(staff, dept, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
        String base = "/api/v1/legal/certificates/" + c.id();
        mvc.perform(json(post(base + "/suspend"), "{\"reason\":\"暂扣\",\"version\":0}").with(users.as("legal_reviewer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("理由至少 4 个字"));
        mvc.perform(json(post(base + "/reinstate"), "{\"reason\":\"本来就正常\",\"version\":0}").with(users.as("legal_reviewer")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("执法证 " + c.number() + " 当前为“正常”，无需恢复"));
        mvc.perform(json(post(base + "/suspend"), "{\"reason\":\"涉嫌违纪暂扣\",\"version\":0}").with(users.as("legal_reviewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.statusReason").value("涉嫌违纪暂扣"))
                .andExpect(jsonPath("$.standing").value("SUSPENDED"))
                .andExpect(jsonPath("$.validToday").value(false));
        mvc.perform(json(post(base + "/revoke"), "{\"reason\":\"调离执法岗位\",\"version\":1}").with(users.as("legal_reviewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVOKED"));
        mvc.perform(json(post(base + "/revoke"), "{\"reason\":\"再吊销一次\",\"version\":2}").with(users.as("legal_reviewer")))
                .andExpect(status().isConflict());
        mvc.perform(json(put(base), """
                        {"number":"%s","issuingAuthority":"江苏省人民政府","field":"HOUSING_CONSTRUCTION","validFrom":"2026-01-01",
                         "validUntil":"2031-12-31","version":2}""".formatted(c.number())).with(users.as("legal_reviewer")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("执法证 " + c.number() + " 已吊销，不能再修改"));
        assertThat(auditCount("legal.certificate.suspend", c.id())).isEqualTo(1);
        assertThat(auditCount("legal.certificate.revoke", c.id())).isEqualTo(1);
        assertThat(auditCount("legal.certificate.reinstate", c.id())).isZero();
        assertThat(events.stream(CertificateRevoked.class)).anySatisfy(e -> {
            assertThat(e.certificateId()).isEqualTo(c.id());
            assertThat(e.reason()).isEqualTo("调离执法岗位");
        });
    }

    @Test
    void aLegalReviewerOfAnotherCountyIsRefused() throws Exception {
        String gaoyou = gaoyouReviewer();
        Dept gy = fixture.department("321084", gaoyou);
        long gyStaff = fixture.staff(gy);
        CertificateView gyCert = fixture.certificate(gyStaff, gy, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), gaoyou);

        // 仪征市's reviewer may neither change nor read 高邮市's register
        mvc.perform(json(post("/api/v1/legal/certificates/" + gyCert.id() + "/suspend"), """
                        {"reason":"越权暂扣试试","version":%d}""".formatted(gyCert.version())).with(users.as("legal_reviewer")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value(containsString("不能修改")));
        mvc.perform(json(post("/api/v1/legal/certificates"), issueBody(gyStaff, LegalFixture.number(), gy.departmentId()))
                        .with(users.as("legal_reviewer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/legal/certificates/" + gyCert.id()).with(users.as("legal_reviewer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/legal/certificates").param("q", gyCert.number()).with(users.as("legal_reviewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));

        // and 高邮市's reviewer none of 仪征市's
        Dept yz = fixture.department();
        long yzStaff = fixture.staff(yz);
        CertificateView yzCert = fixture.certificate(yzStaff, yz, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
        assertThatThrownBy(() -> users.runAs(gaoyou, () -> register.revoke(yzCert.id(), yzCert.version(), "越权吊销试试")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> users.runAs(gaoyou, () -> register.issue(new CertificateInput(yzStaff, LegalFixture.number(),
                "江苏省人民政府", "HOUSING_CONSTRUCTION", yz.departmentId(), "2026-01-01", "2030-12-31"))))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> users.runAs(gaoyou, () -> register.updateBody(yz.body().id(), yz.body().version(),
                new BodyInput(null, "越权修改依据", "越权修改范围")))).isInstanceOf(ForbiddenException.class);
        assertThat(users.callAs("legal_reviewer", () -> register.certificate(yzCert.id())).status()).isEqualTo(CertificateStatus.ACTIVE);
    }

    @Test
    void bodiesAreRegisteredOncePerDepartment() throws Exception {
        long department = users.callAs("system_admin",
                () -> organization.createDepartment(LegalFixture.COUNTY, LegalFixture.unique("接口测试局"), null, null).value().id());
        String body = """
                {"departmentId":%d,"legalBasis":"《中华人民共和国行政处罚法》","scope":"本局职责范围内的行政处罚"}""".formatted(department);
        String answer = mvc.perform(json(post("/api/v1/legal/bodies"), body).with(users.as("legal_reviewer")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.departmentId").value(department))
                .andExpect(jsonPath("$.active").value(true))
                .andReturn().getResponse().getContentAsString();
        long id = read(answer).get("id").asLong();
        assertThat(auditCount("legal.body.register", id)).isEqualTo(1);
        mvc.perform(json(post("/api/v1/legal/bodies"), body).with(users.as("legal_reviewer")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("departmentId"));
        mvc.perform(json(post("/api/v1/legal/bodies"), "{\"departmentId\":null,\"legalBasis\":\"\",\"scope\":\"范围\"}")
                        .with(users.as("legal_reviewer")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("departmentId", "legalBasis")));
        mvc.perform(json(post("/api/v1/legal/bodies/" + id + "/deactivate"), "{\"version\":0}").with(users.as("legal_reviewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/legal/bodies").with(users.as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) id)));
    }

    @Test
    void holdersReadTheirOwnCertificatesOnly() throws Exception {
        mvc.perform(get("/api/v1/legal/officers/me").with(users.as("handler")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].number", hasItem("苏执法证字第32108100101号")))
                .andExpect(jsonPath("$[*].number", not(hasItem("苏执法证字第32108100102号"))));
        long zhang = directory.staffNamed("张伟").get(0).id();
        long wang = directory.staffNamed("王晓明").get(0).id();
        mvc.perform(get("/api/v1/legal/officers/" + zhang).with(users.as("handler"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/legal/officers/" + wang).with(users.as("handler")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("王晓明"));
        mvc.perform(get("/api/v1/legal/officers/" + zhang).with(users.as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.certificates[0].standing").value("EXPIRED"));
        mvc.perform(get("/api/v1/legal/officers/" + zhang).with(users.as("leader")))
                .andExpect(status().isOk());
    }

    @Test
    void anOfficerCheckGivesTheVerdictAndEveryReason() throws Exception {
        long bureau = directory.departmentsNamed("仪征市住房和城乡建设局").get(0).id();
        long wang = directory.staffNamed("王晓明").get(0).id();
        long zhang = directory.staffNamed("张伟").get(0).id();
        long liu = directory.staffNamed("刘海燕").get(0).id();
        mvc.perform(json(post("/api/v1/legal/officer-checks"), """
                        {"staffIds":[%d,%d],"departmentId":%d,"on":"2026-11-02"}""".formatted(wang, zhang, bureau))
                        .with(users.as("handler")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.penaltyReady").value(false))
                .andExpect(jsonPath("$.verdicts[0].certified").value(true))
                .andExpect(jsonPath("$.verdicts[0].qualifying[0]").value("苏执法证字第32108100101号"))
                .andExpect(jsonPath("$.verdicts[1].certified").value(false))
                .andExpect(jsonPath("$.verdicts[1].reasons[0].problem").value("EXPIRED"))
                .andExpect(jsonPath("$.verdicts[1].reasons[0].message").value("张伟 的执法证 苏执法证字第32108100103号 有效期至 2026-06-30，已过期"));
        mvc.perform(json(post("/api/v1/legal/officer-checks"), """
                        {"staffIds":[%d,%d],"departmentId":%d,"field":"HOUSING_CONSTRUCTION","on":"2026-11-02"}""".formatted(wang, liu, bureau))
                        .with(users.as("handler")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.penaltyReady").value(true));
        mvc.perform(json(post("/api/v1/legal/officer-checks"), """
                        {"staffIds":[],"departmentId":%d,"field":"SPACE","on":"02/11/2026"}""".formatted(bureau))
                        .with(users.as("handler")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("staffIds", "field", "on")));
    }

    @Test
    void theApiIsDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/legal/certificates'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/legal/certificates/{id}/revoke'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/legal/officer-checks'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/public/officers'].get").exists());
    }
}
