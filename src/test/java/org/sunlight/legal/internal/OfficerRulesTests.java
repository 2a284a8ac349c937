package org.sunlight.legal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sunlight.legal.CertificateStatus;
import org.sunlight.legal.CertificateView;
import org.sunlight.legal.EnforcementField;
import org.sunlight.legal.OfficerProblem;
import org.sunlight.legal.OfficerReason;
import org.sunlight.legal.OfficerVerdict;
import org.sunlight.legal.Standing;
import org.sunlight.legal.internal.OfficerRules.Person;

/** The officer rules as a table, the standing of a certificate as a table, and the rule as a property. */
class OfficerRulesTests {

    static final long DEPT = 10;
    static final long OTHER_DEPT = 20;
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);
    static final Person ACTIVE_PERSON = new Person(1, "王晓明", true);

    static CertificateView cert(CertificateStatus status, long dept, EnforcementField field, boolean bodyActive) {
        return new CertificateView(1, 1, "王晓明", "苏执法证字第32108100101号", "江苏省人民政府", field, 5, dept, "测试局", bodyActive,
                FROM, UNTIL, status, status == CertificateStatus.ACTIVE ? null : "理由写清楚", 0);
    }

    static CertificateView valid() {
        return cert(CertificateStatus.ACTIVE, DEPT, EnforcementField.HOUSING_CONSTRUCTION, true);
    }

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("the day before valid-from", valid(), LocalDate.of(2025, 12, 31), null, List.of(OfficerProblem.NOT_YET_VALID)),
                Arguments.of("the first day", valid(), FROM, null, List.of()),
                Arguments.of("the last day", valid(), UNTIL, null, List.of()),
                Arguments.of("the day after valid-until", valid(), LocalDate.of(2027, 1, 1), null, List.of(OfficerProblem.EXPIRED)),
                Arguments.of("suspended", cert(CertificateStatus.SUSPENDED, DEPT, EnforcementField.HOUSING_CONSTRUCTION, true),
                        LocalDate.of(2026, 6, 1), null, List.of(OfficerProblem.SUSPENDED)),
                Arguments.of("suspended and expired", cert(CertificateStatus.SUSPENDED, DEPT, EnforcementField.HOUSING_CONSTRUCTION, true),
                        LocalDate.of(2027, 6, 1), null, List.of(OfficerProblem.SUSPENDED, OfficerProblem.EXPIRED)),
                Arguments.of("revoked (nothing else is said)", cert(CertificateStatus.REVOKED, OTHER_DEPT, EnforcementField.TRANSPORT, false),
                        LocalDate.of(2027, 6, 1), EnforcementField.HOUSING_CONSTRUCTION, List.of(OfficerProblem.REVOKED)),
                Arguments.of("another department's body", cert(CertificateStatus.ACTIVE, OTHER_DEPT, EnforcementField.HOUSING_CONSTRUCTION, true),
                        LocalDate.of(2026, 6, 1), null, List.of(OfficerProblem.WRONG_DEPARTMENT)),
                Arguments.of("another field", valid(), LocalDate.of(2026, 6, 1), EnforcementField.MARKET_REGULATION,
                        List.of(OfficerProblem.WRONG_FIELD)),
                Arguments.of("the asked field", valid(), LocalDate.of(2026, 6, 1), EnforcementField.HOUSING_CONSTRUCTION, List.of()),
                Arguments.of("its body deactivated", cert(CertificateStatus.ACTIVE, DEPT, EnforcementField.HOUSING_CONSTRUCTION, false),
                        LocalDate.of(2026, 6, 1), null, List.of(OfficerProblem.CERTIFICATE_BODY_INACTIVE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void aCertificateCoversTheDepartmentOnlyWhenNothingIsWrong(String name, CertificateView c, LocalDate on, EnforcementField field,
            List<OfficerProblem> expected) {
        List<OfficerReason> reasons = OfficerRules.problemsOf(c, "王晓明", DEPT, "测试局", field, on);
        assertThat(reasons).extracting(OfficerReason::problem).containsExactlyElementsOf(expected);
        OfficerVerdict verdict = OfficerRules.verdict(1, ACTIVE_PERSON, List.of(c), DEPT, "测试局", field, on);
        assertThat(verdict.certified()).isEqualTo(expected.isEmpty());
        assertThat(verdict.reasons()).extracting(OfficerReason::problem).containsExactlyElementsOf(expected);
    }

    @Test
    void reasonsCarryTheOfficerTheNumberAndTheDate() {
        OfficerReason expired = OfficerRules.problemsOf(valid(), "王晓明", DEPT, "测试局", null, LocalDate.of(2027, 1, 1)).get(0);
        assertThat(expired.messageKey()).isEqualTo("legal.check.expired");
        assertThat(expired.certificateNumber()).isEqualTo("苏执法证字第32108100101号");
        assertThat(expired.args()).containsExactly("王晓明", "苏执法证字第32108100101号", "2026-12-31");
        OfficerReason wrong = OfficerRules.problemsOf(cert(CertificateStatus.ACTIVE, OTHER_DEPT, EnforcementField.HOUSING_CONSTRUCTION, true),
                "王晓明", DEPT, "本局", null, FROM).get(0);
        assertThat(wrong.args()).containsExactly("王晓明", "苏执法证字第32108100101号", "测试局", "本局");
    }

    @Test
    void aPersonWhoIsMissingInactiveOrUncertifiedIsRefusedForThatReason() {
        assertThat(OfficerRules.verdict(9, null, List.of(valid()), DEPT, "测试局", null, FROM).reasons())
                .extracting(OfficerReason::problem).containsExactly(OfficerProblem.STAFF_NOT_FOUND);
        assertThat(OfficerRules.verdict(1, new Person(1, "王晓明", false), List.of(valid()), DEPT, "测试局", null, FROM).reasons())
                .extracting(OfficerReason::problem).containsExactly(OfficerProblem.STAFF_INACTIVE);
        assertThat(OfficerRules.verdict(1, ACTIVE_PERSON, List.of(), DEPT, "测试局", null, FROM).reasons())
                .extracting(OfficerReason::problem).containsExactly(OfficerProblem.NO_CERTIFICATE);
    }

    @Test
    void oneGoodCertificateIsEnoughAndTheBadOnesAreThenNotHeldAgainstTheOfficer() {
        CertificateView expired = new CertificateView(2, 1, "王晓明", "苏执法证字第32108100999号", "江苏省人民政府",
                EnforcementField.HOUSING_CONSTRUCTION, 5, DEPT, "测试局", true, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31),
                CertificateStatus.ACTIVE, null, 0);
        OfficerVerdict v = OfficerRules.verdict(1, ACTIVE_PERSON, List.of(expired, valid()), DEPT, "测试局", null, FROM);
        assertThat(v.certified()).isTrue();
        assertThat(v.reasons()).isEmpty();
        assertThat(v.qualifying()).extracting(CertificateView::id).containsExactly(1L);
    }

    @Test
    void standingFollowsStatusThenDates() {
        CertificateView c = valid();
        assertThat(c.standing(LocalDate.of(2025, 12, 31))).isEqualTo(Standing.NOT_YET_VALID);
        assertThat(c.standing(LocalDate.of(2026, 11, 30))).isEqualTo(Standing.VALID); // 31 days before the last day
        assertThat(c.standing(LocalDate.of(2026, 12, 1))).isEqualTo(Standing.EXPIRING_SOON); // 30 days before
        assertThat(c.standing(UNTIL)).isEqualTo(Standing.EXPIRING_SOON);
        assertThat(c.standing(LocalDate.of(2027, 1, 1))).isEqualTo(Standing.EXPIRED);
        CertificateView suspended = cert(CertificateStatus.SUSPENDED, DEPT, EnforcementField.HOUSING_CONSTRUCTION, true);
        assertThat(suspended.standing(LocalDate.of(2026, 6, 1))).isEqualTo(Standing.SUSPENDED);
        assertThat(suspended.standing(LocalDate.of(2027, 6, 1))).isEqualTo(Standing.EXPIRED);
        CertificateView revoked = cert(CertificateStatus.REVOKED, DEPT, EnforcementField.HOUSING_CONSTRUCTION, true);
        assertThat(revoked.standing(LocalDate.of(2026, 6, 1))).isEqualTo(Standing.REVOKED);
        assertThat(revoked.validOn(LocalDate.of(2026, 6, 1))).isFalse();
        assertThat(c.validOn(FROM)).isTrue();
        assertThat(cert(CertificateStatus.ACTIVE, DEPT, EnforcementField.HOUSING_CONSTRUCTION, false).validOn(FROM)).isFalse();
    }

    /**
     * The property, over many seeded-random registers: an officer is certified exactly when some certificate
     * is active, has an active body, is for the department (and field, if asked) and its dates enclose the day;
     * and a refused officer always gets at least one reason.
     */
    @Test
    void certifiedExactlyWhenSomeCertificateSatisfiesEveryCondition() {
        Random random = new Random(20261102L);
        EnforcementField[] fields = {EnforcementField.HOUSING_CONSTRUCTION, EnforcementField.MARKET_REGULATION};
        CertificateStatus[] statuses = CertificateStatus.values();
        for (int run = 0; run < 5_000; run++) {
            LocalDate base = LocalDate.of(2024, 1, 1);
            List<CertificateView> certs = new ArrayList<>();
            int n = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                LocalDate from = base.plusDays(random.nextInt(1500));
                LocalDate until = from.plusDays(random.nextInt(1500));
                certs.add(new CertificateView(i, 1, "甲", "N" + (100000 + i), "机关", fields[random.nextInt(2)], i,
                        random.nextBoolean() ? DEPT : OTHER_DEPT, "局", random.nextInt(5) > 0, from, until,
                        statuses[random.nextInt(statuses.length)], null, 0));
            }
            LocalDate on = base.plusDays(random.nextInt(3000));
            EnforcementField asked = random.nextBoolean() ? null : fields[random.nextInt(2)];
            boolean expected = certs.stream().anyMatch(c -> c.status() == CertificateStatus.ACTIVE && c.bodyActive()
                    && c.departmentId() == DEPT && (asked == null || c.field() == asked)
                    && !on.isBefore(c.validFrom()) && !on.isAfter(c.validUntil()));
            OfficerVerdict v = OfficerRules.verdict(1, new Person(1, "甲", true), certs, DEPT, "局", asked, on);
            String input = "run " + run + ": on " + on + ", field " + asked + ", certificates " + certs;
            assertThat(v.certified()).as(input).isEqualTo(expected);
            assertThat(v.reasons().isEmpty()).as(input).isEqualTo(expected);
            assertThat(v.qualifying().stream().allMatch(c -> c.validOn(on))).as(input).isTrue();
        }
    }
}
