package org.sunlight.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sunlight.IntegrationTest;
import org.sunlight.TestUsers;
import org.sunlight.legal.LegalFixture.Dept;
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationDirectory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 执法人员信息公示: anyone sees the officers holding a valid certificate — name, body, number, field,
 * validity — and nothing else: no staff id, no reason for a suspension, no one whose certificate is not valid.
 */
@IntegrationTest
class PublicOfficersTests {

    /** Exactly what a public line may hold. */
    static final Set<String> PUBLIC_KEYS = Set.of("name", "departmentId", "department", "certificateNumber", "field", "fieldName",
            "validFrom", "validUntil");

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    OrganizationAdmin organization;
    @Autowired
    OfficerRegister register;
    @Autowired
    TestUsers users;

    JsonNode list(String department) throws Exception {
        var request = get("/api/v1/public/officers");
        if (department != null) {
            request.param("department", department);
        }
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(body);
    }

    @Test
    void anyoneSeesTheValidOfficersOfABodyAndNothingPersonal() throws Exception {
        long bureau = directory.departmentsNamed("仪征市住房和城乡建设局").get(0).id();
        JsonNode answer = list(String.valueOf(bureau));
        Set<String> numbers = new HashSet<>();
        for (JsonNode officer : answer.get("officers")) {
            Set<String> keys = new HashSet<>(officer.propertyNames());
            assertThat(keys).as("public keys of %s", officer).isEqualTo(PUBLIC_KEYS);
            assertThat(officer.get("departmentId").asLong()).isEqualTo(bureau);
            numbers.add(officer.get("certificateNumber").asString());
        }
        assertThat(numbers).contains("苏执法证字第32108100101号", "苏执法证字第32108100102号")
                .doesNotContain("苏执法证字第32108100103号") // 张伟: expired 2026-06-30
                .doesNotContain("苏执法证字第32108100104号"); // 徐国平: suspended
        String text = answer.toString();
        assertThat(text).doesNotContain("staffId").doesNotContain("调查期间").doesNotContain("13800000000").doesNotContain("version");
        assertThat(answer.get("count").asInt()).isEqualTo(answer.get("officers").size());
    }

    @Test
    void withoutADepartmentEveryBodyIsListed() throws Exception {
        Set<String> departments = new HashSet<>();
        list(null).get("officers").forEach(o -> departments.add(o.get("department").asString()));
        assertThat(departments).contains("仪征市住房和城乡建设局", "仪征市市场监督管理局");
    }

    @Test
    void aRevokedCertificateLeavesThePublicList() throws Exception {
        LegalFixture fixture = new LegalFixture(organization, register, users);
        Dept dept = fixture.department();
        long staff = fixture.staff(dept);
        CertificateView c = fixture.certificate(staff, dept, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
        assertThat(numbers(list(String.valueOf(dept.departmentId())))).containsExactly(c.number());
        users.runAs("legal_reviewer", () -> register.revoke(c.id(), c.version(), "调离执法岗位"));
        assertThat(numbers(list(String.valueOf(dept.departmentId())))).isEmpty();
    }

    @Test
    void thePublicPageShowsTheSameAndNoReasons() throws Exception {
        long bureau = directory.departmentsNamed("仪征市住房和城乡建设局").get(0).id();
        String html = mvc.perform(get("/public/officers").param("department", String.valueOf(bureau)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("执法人员信息公示", "王晓明", "苏执法证字第32108100101号", "住房城乡建设", "2028-06-30")
                .doesNotContain("苏执法证字第32108100103号").doesNotContain("调查期间暂扣执法证").doesNotContain("徐国平");
        mvc.perform(get("/public/officers").param("department", "not-a-number")).andExpect(status().isOk());
    }

    private static List<String> numbers(JsonNode answer) {
        return answer.get("officers").valueStream().map(o -> o.get("certificateNumber").asString()).toList();
    }
}
