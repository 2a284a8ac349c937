package org.sunlight.legal;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.sunlight.TestUsers;
import org.sunlight.organization.OrganizationAdmin;

/**
 * Fresh, uniquely named register data for tests sharing one database with the demo data and each other:
 * a new department of 仪征市 (the demo legal reviewer's county) registered as an enforcement body, staff
 * in it, and certificates issued by the demo legal reviewer through the real service.
 */
final class LegalFixture {

    static final String COUNTY = "321081";
    private static final AtomicInteger SEQ = new AtomicInteger(1);

    private final OrganizationAdmin organization;
    private final OfficerRegister register;
    private final TestUsers users;

    LegalFixture(OrganizationAdmin organization, OfficerRegister register, TestUsers users) {
        this.organization = organization;
        this.register = register;
        this.users = users;
    }

    record Dept(long departmentId, long unitId, EnforcementBodyView body) {
    }

    static String unique(String base) {
        return base + SEQ.getAndIncrement();
    }

    /** A unique certificate number in the Jiangsu form. */
    static String number() {
        return "苏执法证字第" + (32108190000L + SEQ.getAndIncrement()) + "号";
    }

    /** A new department of 仪征市 with one unit, registered as an enforcement body. */
    Dept department() {
        return department(COUNTY, "legal_reviewer");
    }

    Dept department(String region, String reviewer) {
        long department = users.callAs("system_admin",
                () -> organization.createDepartment(region, unique("法制测试局"), "法测", null).value().id());
        long unit = users.callAs("system_admin", () -> organization.createUnit(department, "执法科").value().id());
        EnforcementBodyView body = users.callAs(reviewer, () -> register.registerBody(
                new BodyInput(department, "《中华人民共和国行政处罚法》及本局三定规定", "本局职责范围内的行政处罚")));
        return new Dept(department, unit, body);
    }

    long staff(Dept d) {
        return users.callAs("system_admin", () -> organization.createStaff(unique("执法员"), d.unitId()).value().id());
    }

    CertificateView certificate(long staffId, Dept d, LocalDate from, LocalDate until) {
        return certificate(staffId, d, from, until, "legal_reviewer");
    }

    CertificateView certificate(long staffId, Dept d, LocalDate from, LocalDate until, String reviewer) {
        return users.callAs(reviewer, () -> register.issue(new CertificateInput(staffId, number(), "江苏省人民政府",
                EnforcementField.HOUSING_CONSTRUCTION.name(), d.departmentId(), from.toString(), until.toString())));
    }
}
