package org.sunlight.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;
import org.sunlight.common.DemoDataLoader;
import org.sunlight.identity.AccountKind;
import org.sunlight.identity.Grant;
import org.sunlight.identity.Role;
import org.sunlight.identity.ScopeKind;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.StaffView;

/**
 * The embedded demo's accounts: one per role, username = role name, password {@value #PASSWORD}, no
 * forced change. Mapped by name to the organisation module's demo staff. Never loaded unless demo
 * mode is on (embedded database, or SUNLIGHT_DEMO=true).
 */
@Component
class DemoAccounts implements DemoDataLoader {

    static final String PASSWORD = "Sunlight@2026";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** username, staff name, role, scope kind, scope: "unit", "department" or a region code. */
    private record Demo(String username, String staffName, Role role, ScopeKind kind, String scope) {
    }

    private static final List<Demo> DEMO = List.of(
            new Demo("handler", "王晓明", Role.HANDLER, ScopeKind.UNIT, "unit"),
            new Demo("handler2", "刘海燕", Role.HANDLER, ScopeKind.UNIT, "unit"),
            new Demo("unit_head", "李建国", Role.UNIT_HEAD, ScopeKind.UNIT, "unit"),
            new Demo("wg_handler", "张伟", Role.HANDLER, ScopeKind.UNIT, "unit"),
            new Demo("wg_reviewer", "黄丽", Role.HANDLER, ScopeKind.UNIT, "unit"),
            new Demo("wg_head", "徐国平", Role.UNIT_HEAD, ScopeKind.UNIT, "unit"),
            new Demo("leader", "赵志强", Role.LEADER, ScopeKind.DEPARTMENT, "department"),
            new Demo("catalog_clerk", "陈静", Role.CATALOG_CLERK, ScopeKind.DEPARTMENT, "department"),
            new Demo("legal_reviewer", "孙立法", Role.LEGAL_REVIEWER, ScopeKind.REGION, "321081"),
            new Demo("supervisor", "周清廉", Role.SUPERVISOR, ScopeKind.REGION, "321000"),
            new Demo("system_admin", "吴系统", Role.SYSTEM_ADMIN, ScopeKind.REGION, "321000"),
            new Demo("security_admin", "郑安全", Role.SECURITY_ADMIN, ScopeKind.REGION, "321000"),
            new Demo("audit_admin", "钱审计", Role.AUDIT_ADMIN, ScopeKind.REGION, "321000"),
            // The crews of the other demo departments (organisation demo data), who work their demo cases:
            // sj_ 仪征市市场监督管理局, zr_ 仪征市自然资源和规划局, yz_ 扬州市住房和城乡建设局,
            // ys_ 扬州市市场监督管理局, gy_ 高邮市住房和城乡建设局.
            new Demo("sj_handler", "马俊", Role.HANDLER, ScopeKind.UNIT, "unit"),
            new Demo("sj_officer", "陆志明", Role.HANDLER, ScopeKind.UNIT, "unit"),
            new Demo("sj_reviewer", "林芳", Role.HANDLER, ScopeKind.UNIT, "unit"),
            new Demo("sj_head", "顾建华", Role.UNIT_HEAD, ScopeKind.UNIT, "unit"),
            new Demo("sj_leader", "蒋文斌", Role.LEADER, ScopeKind.DEPARTMENT, "department"),
            new Demo("zr_officer", "钱进", Role.HANDLER, ScopeKind.UNIT, "unit"),
            new Demo("zr_officer2", "杨帆", Role.HANDLER, ScopeKind.UNIT, "unit"),
            new Demo("zr_head", "曹志刚", Role.UNIT_HEAD, ScopeKind.UNIT, "unit"),
            new Demo("zr_leader", "许文华", Role.LEADER, ScopeKind.DEPARTMENT, "department"),
            new Demo("yz_officer", "何正", Role.HANDLER, ScopeKind.UNIT, "unit"),
            new Demo("yz_officer2", "沈玉兰", Role.HANDLER, ScopeKind.UNIT, "unit"),
            new Demo("yz_head", "魏东升", Role.UNIT_HEAD, ScopeKind.UNIT, "unit"),
            new Demo("yz_leader", "袁成", Role.LEADER, ScopeKind.DEPARTMENT, "department"),
            new Demo("ys_officer", "韩冰", Role.HANDLER, ScopeKind.UNIT, "unit"),
            new Demo("ys_officer2", "吕静", Role.HANDLER, ScopeKind.UNIT, "unit"),
            new Demo("ys_head", "贾文", Role.UNIT_HEAD, ScopeKind.UNIT, "unit"),
            new Demo("ys_leader", "丁海", Role.LEADER, ScopeKind.DEPARTMENT, "department"),
            new Demo("gy_officer", "胡军", Role.HANDLER, ScopeKind.UNIT, "unit"),
            new Demo("gy_officer2", "邵明", Role.HANDLER, ScopeKind.UNIT, "unit"),
            new Demo("gy_head", "潘永", Role.UNIT_HEAD, ScopeKind.UNIT, "unit"),
            new Demo("gy_leader", "任志远", Role.LEADER, ScopeKind.DEPARTMENT, "department"));

    private final AccountStore accounts;
    private final OrganizationDirectory organization;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    DemoAccounts(AccountStore accounts, OrganizationDirectory organization, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.organization = organization;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public int order() {
        return IDENTITY;
    }

    @Override
    @Transactional
    public void load() {
        Instant now = clock.instant();
        String hash = encoder.encode(PASSWORD);
        for (Demo d : DEMO) {
            if (accounts.findByUsername(d.username()).isPresent()) {
                continue;
            }
            StaffView staff = organization.staffNamed(d.staffName()).stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("demo staff missing: " + d.staffName()));
            long id = accounts.insert(d.username(), hash, AccountKind.STAFF, staff.id(), staff.name(), null, false, now, "demo");
            String ref = switch (d.scope()) {
                case "unit" -> String.valueOf(staff.unitId());
                case "department" -> String.valueOf(staff.departmentId());
                default -> d.scope();
            };
            accounts.insertGrant(id, new Grant(0, d.role(), d.kind(), ref), now, "demo");
            audit.record(AuditEntry.of("account.create", "account", id).after("{\"username\":\"" + d.username() + "\",\"demo\":true}").by("demo", null));
        }
        if (accounts.findByUsername("citizen").isEmpty()) {
            long id = accounts.insert("citizen", hash, AccountKind.PUBLIC, null, "张明", "13800000000", false, now, "demo");
            accounts.insertGrant(id, new Grant(0, Role.CITIZEN, ScopeKind.NONE, null), now, "demo");
            audit.record(AuditEntry.of("account.create", "account", id).after("{\"username\":\"citizen\",\"demo\":true}").by("demo", null));
        }
        log.warn("""

                ==================================================================
                 DEMO MODE — demo accounts exist, password {} for all:
                 handler, handler2, unit_head, leader, catalog_clerk, legal_reviewer,
                 supervisor, system_admin, security_admin, audit_admin, citizen;
                 wg_handler, wg_reviewer, wg_head (物管科); the other departments'
                 crews: sj_*, zr_*, yz_*, ys_*, gy_* (officer, head, leader, …).
                 Never run demo mode with real data.
                ==================================================================""", PASSWORD);
    }
}
