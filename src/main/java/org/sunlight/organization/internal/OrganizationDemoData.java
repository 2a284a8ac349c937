package org.sunlight.organization.internal;

import static org.sunlight.organization.DepartmentKind.ADMINISTRATIVE;
import static org.sunlight.organization.DepartmentKind.GOVERNMENT_SERVICE;
import static org.sunlight.organization.DepartmentKind.LEGAL_AFFAIRS;
import static org.sunlight.organization.DepartmentKind.SUPERVISION;

import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.common.DemoDataLoader;
import org.sunlight.organization.DepartmentKind;
import org.sunlight.organization.RegionLevel;

/**
 * The demo organisation: 江苏省 › 扬州市 › 仪征市 (with two towns) and 高邮市, the departments, units,
 * posts and staff the walkthroughs and the identity module's demo accounts use. The identity
 * module maps its demo accounts to the staff below by name, so those names are fixed.
 * <p>
 * Each entry is looked up by its natural key (code; name in its parent) and only created when
 * missing, so loading twice changes nothing. Demo data is written straight to the tables: it is
 * the starting state, not an administrator's change, so it is not in the audit trail.
 */
@Component
class OrganizationDemoData implements DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(OrganizationDemoData.class);

    private final RegionStore regions;
    private final DepartmentStore departments;
    private final UnitStore units;
    private final PostStore posts;
    private final StaffStore staff;
    private int created;

    OrganizationDemoData(RegionStore regions, DepartmentStore departments, UnitStore units, PostStore posts, StaffStore staff) {
        this.regions = regions;
        this.departments = departments;
        this.units = units;
        this.posts = posts;
        this.staff = staff;
    }

    @Override
    public int order() {
        return ORGANIZATION;
    }

    @Override
    @Transactional
    public void load() {
        created = 0;
        region("320000", "江苏省", RegionLevel.PROVINCE, null);
        region("321000", "扬州市", RegionLevel.CITY, "320000");
        region("321081", "仪征市", RegionLevel.COUNTY, "321000");
        region("321084", "高邮市", RegionLevel.COUNTY, "321000");
        region("321081100", "真州镇", RegionLevel.TOWN, "321081");
        region("321081101", "青山镇", RegionLevel.TOWN, "321081");

        // 仪征市 (county)
        long yzj = department("321081", "仪征市住房和城乡建设局", "仪住建", ADMINISTRATIVE);
        long fagui = unit(yzj, "法规科", "受理岗", "审核岗", "科长岗", "执法岗", "录入岗");
        long wuguan = unit(yzj, "物管科", "受理岗", "审核岗", "科长岗", "执法岗");
        unit(yzj, "住保科", "受理岗", "审核岗", "科长岗");
        unit(yzj, "白蚁所", "受理岗", "检查岗", "所长岗");
        unit(yzj, "交易与权属管理中心", "受理岗", "审核岗", "登簿岗", "主任岗");
        unit(yzj, "档案馆", "查档岗", "馆长岗");
        long leaders = unit(yzj, "局领导", "分管领导岗", "主要领导岗");
        long yzJiwei = department("321081", "仪征市纪委监委", null, SUPERVISION);
        unit(yzJiwei, "派驻监察室", "监察岗");
        long yzFazhi = department("321081", "仪征市人民政府法制办公室", null, LEGAL_AFFAIRS);
        long fazhiShenhe = unit(yzFazhi, "法制审核科", "法制审核岗");
        long yzZhengwu = department("321081", "仪征市政务服务中心", null, GOVERNMENT_SERVICE);
        long window = unit(yzZhengwu, "综合窗口", "受理岗", "出件岗");
        unit(yzZhengwu, "信息科", "系统管理岗", "安全管理岗", "审计管理岗");
        long yzShijian = department("321081", "仪征市市场监督管理局", "仪市监", ADMINISTRATIVE);
        long dengji = unit(yzShijian, "登记注册科", "受理岗", "审核岗", "科长岗");
        long yzShijianZhifa = unit(yzShijian, "执法大队", "执法岗", "队长岗");
        long yzShijianLeaders = unit(yzShijian, "局领导", "分管领导岗");
        long yzZiran = department("321081", "仪征市自然资源和规划局", "仪自然资源", ADMINISTRATIVE);
        long yzZiranZhifa = unit(yzZiran, "执法监察大队", "执法岗", "队长岗");
        long yzZiranLeaders = unit(yzZiran, "局领导", "分管领导岗");

        // 扬州市 (city)
        long yangZhujian = department("321000", "扬州市住房和城乡建设局", "扬住建", ADMINISTRATIVE);
        long yangFagui = unit(yangZhujian, "法规处", "受理岗", "审核岗", "处长岗", "执法岗");
        unit(yangZhujian, "房地产市场监管处", "受理岗", "审核岗", "处长岗");
        long yangZhujianLeaders = unit(yangZhujian, "局领导", "分管领导岗");
        long yangJiwei = department("321000", "扬州市纪委监委", null, SUPERVISION);
        long dangfeng = unit(yangJiwei, "党风政风监督室", "监察岗");
        long yangShijian = department("321000", "扬州市市场监督管理局", "扬市监", ADMINISTRATIVE);
        long yangShijianFagui = unit(yangShijian, "法规处", "审核岗", "处长岗");
        long yangShijianLeaders = unit(yangShijian, "局领导", "分管领导岗");
        long yangZhengwu = department("321000", "扬州市政务服务管理办公室", null, GOVERNMENT_SERVICE);
        long yangInfo = unit(yangZhengwu, "信息科", "系统管理岗", "安全管理岗", "审计管理岗");

        // 高邮市 (county)
        long gyZhujian = department("321084", "高邮市住房和城乡建设局", "高住建", ADMINISTRATIVE);
        long gyFagui = unit(gyZhujian, "法规科", "受理岗", "审核岗", "科长岗", "执法岗");
        long gyLeaders = unit(gyZhujian, "局领导", "分管领导岗");

        // The identity module's demo accounts are mapped to these people by name.
        staff("王晓明", fagui, "受理岗", "执法岗");
        staff("刘海燕", fagui, "审核岗", "执法岗");
        // The penalty flowchart's 审查 is a 审核岗 step for the unit head: the 科长 reviews.
        staff("李建国", fagui, "科长岗", "审核岗");
        staff("赵志强", leaders, "分管领导岗");
        staff("陈静", fagui, "录入岗");
        staff("孙立法", fazhiShenhe, "法制审核岗");
        staff("周清廉", dangfeng, "监察岗");
        staff("吴系统", yangInfo, "系统管理岗");
        staff("郑安全", yangInfo, "安全管理岗");
        staff("钱审计", yangInfo, "审计管理岗");
        // More hands, so lists and workloads are not trivially small.
        staff("张伟", wuguan, "受理岗", "执法岗");
        staff("黄丽", wuguan, "审核岗");
        staff("徐国平", wuguan, "科长岗");
        staff("朱敏", window, "受理岗");
        staff("马俊", dengji, "受理岗");
        staff("胡军", gyFagui, "受理岗", "执法岗");
        // A crew for each other department with a demo catalog, so that its cases can be worked through
        // the real commands: window and enforcement staff (two certified officers for penalties; the first
        // is the catalog's contact person), a head holding 科长/处长岗 and 审核岗 (the penalty flowchart's
        // 审查 is a 审核岗 step for the unit head), a leader. Accounts: identity's demo data; certificates: legal's.
        staff("陆志明", yzShijianZhifa, "执法岗");
        staff("林芳", dengji, "审核岗");
        staff("顾建华", dengji, "科长岗", "审核岗");
        staff("蒋文斌", yzShijianLeaders, "分管领导岗");
        staff("钱进", yzZiranZhifa, "执法岗");
        staff("杨帆", yzZiranZhifa, "执法岗");
        staff("曹志刚", yzZiranZhifa, "队长岗");
        staff("许文华", yzZiranLeaders, "分管领导岗");
        staff("何正", yangFagui, "受理岗", "执法岗");
        staff("沈玉兰", yangFagui, "审核岗", "执法岗");
        staff("魏东升", yangFagui, "处长岗", "审核岗");
        staff("袁成", yangZhujianLeaders, "分管领导岗");
        staff("韩冰", yangShijianFagui);
        staff("吕静", yangShijianFagui, "审核岗");
        staff("贾文", yangShijianFagui, "处长岗", "审核岗");
        staff("丁海", yangShijianLeaders, "分管领导岗");
        staff("邵明", gyFagui, "审核岗", "执法岗");
        staff("潘永", gyFagui, "科长岗", "审核岗");
        staff("任志远", gyLeaders, "分管领导岗");
        if (created > 0) {
            log.info("Demo organisation: {} entries created", created);
        }
    }

    private void region(String code, String name, RegionLevel level, String parent) {
        if (regions.find(code).isEmpty()) {
            regions.insert(code, name, level, parent);
            created++;
        }
    }

    private long department(String regionCode, String name, String shortName, DepartmentKind kind) {
        return departments.findByName(regionCode, name).map(Rows.DepartmentRow::id).orElseGet(() -> {
            created++;
            return departments.insert(regionCode, name, shortName, kind);
        });
    }

    /** A unit with its posts. */
    private long unit(long departmentId, String name, String... postNames) {
        long id = units.findByName(departmentId, name).map(Rows.UnitRow::id).orElseGet(() -> {
            created++;
            return units.insert(departmentId, name);
        });
        for (String post : postNames) {
            if (posts.findByName(id, post).isEmpty()) {
                posts.insert(id, post);
                created++;
            }
        }
        return id;
    }

    /**
     * A person in a unit, holding posts of that unit by name. Skipped when someone of that name
     * exists anywhere: an administrator may have moved or changed them since.
     */
    private void staff(String name, long unitId, String... postNames) {
        if (!staff.viewsNamed(name).isEmpty()) {
            return;
        }
        long id = staff.insert(name, unitId);
        created++;
        Map<String, Long> postIds = new HashMap<>();
        posts.of(unitId).forEach(p -> postIds.put(p.name(), p.id()));
        for (String post : postNames) {
            staff.grant(id, postIds.get(post));
        }
    }
}
