package org.sunlight.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.sunlight.IntegrationTest;
import org.sunlight.TestUsers;
import org.sunlight.legal.LegalFixture.Dept;
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationDirectory;

/** The register's pages: the list with its expiring-soon highlight, forms with errors beside fields, notices, navigation. */
@IntegrationTest
class LegalPagesTests {

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
    Clock clock;

    LegalFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new LegalFixture(organization, register, users);
    }

    String page(String url, String user, ResultMatcher expected) throws Exception {
        return mvc.perform(get(url).with(users.as(user))).andExpect(expected).andReturn().getResponse().getContentAsString();
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

    @Test
    void certificatesExpiringWithinThirtyDaysAreHighlighted() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Dept dept = fixture.department();
        CertificateView soon = fixture.certificate(fixture.staff(dept), dept, today.minusYears(1), today.plusDays(10));
        CertificateView later = fixture.certificate(fixture.staff(dept), dept, today.minusYears(1), today.plusDays(40));
        CertificateView gone = fixture.certificate(fixture.staff(dept), dept, today.minusYears(2), today.minusDays(1));

        String html = page("/legal/officers?departmentId=" + dept.departmentId(), "legal_reviewer", status().isOk());
        assertThat(tag(html, "cert-" + soon.id())).contains("table-warning", "expiring-soon", "data-standing=\"EXPIRING_SOON\"");
        assertThat(tag(html, "cert-" + later.id())).doesNotContain("table-warning").contains("data-standing=\"VALID\"");
        assertThat(tag(html, "cert-" + gone.id())).doesNotContain("table-warning").contains("data-standing=\"EXPIRED\"");
        assertThat(html).contains("即将到期");

        String filtered = page("/legal/officers?standing=EXPIRING_SOON&departmentId=" + dept.departmentId(), "legal_reviewer", status().isOk());
        assertThat(filtered).contains("cert-" + soon.id()).doesNotContain("cert-" + later.id()).doesNotContain("cert-" + gone.id());

        String supervisor = page("/legal/officers?departmentId=" + dept.departmentId(), "supervisor", status().isOk());
        assertThat(supervisor).contains("cert-" + soon.id()).doesNotContain("id=\"issue-certificate\"")
                .doesNotContain("/legal/certificates/" + soon.id() + "/edit");
    }

    @Test
    void aBadFilterIsShownBesideItsField() throws Exception {
        String html = page("/legal/officers?field=SPACE", "legal_reviewer", status().isOk());
        assertThat(tag(html, "f-field")).contains("is-invalid");
        assertThat(text(html, "field-error")).isEqualTo("格式不正确");
    }

    @Test
    void theIssueFormShowsErrorsBesideFieldsAndKeepsWhatWasTyped() throws Exception {
        Dept dept = fixture.department();
        long staff = fixture.staff(dept);
        String form = page("/legal/certificates/new?departmentId=" + dept.departmentId(), "legal_reviewer", status().isOk());
        assertThat(form).contains("value=\"" + staff + "\"");

        String html = mvc.perform(post("/legal/certificates/new").with(users.as("legal_reviewer")).with(csrf())
                        .param("staffId", String.valueOf(staff)).param("departmentId", String.valueOf(dept.departmentId()))
                        .param("number", "执法证").param("issuingAuthority", "江苏省人民政府").param("field", "HOUSING_CONSTRUCTION")
                        .param("validFrom", "2026-01-01").param("validUntil", "2025-01-01"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(tag(html, "number")).contains("is-invalid").contains("value=\"执法证\"");
        assertThat(text(html, "number-error")).isEqualTo("执法证号格式不正确，应如 苏执法证字第32108100101号");
        assertThat(text(html, "validUntil-error")).isEqualTo("有效期至不能早于有效期起");
        assertThat(tag(html, "validFrom")).contains("value=\"2026-01-01\"");
        assertThat(users.callAs("legal_reviewer", () -> register.officer(staff)).certificates()).isEmpty();

        String number = LegalFixture.number();
        mvc.perform(post("/legal/certificates/new").with(users.as("legal_reviewer")).with(csrf())
                        .param("staffId", String.valueOf(staff)).param("departmentId", String.valueOf(dept.departmentId()))
                        .param("number", number).param("issuingAuthority", "江苏省人民政府").param("field", "HOUSING_CONSTRUCTION")
                        .param("validFrom", "2026-01-01").param("validUntil", "2030-12-31"))
                .andExpect(redirectedUrlPattern("/legal/certificates/*"));
        assertThat(users.callAs("legal_reviewer", () -> register.officer(staff)).certificates())
                .extracting(CertificateView::number).containsExactly(number);

        // the same number again: 409, beside the number
        String again = mvc.perform(post("/legal/certificates/new").with(users.as("legal_reviewer")).with(csrf())
                        .param("staffId", String.valueOf(staff)).param("departmentId", String.valueOf(dept.departmentId()))
                        .param("number", number).param("issuingAuthority", "江苏省人民政府").param("field", "HOUSING_CONSTRUCTION")
                        .param("validFrom", "2026-01-01").param("validUntil", "2030-12-31"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(text(again, "number-error")).isEqualTo("执法证号 " + number + " 已登记");
    }

    @Test
    void statusActionsOnTheCertificatePage() throws Exception {
        Dept dept = fixture.department();
        CertificateView c = fixture.certificate(fixture.staff(dept), dept, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
        String url = "/legal/certificates/" + c.id();
        String html = page(url, "legal_reviewer", status().isOk());
        assertThat(html).contains("id=\"suspend-form\"", "id=\"revoke-form\"").doesNotContain("id=\"reinstate-form\"");

        String refused = mvc.perform(post(url + "/suspend").with(users.as("legal_reviewer")).with(csrf())
                        .param("version", String.valueOf(c.version())).param("reason", "暂扣"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(text(refused, "suspend-reason-error")).isEqualTo("理由至少 4 个字");
        assertThat(tag(refused, "suspend-reason")).contains("is-invalid");
        assertThat(tag(refused, "revoke-reason")).doesNotContain("is-invalid");

        mvc.perform(post(url + "/suspend").with(users.as("legal_reviewer")).with(csrf())
                        .param("version", String.valueOf(c.version())).param("reason", "涉嫌违纪暂扣"))
                .andExpect(redirectedUrlPattern("/legal/certificates/*"));
        String suspended = page(url, "legal_reviewer", status().isOk());
        assertThat(text(suspended, "certificate-status")).isEqualTo("暂扣");
        assertThat(suspended).contains("id=\"reinstate-form\"").doesNotContain("id=\"suspend-form\"");

        // a stale version on the page: 409 and the message beside the form
        String stale = mvc.perform(post(url + "/revoke").with(users.as("legal_reviewer")).with(csrf())
                        .param("version", String.valueOf(c.version())).param("reason", "调离执法岗位"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(text(stale, "revoke-version-error")).isEqualTo("数据已被他人修改，请刷新后重试");
    }

    @Test
    void theEditFormRefusesAStaleVersion() throws Exception {
        Dept dept = fixture.department();
        CertificateView c = fixture.certificate(fixture.staff(dept), dept, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
        users.runAs("legal_reviewer", () -> register.update(c.id(), c.version(), new CertificateInput(null, c.number(), "江苏省司法厅",
                c.field().name(), c.departmentId(), "2026-01-01", "2030-12-31")));
        String html = mvc.perform(post("/legal/certificates/" + c.id() + "/edit").with(users.as("legal_reviewer")).with(csrf())
                        .param("version", String.valueOf(c.version())).param("number", c.number()).param("issuingAuthority", "另一个机关")
                        .param("field", "HOUSING_CONSTRUCTION").param("departmentId", String.valueOf(dept.departmentId()))
                        .param("validFrom", "2026-01-01").param("validUntil", "2030-12-31"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(text(html, "version-error")).isEqualTo("数据已被他人修改，请刷新后重试");
        assertThat(users.callAs("legal_reviewer", () -> register.certificate(c.id())).issuingAuthority()).isEqualTo("江苏省司法厅");
    }

    @Test
    void theLegalReviewerIsToldHowManyCertificatesExpireSoon() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Dept dept = fixture.department();
        fixture.certificate(fixture.staff(dept), dept, today.minusYears(1), today.plusDays(5));
        int count = users.callAs("legal_reviewer", register::expiringSoonCount);
        assertThat(count).isPositive();
        String html = page("/workspace", "legal_reviewer", status().isOk());
        assertThat(html).contains("您负责的执法证中有 " + count + " 本将在 30 天内到期").contains("/legal/officers?standing=EXPIRING_SOON");
        assertThat(page("/workspace", "handler", status().isOk())).doesNotContain("天内到期");
        assertThat(page("/workspace", "supervisor", status().isOk())).doesNotContain("天内到期");
    }

    @Test
    void navigationOffersWhatEachRoleMayUse() throws Exception {
        assertThat(page("/workspace", "legal_reviewer", status().isOk())).contains("href=\"/legal/officers\"", "href=\"/legal/bodies\"");
        assertThat(page("/workspace", "handler", status().isOk())).contains("href=\"/legal/my-certificates\"")
                .doesNotContain("href=\"/legal/officers\"");
        assertThat(page("/workspace", "system_admin", status().isOk())).doesNotContain("href=\"/legal/");
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("href=\"/public/officers\"");
    }

    @Test
    void aHandlerSeesOwnCertificatesButNotAColleagues() throws Exception {
        String html = page("/legal/my-certificates", "handler", status().isOk());
        assertThat(html).contains("苏执法证字第32108100101号").doesNotContain("苏执法证字第32108100102号");
        long zhang = directory.staffNamed("张伟").get(0).id();
        long zhangsCertificate = users.callAs("supervisor", () -> register.officer(zhang)).certificates().get(0).id();
        String refused = page("/legal/certificates/" + zhangsCertificate, "handler", status().isForbidden());
        assertThat(text(refused, "refusal-reason")).isEqualTo("您无权查看该执法人员登记");
    }

    @Test
    void thePagesSpeakEnglishToo() throws Exception {
        String html = mvc.perform(get("/legal/officers").with(users.as("legal_reviewer")).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Enforcement officers and certificates", "Housing and construction");
    }

    @Test
    void bodiesAreRegisteredFromTheirPage() throws Exception {
        long department = users.callAs("system_admin",
                () -> organization.createDepartment(LegalFixture.COUNTY, LegalFixture.unique("页面测试局"), null, null).value().id());
        String form = page("/legal/bodies/new", "legal_reviewer", status().isOk());
        assertThat(form).contains("value=\"" + department + "\"");
        String refused = mvc.perform(post("/legal/bodies/new").with(users.as("legal_reviewer")).with(csrf())
                        .param("departmentId", String.valueOf(department)).param("legalBasis", "").param("scope", "范围"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(text(refused, "legalBasis-error")).isEqualTo("必填");
        mvc.perform(post("/legal/bodies/new").with(users.as("legal_reviewer")).with(csrf())
                        .param("departmentId", String.valueOf(department)).param("legalBasis", "《中华人民共和国行政处罚法》")
                        .param("scope", "本局职责范围内的行政处罚"))
                .andExpect(redirectedUrlPattern("/legal/bodies*"));
        assertThat(page("/legal/bodies", "legal_reviewer", status().isOk())).contains("《中华人民共和国行政处罚法》");
    }
}
