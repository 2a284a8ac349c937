package org.sunlight.legal.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.common.DemoDataLoader;
import org.sunlight.legal.CertificateStatus;
import org.sunlight.legal.EnforcementField;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.StaffView;

/**
 * The demo register: 仪征市住房和城乡建设局 and 仪征市市场监督管理局 as enforcement bodies, and
 * certificates that let casework show both outcomes of the two-officer rule:
 * 王晓明 and 刘海燕 valid through 2028 (a penalty case with both passes); 张伟's expired on 2026-06-30
 * (a case naming him is refused "expired"); 徐国平's suspended; 黄丽's expiring 20 days after the day the
 * demo was first loaded (the expiring-soon highlight and the reviewer's workspace notice); 马俊 and 陆志明 at
 * the market regulator. The other demo departments with penalty items (仪征市自然资源和规划局, 扬州市住房和城乡建设局,
 * 扬州市市场监督管理局, 高邮市住房和城乡建设局) are bodies with two valid officers each, so their demo cases can be
 * filed. Looked up by natural key (department; certificate number) and created only when missing; written
 * straight to the tables as the starting state (not in the audit trail), like the organisation's demo data.
 */
@Component
class LegalDemoData implements DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(LegalDemoData.class);
    private static final String COUNTY = "321081";
    private static final String JIANGSU = "江苏省人民政府";

    private final BodyStore bodies;
    private final CertificateStore certificates;
    private final OrganizationDirectory organization;
    private final Clock clock;
    private int created;

    LegalDemoData(BodyStore bodies, CertificateStore certificates, OrganizationDirectory organization, Clock clock) {
        this.bodies = bodies;
        this.certificates = certificates;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    public int order() {
        return LEGAL;
    }

    @Override
    @Transactional
    public void load() {
        created = 0;
        Instant now = clock.instant();
        Optional<Long> housing = body("仪征市住房和城乡建设局",
                "《中华人民共和国行政处罚法》《中华人民共和国城乡规划法》《建设工程质量管理条例》《物业管理条例》及仪征市人民政府"
                        + "关于仪征市住房和城乡建设局职能配置、内设机构和人员编制的规定",
                "住房和城乡建设领域的行政处罚、行政强制和监督检查：建筑市场、工程质量安全、房地产市场、物业管理、白蚁防治", now);
        Optional<Long> market = body("仪征市市场监督管理局",
                "《中华人民共和国行政处罚法》《市场监督管理行政处罚程序规定》及仪征市人民政府关于仪征市市场监督管理局职能配置的规定",
                "市场主体登记、产品质量、食品安全、价格、广告、知识产权等市场监管领域的行政处罚和行政强制", now);

        housing.ifPresent(body -> {
            certificate("王晓明", "苏执法证字第32108100101号", EnforcementField.HOUSING_CONSTRUCTION, body,
                    LocalDate.of(2023, 7, 1), LocalDate.of(2028, 6, 30), null, now);
            certificate("刘海燕", "苏执法证字第32108100102号", EnforcementField.HOUSING_CONSTRUCTION, body,
                    LocalDate.of(2023, 7, 1), LocalDate.of(2028, 6, 30), null, now);
            certificate("张伟", "苏执法证字第32108100103号", EnforcementField.HOUSING_CONSTRUCTION, body,
                    LocalDate.of(2021, 7, 1), LocalDate.of(2026, 6, 30), null, now);
            certificate("徐国平", "苏执法证字第32108100104号", EnforcementField.HOUSING_CONSTRUCTION, body,
                    LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31), "调查期间暂扣执法证", now);
            LocalDate today = LocalDate.now(clock);
            certificate("黄丽", "苏执法证字第32108100105号", EnforcementField.HOUSING_CONSTRUCTION, body,
                    today.minusYears(5).plusDays(21), today.plusDays(20), null, now);
        });
        market.ifPresent(body -> {
            certificate("马俊", "苏执法证字第32108100201号", EnforcementField.MARKET_REGULATION, body,
                    LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31), null, now);
            certificate("陆志明", "苏执法证字第32108100202号", EnforcementField.MARKET_REGULATION, body,
                    LocalDate.of(2022, 7, 1), LocalDate.of(2030, 6, 30), null, now);
        });
        // The other demo departments with penalty items, each with its two officers (organisation demo data).
        body("仪征市自然资源和规划局",
                "《中华人民共和国行政处罚法》《中华人民共和国土地管理法》《中华人民共和国城乡规划法》及仪征市人民政府关于仪征市"
                        + "自然资源和规划局职能配置的规定",
                "土地、矿产、测绘和城乡规划领域的行政处罚、行政强制和监督检查", now).ifPresent(body -> {
                    certificate("钱进", "苏执法证字第32108100301号", EnforcementField.NATURAL_RESOURCES, body,
                            LocalDate.of(2022, 7, 1), LocalDate.of(2030, 6, 30), null, now);
                    certificate("杨帆", "苏执法证字第32108100302号", EnforcementField.NATURAL_RESOURCES, body,
                            LocalDate.of(2022, 7, 1), LocalDate.of(2030, 6, 30), null, now);
                });
        body("321000", "扬州市住房和城乡建设局",
                "《中华人民共和国行政处罚法》《中华人民共和国建筑法》《建设工程质量管理条例》及扬州市人民政府关于扬州市住房和城乡"
                        + "建设局职能配置的规定",
                "住房和城乡建设领域的行政处罚、行政强制和监督检查", now).ifPresent(body -> {
                    certificate("何正", "苏执法证字第32100000101号", EnforcementField.HOUSING_CONSTRUCTION, body,
                            LocalDate.of(2022, 7, 1), LocalDate.of(2030, 6, 30), null, now);
                    certificate("沈玉兰", "苏执法证字第32100000102号", EnforcementField.HOUSING_CONSTRUCTION, body,
                            LocalDate.of(2022, 7, 1), LocalDate.of(2030, 6, 30), null, now);
                });
        body("321000", "扬州市市场监督管理局",
                "《中华人民共和国行政处罚法》《市场监督管理行政处罚程序规定》及扬州市人民政府关于扬州市市场监督管理局职能配置的规定",
                "市场监管领域的行政处罚和行政强制", now).ifPresent(body -> {
                    certificate("韩冰", "苏执法证字第32100000201号", EnforcementField.MARKET_REGULATION, body,
                            LocalDate.of(2022, 7, 1), LocalDate.of(2030, 6, 30), null, now);
                    certificate("吕静", "苏执法证字第32100000202号", EnforcementField.MARKET_REGULATION, body,
                            LocalDate.of(2022, 7, 1), LocalDate.of(2030, 6, 30), null, now);
                });
        body("321084", "高邮市住房和城乡建设局",
                "《中华人民共和国行政处罚法》《中华人民共和国建筑法》《物业管理条例》及高邮市人民政府关于高邮市住房和城乡建设局"
                        + "职能配置的规定",
                "住房和城乡建设领域的行政处罚、行政强制和监督检查", now).ifPresent(body -> {
                    certificate("胡军", "苏执法证字第32108400101号", EnforcementField.HOUSING_CONSTRUCTION, body,
                            LocalDate.of(2022, 7, 1), LocalDate.of(2030, 6, 30), null, now);
                    certificate("邵明", "苏执法证字第32108400102号", EnforcementField.HOUSING_CONSTRUCTION, body,
                            LocalDate.of(2022, 7, 1), LocalDate.of(2030, 6, 30), null, now);
                });
        if (created > 0) {
            log.info("Demo officer register: {} entries created", created);
        }
    }

    /** The body of the county department with this name, registered when missing. */
    private Optional<Long> body(String departmentName, String legalBasis, String scope, Instant now) {
        return body(COUNTY, departmentName, legalBasis, scope, now);
    }

    /** The body of the department with this name in this region, registered when missing. */
    private Optional<Long> body(String regionCode, String departmentName, String legalBasis, String scope, Instant now) {
        Optional<DepartmentView> department = organization.departmentsNamed(departmentName).stream()
                .filter(d -> regionCode.equals(d.regionCode())).findFirst();
        if (department.isEmpty()) {
            log.warn("Demo department {} missing: no enforcement body registered for it", departmentName);
            return Optional.empty();
        }
        long departmentId = department.get().id();
        return Optional.of(bodies.ofDepartment(departmentId).map(BodyStore.BodyRow::id).orElseGet(() -> {
            created++;
            return bodies.insert(departmentId, legalBasis, scope, now);
        }));
    }

    private void certificate(String staffName, String number, EnforcementField field, long bodyId, LocalDate from, LocalDate until,
            String suspension, Instant now) {
        Optional<StaffView> staff = organization.staffNamed(staffName).stream().findFirst();
        String normal = CertificateNumbers.normalise(number);
        if (staff.isEmpty() || certificates.numberTaken(normal, null)) {
            return;
        }
        long id = certificates.insert(staff.get().id(), normal, JIANGSU, field, bodyId, from, until, now);
        if (suspension != null) {
            certificates.setStatus(id, 0, CertificateStatus.SUSPENDED, suspension, now);
        }
        created++;
    }
}
