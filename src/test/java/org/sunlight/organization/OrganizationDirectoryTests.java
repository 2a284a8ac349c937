package org.sunlight.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunlight.IntegrationTest;
import org.sunlight.common.DemoDataLoader;

/** The directory other modules read, checked against the demo organisation. */
@IntegrationTest
class OrganizationDirectoryTests {

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    List<DemoDataLoader> loaders;

    @Test
    void regionPathsRunFromTheRootDownToTheRegionItself() {
        assertThat(directory.region("320000").orElseThrow().path()).containsExactly("320000");
        RegionView yizheng = directory.region("321081").orElseThrow();
        assertThat(yizheng.name()).isEqualTo("仪征市");
        assertThat(yizheng.level()).isEqualTo(RegionLevel.COUNTY);
        assertThat(yizheng.path()).containsExactly("320000", "321000", "321081");
        assertThat(directory.region("321081100").orElseThrow().path()).containsExactly("320000", "321000", "321081", "321081100");
        assertThat(yizheng.within("321000")).isTrue();
        assertThat(yizheng.within("321084")).isFalse();
    }

    @Test
    void childAndRootRegionsCarryTheirPaths() {
        assertThat(directory.rootRegions()).extracting(RegionView::code).contains("320000");
        List<RegionView> towns = directory.childRegions("321081");
        assertThat(towns).extracting(RegionView::name).containsExactly("真州镇", "青山镇");
        assertThat(towns.get(0).path()).containsExactly("320000", "321000", "321081", "321081100");
        assertThat(directory.childRegions("321000")).extracting(RegionView::code).contains("321081", "321084");
        assertThat(directory.childRegions("999999")).isEmpty();
    }

    @Test
    void regionsWithinACityAreItsCountiesAndTowns() {
        List<RegionView> within = directory.regionsWithin("321000");
        assertThat(within).extracting(RegionView::code).startsWith("321000").contains("321081", "321081100", "321081101", "321084")
                .doesNotContain("320000");
        Map<String, List<String>> paths = within.stream().collect(Collectors.toMap(RegionView::code, RegionView::path));
        assertThat(paths.get("321081101")).containsExactly("320000", "321000", "321081", "321081101");
    }

    @Test
    void aCitySeesEveryCountyDepartmentBelowIt() {
        List<String> city = directory.departmentsWithin("321000").stream().map(DepartmentView::name).toList();
        assertThat(city).contains("扬州市住房和城乡建设局", "扬州市纪委监委", "仪征市住房和城乡建设局", "仪征市纪委监委", "高邮市住房和城乡建设局");

        List<String> county = directory.departmentsWithin("321081").stream().map(DepartmentView::name).toList();
        assertThat(county).contains("仪征市住房和城乡建设局", "仪征市政务服务中心")
                .doesNotContain("扬州市住房和城乡建设局", "高邮市住房和城乡建设局");

        assertThat(directory.departmentsIn("321000")).extracting(DepartmentView::name)
                .contains("扬州市住房和城乡建设局").doesNotContain("仪征市住房和城乡建设局");
        assertThat(directory.departmentsWithin("999999")).isEmpty();
    }

    @Test
    void departmentsCarryTheirShortNameAndKind() {
        DepartmentView zhujian = single(directory.departmentsNamed("仪征市住房和城乡建设局"));
        assertThat(zhujian.shortName()).isEqualTo("仪住建");
        assertThat(zhujian.regionCode()).isEqualTo("321081");
        assertThat(directory.kindOf(zhujian.id())).contains(DepartmentKind.ADMINISTRATIVE);
        assertThat(directory.departmentsOfKind("321000", DepartmentKind.SUPERVISION)).extracting(DepartmentView::name)
                .contains("扬州市纪委监委", "仪征市纪委监委");
        assertThat(directory.departmentsOfKind("321081", DepartmentKind.LEGAL_AFFAIRS)).extracting(DepartmentView::name)
                .containsExactly("仪征市人民政府法制办公室");
    }

    @Test
    void theSeedsUnitsArePresent() {
        DepartmentView zhujian = single(directory.departmentsNamed("仪征市住房和城乡建设局"));
        assertThat(directory.unitsOf(zhujian.id())).extracting(UnitView::name)
                .contains("法规科", "物管科", "住保科", "白蚁所", "交易与权属管理中心", "档案馆", "局领导");
    }

    @Test
    void demoStaffArePlacedAndHoldTheirPosts() {
        assertStaff("王晓明", "仪征市住房和城乡建设局", "法规科", "受理岗", "执法岗");
        assertStaff("刘海燕", "仪征市住房和城乡建设局", "法规科", "审核岗", "执法岗");
        assertStaff("李建国", "仪征市住房和城乡建设局", "法规科", "科长岗", "审核岗");
        assertStaff("赵志强", "仪征市住房和城乡建设局", "局领导", "分管领导岗");
        assertStaff("陈静", "仪征市住房和城乡建设局", "法规科", "录入岗");
        assertStaff("孙立法", "仪征市人民政府法制办公室", "法制审核科", "法制审核岗");
        assertStaff("周清廉", "扬州市纪委监委", "党风政风监督室", "监察岗");
        assertStaff("吴系统", "扬州市政务服务管理办公室", "信息科", "系统管理岗");
        assertStaff("郑安全", "扬州市政务服务管理办公室", "信息科", "安全管理岗");
        assertStaff("钱审计", "扬州市政务服务管理办公室", "信息科", "审计管理岗");
    }

    @Test
    void postHoldersAreFoundByPost() {
        StaffView wang = single(directory.staffNamed("王晓明"));
        PostView accept = directory.postsOf(wang.unitId()).stream().filter(p -> p.name().equals("受理岗")).findFirst().orElseThrow();
        assertThat(directory.staffHolding(accept.id())).extracting(StaffView::name).contains("王晓明").doesNotContain("刘海燕");
        assertThat(directory.staffOf(wang.unitId())).extracting(StaffView::name).contains("王晓明", "刘海燕", "李建国", "陈静");
    }

    @Test
    void loadingTheDemoDataAgainChangesNothing() {
        int departments = directory.departmentsWithin("320000").size();
        int regions = directory.regionsWithin("320000").size();
        StaffView wang = single(directory.staffNamed("王晓明"));
        loaders.stream().filter(l -> l.order() == DemoDataLoader.ORGANIZATION).forEach(DemoDataLoader::load);
        assertThat(directory.departmentsWithin("320000")).hasSize(departments);
        assertThat(directory.regionsWithin("320000")).hasSize(regions);
        assertThat(directory.staffNamed("王晓明")).containsExactly(wang);
    }

    private void assertStaff(String name, String department, String unit, String... posts) {
        StaffView s = single(directory.staffNamed(name));
        assertThat(s.active()).as(name).isTrue();
        assertThat(directory.department(s.departmentId()).orElseThrow().name()).as(name).isEqualTo(department);
        assertThat(directory.unit(s.unitId()).orElseThrow().name()).as(name).isEqualTo(unit);
        assertThat(s.postIds().stream().map(id -> directory.post(id).orElseThrow().name()).toList()).as(name)
                .containsExactlyInAnyOrder(posts);
        assertThat(s.regionCode()).as(name).isEqualTo(directory.department(s.departmentId()).orElseThrow().regionCode());
    }

    private static <T> T single(List<T> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }
}
