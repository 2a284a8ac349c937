package org.sunlight.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.sunlight.IntegrationTest;
import org.sunlight.TestUsers;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.InvalidInputException;
import org.sunlight.legal.LegalFixture.Dept;
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationDirectory;

/**
 * {@link EnforcementOfficers#checkOfficers} against the real register: the validity rules as a table (one
 * fresh officer per row, certificate valid 2026-01-01 through 2026-12-31), the two-officer rule, and the
 * demo data casework demonstrates with.
 */
@IntegrationTest
class OfficerCheckTests {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);

    @Autowired
    EnforcementOfficers officers;
    @Autowired
    OfficerRegister register;
    @Autowired
    OrganizationAdmin organization;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    TestUsers users;
    @Autowired
    MessageSource messages;

    LegalFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new LegalFixture(organization, register, users);
    }

    /** Who is asked about for which department. */
    record Asked(long staffId, long departmentId) {
    }

    /** What a row sets up; by default the person is asked about for the row's department. */
    interface Setup extends Function<Ctx, Asked> {
    }

    record Ctx(LegalFixture fixture, Dept dept, OfficerRegister register, OrganizationAdmin organization, TestUsers users) {
        long certifiedStaff() {
            long staff = fixture.staff(dept);
            fixture.certificate(staff, dept, FROM, UNTIL);
            return staff;
        }

        Asked ask(long staffId) {
            return new Asked(staffId, dept.departmentId());
        }
    }

    static Stream<Arguments> rules() {
        Setup plain = c -> c.ask(c.certifiedStaff());
        Setup suspended = c -> {
            long staff = c.fixture().staff(c.dept());
            CertificateView cert = c.fixture().certificate(staff, c.dept(), FROM, UNTIL);
            c.users().runAs("legal_reviewer", () -> c.register().suspend(cert.id(), cert.version(), "涉嫌违纪暂扣"));
            return c.ask(staff);
        };
        Setup reinstated = c -> {
            long staff = c.fixture().staff(c.dept());
            CertificateView cert = c.fixture().certificate(staff, c.dept(), FROM, UNTIL);
            CertificateView s = c.users().callAs("legal_reviewer", () -> c.register().suspend(cert.id(), cert.version(), "涉嫌违纪暂扣"));
            c.users().runAs("legal_reviewer", () -> c.register().reinstate(s.id(), s.version(), "调查结束恢复"));
            return c.ask(staff);
        };
        Setup revoked = c -> {
            long staff = c.fixture().staff(c.dept());
            CertificateView cert = c.fixture().certificate(staff, c.dept(), FROM, UNTIL);
            c.users().runAs("legal_reviewer", () -> c.register().revoke(cert.id(), cert.version(), "调离执法岗位"));
            return c.ask(staff);
        };
        Setup otherDepartment = c -> {
            Dept other = c.fixture().department();
            long staff = c.fixture().staff(c.dept());
            c.fixture().certificate(staff, other, FROM, UNTIL);
            return c.ask(staff);
        };
        Setup bodyDeactivated = c -> {
            Dept own = c.fixture().department();
            long staff = c.fixture().staff(own);
            c.fixture().certificate(staff, own, FROM, UNTIL);
            c.users().runAs("legal_reviewer", () -> c.register().deactivateBody(own.body().id(), own.body().version()));
            return new Asked(staff, own.departmentId());
        };
        Setup staffDeactivated = c -> {
            long staff = c.certifiedStaff();
            c.users().runAs("system_admin", () -> c.organization().deactivateStaff(staff));
            return c.ask(staff);
        };
        Setup noCertificate = c -> c.ask(c.fixture().staff(c.dept()));
        Setup unknown = c -> c.ask(987_654_321L);
        return Stream.of(
                Arguments.of("the day before valid-from", plain, LocalDate.of(2025, 12, 31), false, OfficerProblem.NOT_YET_VALID),
                Arguments.of("the first day", plain, FROM, true, null),
                Arguments.of("the last day", plain, UNTIL, true, null),
                Arguments.of("the day after valid-until", plain, LocalDate.of(2027, 1, 1), false, OfficerProblem.EXPIRED),
                Arguments.of("suspended", suspended, LocalDate.of(2026, 6, 1), false, OfficerProblem.SUSPENDED),
                Arguments.of("suspended, then reinstated", reinstated, LocalDate.of(2026, 6, 1), true, null),
                Arguments.of("revoked", revoked, LocalDate.of(2026, 6, 1), false, OfficerProblem.REVOKED),
                Arguments.of("another department's body", otherDepartment, LocalDate.of(2026, 6, 1), false, OfficerProblem.WRONG_DEPARTMENT),
                Arguments.of("the body deactivated", bodyDeactivated, LocalDate.of(2026, 6, 1), false, OfficerProblem.CERTIFICATE_BODY_INACTIVE),
                Arguments.of("the person deactivated", staffDeactivated, LocalDate.of(2026, 6, 1), false, OfficerProblem.STAFF_INACTIVE),
                Arguments.of("no certificate", noCertificate, LocalDate.of(2026, 6, 1), false, OfficerProblem.NO_CERTIFICATE),
                Arguments.of("no such person", unknown, LocalDate.of(2026, 6, 1), false, OfficerProblem.STAFF_NOT_FOUND));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theValidityRules(String name, Setup setup, LocalDate on, boolean certified, OfficerProblem problem) {
        Dept dept = fixture.department();
        Asked asked = setup.apply(new Ctx(fixture, dept, register, organization, users));
        long staffId = asked.staffId();
        long departmentId = asked.departmentId();
        OfficerCheck check = officers.checkOfficers(List.of(staffId), departmentId, on);
        OfficerVerdict verdict = check.verdicts().get(0);
        assertThat(verdict.certified()).as(name).isEqualTo(certified);
        assertThat(officers.isCertifiedFor(staffId, departmentId, null, on)).isEqualTo(certified);
        if (problem == null) {
            assertThat(verdict.reasons()).isEmpty();
            assertThat(verdict.qualifying()).hasSize(1);
        } else {
            assertThat(verdict.reasons()).extracting(OfficerReason::problem).containsExactly(problem);
        }
    }

    @Test
    void aPenaltyNeedsTwoCertifiedOfficersAndTheRefusalSaysWhy() {
        Dept dept = fixture.department();
        long a = fixture.staff(dept);
        long b = fixture.staff(dept);
        fixture.certificate(a, dept, FROM, UNTIL);
        fixture.certificate(b, dept, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31));
        LocalDate on = LocalDate.of(2026, 3, 1);

        OfficerCheck twoNamedOneValid = officers.checkOfficers(List.of(a, b), dept.departmentId(), on);
        assertThat(twoNamedOneValid.passes(OfficerCheck.PENALTY_MINIMUM)).isFalse();
        assertThat(twoNamedOneValid.certifiedStaffIds()).containsExactly(a);
        assertThatThrownBy(() -> twoNamedOneValid.requireAtLeast(OfficerCheck.PENALTY_MINIMUM, "officerIds"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(FieldProblem::field).containsOnly("officerIds");
                    assertThat(e.problems()).extracting(p -> messages.getMessage(p.code(), p.args(), Locale.SIMPLIFIED_CHINESE))
                            .anySatisfy(m -> assertThat(m).contains("有效期至 2025-12-31，已过期"))
                            .anySatisfy(m -> assertThat(m).isEqualTo("至少需要 2 名持有效执法证的执法人员，现有 1 名"));
                });

        long c = fixture.staff(dept);
        fixture.certificate(c, dept, FROM, UNTIL);
        OfficerCheck two = officers.checkOfficers(List.of(a, c), dept.departmentId(), on);
        assertThat(two.passes(OfficerCheck.PENALTY_MINIMUM)).isTrue();
        two.requireAtLeast(OfficerCheck.PENALTY_MINIMUM, "officerIds"); // does not throw

        OfficerCheck sameTwice = officers.checkOfficers(List.of(a, a), dept.departmentId(), on);
        assertThat(sameTwice.passes(OfficerCheck.PENALTY_MINIMUM)).isFalse();
        assertThat(sameTwice.generalReasons()).extracting(OfficerReason::problem).containsExactly(OfficerProblem.DUPLICATE);
        assertThat(sameTwice.verdicts()).hasSize(1);
    }

    @Test
    void aDepartmentThatIsNotAnEnforcementBodyQualifiesNobody() {
        Dept dept = fixture.department();
        long a = fixture.staff(dept);
        fixture.certificate(a, dept, FROM, UNTIL);
        long plain = users.callAs("system_admin",
                () -> organization.createDepartment(LegalFixture.COUNTY, LegalFixture.unique("非执法局"), null, null).value().id());
        OfficerCheck check = officers.checkOfficers(List.of(a), plain, LocalDate.of(2026, 3, 1));
        assertThat(check.generalReasons()).extracting(OfficerReason::problem).containsExactly(OfficerProblem.NOT_A_BODY);
        assertThat(check.verdicts().get(0).reasons()).extracting(OfficerReason::problem).containsExactly(OfficerProblem.WRONG_DEPARTMENT);
        assertThat(check.allCertified()).isFalse();
    }

    @Test
    void theFieldIsCheckedWhenAsked() {
        Dept dept = fixture.department();
        long a = fixture.staff(dept);
        fixture.certificate(a, dept, FROM, UNTIL);
        LocalDate on = LocalDate.of(2026, 3, 1);
        assertThat(officers.isCertifiedFor(a, dept.departmentId(), EnforcementField.HOUSING_CONSTRUCTION, on)).isTrue();
        assertThat(officers.isCertifiedFor(a, dept.departmentId(), EnforcementField.MARKET_REGULATION, on)).isFalse();
        assertThat(officers.checkOfficers(List.of(a), dept.departmentId(), EnforcementField.MARKET_REGULATION, on).reasons())
                .extracting(OfficerReason::problem).containsExactly(OfficerProblem.WRONG_FIELD);
        assertThat(officers.validCertificates(a, on)).hasSize(1);
        assertThat(officers.validCertificates(a, LocalDate.of(2027, 1, 1))).isEmpty();
    }

    @Test
    void theDemoOfficersOfTheHousingBureau() {
        long bureau = directory.departmentsNamed("仪征市住房和城乡建设局").get(0).id();
        long wang = directory.staffNamed("王晓明").get(0).id();
        long liu = directory.staffNamed("刘海燕").get(0).id();
        long zhang = directory.staffNamed("张伟").get(0).id();
        LocalDate day = LocalDate.of(2026, 11, 2);
        assertThat(officers.checkOfficers(List.of(wang, liu), bureau, day).passes(OfficerCheck.PENALTY_MINIMUM)).isTrue();
        OfficerCheck withZhang = officers.checkOfficers(List.of(wang, zhang), bureau, day);
        assertThat(withZhang.passes(OfficerCheck.PENALTY_MINIMUM)).isFalse();
        assertThat(withZhang.reasons()).singleElement().satisfies(r -> {
            assertThat(r.problem()).isEqualTo(OfficerProblem.EXPIRED);
            assertThat(r.message(messages, Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("张伟 的执法证 苏执法证字第32108100103号 有效期至 2026-06-30，已过期");
            assertThat(r.message(messages, Locale.ENGLISH))
                    .isEqualTo("Certificate 苏执法证字第32108100103号 of 张伟 expired: it was valid until 2026-06-30");
        });
        assertThat(officers.isCertifiedFor(wang, bureau, EnforcementField.HOUSING_CONSTRUCTION, LocalDate.of(2028, 6, 30))).isTrue();
        assertThat(officers.isCertifiedFor(wang, bureau, EnforcementField.HOUSING_CONSTRUCTION, LocalDate.of(2028, 7, 1))).isFalse();
    }
}
