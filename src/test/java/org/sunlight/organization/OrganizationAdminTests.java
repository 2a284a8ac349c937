package org.sunlight.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.sunlight.IntegrationTest;
import org.sunlight.common.ConflictException;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.InvalidInputException;
import org.sunlight.common.NotFoundException;
import org.sunlight.common.SunlightException;
import org.sunlight.organization.OrganizationEvent.DepartmentCreated;
import org.sunlight.organization.OrganizationEvent.DepartmentMoved;
import org.sunlight.organization.OrganizationEvent.RegionRenamed;
import org.sunlight.organization.OrganizationEvent.StaffDeactivated;
import org.sunlight.organization.OrganizationEvent.StaffMoved;

/** The organisation commands: what they change, what they refuse, and that a refusal writes nothing. */
@IntegrationTest
@RecordApplicationEvents
class OrganizationAdminTests {

    @Autowired
    OrganizationAdmin admin;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    ApplicationEvents events;

    OrgFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new OrgFixture(admin);
    }

    // ---- regions

    @Test
    void createsARegionChainDownToATown() {
        String city = fixture.city();
        String county = city.substring(0, 4) + "12";
        admin.createRegion(county, "新县", RegionLevel.COUNTY, city);
        Versioned<RegionView> town = admin.createRegion(county + "101", " 新镇 ", RegionLevel.TOWN, county);

        assertThat(town.version()).isZero();
        assertThat(town.value().name()).as("names are trimmed").isEqualTo("新镇");
        assertThat(town.value().path()).containsExactly(OrgFixture.PROVINCE, city, county, county + "101");
        assertThat(directory.childRegions(county)).extracting(RegionView::code).containsExactly(county + "101");
    }

    @Test
    void aRegionCodeOfTheWrongFormIsRefusedAndNothingWritten() {
        String city = fixture.city();
        String bad = city.substring(0, 4) + "00";  // a city-form code offered as a county
        InvalidInputException e = refused(() -> admin.createRegion(bad + "1", "坏县", RegionLevel.COUNTY, city), InvalidInputException.class);
        assertThat(fields(e)).containsExactly("code");
        assertThat(directory.region(bad + "1")).isEmpty();
    }

    @Test
    void aMissingParentIsRefusedNamingTheParentField() {
        InvalidInputException e = refused(() -> admin.createRegion("981000", "无省之市", RegionLevel.CITY, "980000"), InvalidInputException.class);
        assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("parentCode", "organization.region.parent.missing"));
        assertThat(directory.region("981000")).isEmpty();
    }

    @Test
    void aDuplicateCodeIsAConflictOnTheCodeField() {
        String city = fixture.city();
        ConflictException e = refused(() -> admin.createRegion(city, "重复", RegionLevel.CITY, OrgFixture.PROVINCE), ConflictException.class);
        assertThat(fields(e)).containsExactly("code");
        assertThat(directory.region(city).orElseThrow().name()).isNotEqualTo("重复");
    }

    @Test
    void anOversizeOrEmptyNameIsRefusedNamingTheField() {
        String city = fixture.city();
        String county = city.substring(0, 4) + "02";
        InvalidInputException tooLong = refused(() -> admin.createRegion(county, "长".repeat(OrganizationAdmin.REGION_NAME_MAX + 1),
                RegionLevel.COUNTY, city), InvalidInputException.class);
        assertThat(tooLong.problems()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "error.too-long"));
        InvalidInputException empty = refused(() -> admin.createRegion(county, "  ", RegionLevel.COUNTY, city), InvalidInputException.class);
        assertThat(fields(empty)).containsExactly("name");
        assertThat(directory.region(county)).isEmpty();
    }

    @Test
    void aRegionUnderAnInactiveParentIsRefused() {
        String city = fixture.city();
        admin.deactivateRegion(city);
        ConflictException e = refused(() -> admin.createRegion(city.substring(0, 4) + "03", "县", RegionLevel.COUNTY, city), ConflictException.class);
        assertThat(fields(e)).containsExactly("parentCode");
    }

    @Test
    void renamingTakesTheVersionAndAStaleVersionIsAConflict() {
        String city = fixture.city();
        Versioned<RegionView> renamed = admin.renameRegion(city, 0, "改名市");
        assertThat(renamed.value().name()).isEqualTo("改名市");
        assertThat(renamed.version()).isEqualTo(1);
        assertThat(events.stream(RegionRenamed.class).filter(r -> r.code().equals(city))).singleElement()
                .extracting(RegionRenamed::newName).isEqualTo("改名市");

        ConflictException stale = refused(() -> admin.renameRegion(city, 0, "又改名"), ConflictException.class);
        assertThat(fields(stale)).containsExactly("version");
        assertThat(directory.region(city).orElseThrow().name()).isEqualTo("改名市");
        assertThat(admin.region(city).version()).isEqualTo(1);
    }

    @Test
    void regionsMoveOnlyWhereTheirCodeStillFits() {
        String city = fixture.city();
        String county = city.substring(0, 4) + "04";
        admin.createRegion(county, "县", RegionLevel.COUNTY, city);
        String otherCity = fixture.city();

        InvalidInputException e = refused(() -> admin.moveRegion(county, 0, otherCity), InvalidInputException.class);
        assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("parentCode", "organization.region.code.not-under-parent"));
        InvalidInputException wrongLevel = refused(() -> admin.moveRegion(county, 0, OrgFixture.PROVINCE), InvalidInputException.class);
        assertThat(fields(wrongLevel)).containsExactly("parentCode");
        assertThat(directory.region(county).orElseThrow().parentCode()).isEqualTo(city);
        // Its own parent is the one place it fits: nothing to do.
        assertThat(admin.moveRegion(county, 0, city).version()).isZero();
    }

    @Test
    void deactivatingARegionWaitsForWhatHangsBelow() {
        OrgFixture.Chain chain = fixture.chain();
        String city = directory.region(chain.region()).orElseThrow().parentCode();

        assertThat(refused(() -> admin.deactivateRegion(city), ConflictException.class).code())
                .isEqualTo("organization.region.has-active-children");
        assertThat(refused(() -> admin.deactivateRegion(chain.region()), ConflictException.class).code())
                .isEqualTo("organization.region.has-active-departments");
        assertThat(directory.region(chain.region()).orElseThrow().active()).isTrue();
    }

    @Test
    void deactivatedThingsComeBackOnlyUnderAnActiveParent() {
        OrgFixture.Chain chain = fixture.chain();
        admin.revokePost(chain.staff(), chain.post());
        admin.deactivatePost(chain.post());
        admin.deactivateStaff(chain.staff());
        admin.deactivateUnit(chain.unit());
        admin.deactivateDepartment(chain.department());
        admin.deactivateRegion(chain.region());

        assertThat(directory.department(chain.department()).orElseThrow().active()).isFalse();
        assertThat(refused(() -> admin.reactivateUnit(chain.unit()), ConflictException.class).code()).isEqualTo("organization.department.inactive");
        assertThat(refused(() -> admin.reactivateDepartment(chain.department()), ConflictException.class).code())
                .isEqualTo("organization.region.inactive");

        admin.reactivateRegion(chain.region());
        admin.reactivateDepartment(chain.department());
        admin.reactivateUnit(chain.unit());
        admin.reactivatePost(chain.post());
        admin.reactivateStaff(chain.staff());
        assertThat(directory.staff(chain.staff()).orElseThrow().active()).isTrue();
        assertThat(events.stream(StaffDeactivated.class).filter(s -> s.staffId() == chain.staff())).hasSize(1);
    }

    // ---- departments

    @Test
    void departmentNamesAreUniqueWithinARegionOnly() {
        String county = fixture.county();
        String otherCounty = fixture.county();
        String name = OrgFixture.unique("住建局");
        Versioned<DepartmentView> d = admin.createDepartment(county, name, "住建", DepartmentKind.ADMINISTRATIVE);
        assertThat(events.stream(DepartmentCreated.class).filter(c -> c.departmentId() == d.value().id())).hasSize(1);

        ConflictException e = refused(() -> admin.createDepartment(county, name, null, null), ConflictException.class);
        assertThat(fields(e)).containsExactly("name");
        assertThat(directory.departmentsIn(county)).hasSize(1);

        admin.createDepartment(otherCounty, name, null, null);
        assertThat(directory.departmentsNamed(name)).hasSize(2);
    }

    @Test
    void aDepartmentWithSeveralBadFieldsHearsAboutAllOfThemAndNothingIsWritten() {
        String county = fixture.county();
        InvalidInputException e = refused(() -> admin.createDepartment(county, "", "简".repeat(OrganizationAdmin.SHORT_NAME_MAX + 1), null),
                InvalidInputException.class);
        assertThat(fields(e)).containsExactly("name", "shortName");
        InvalidInputException oversize = refused(() -> admin.createDepartment(county, "局".repeat(OrganizationAdmin.DEPARTMENT_NAME_MAX + 1), null, null),
                InvalidInputException.class);
        assertThat(fields(oversize)).containsExactly("name");
        InvalidInputException noRegion = refused(() -> admin.createDepartment("999998", "局", null, null), InvalidInputException.class);
        assertThat(fields(noRegion)).containsExactly("regionCode");
        assertThat(directory.departmentsIn(county)).isEmpty();
    }

    @Test
    void departmentsMoveBetweenRegionsWithTheirVersion() {
        OrgFixture.Chain chain = fixture.chain();
        String target = fixture.county();
        Versioned<DepartmentView> moved = admin.moveDepartment(chain.department(), 0, target);
        assertThat(moved.value().regionCode()).isEqualTo(target);
        assertThat(moved.version()).isEqualTo(1);
        assertThat(directory.staff(chain.staff()).orElseThrow().regionCode()).as("staff follow their department").isEqualTo(target);
        assertThat(events.stream(DepartmentMoved.class).filter(m -> m.departmentId() == chain.department())).singleElement()
                .extracting(DepartmentMoved::toRegionCode).isEqualTo(target);

        ConflictException stale = refused(() -> admin.moveDepartment(chain.department(), 0, chain.region()), ConflictException.class);
        assertThat(fields(stale)).containsExactly("version");
        assertThat(directory.department(chain.department()).orElseThrow().regionCode()).isEqualTo(target);
    }

    @Test
    void aDepartmentCannotMoveWhereItsNameIsTaken() {
        OrgFixture.Chain chain = fixture.chain();
        String target = fixture.county();
        String name = directory.department(chain.department()).orElseThrow().name();
        admin.createDepartment(target, name, null, null);
        ConflictException e = refused(() -> admin.moveDepartment(chain.department(), 0, target), ConflictException.class);
        assertThat(fields(e)).containsExactly("regionCode");
        assertThat(directory.department(chain.department()).orElseThrow().regionCode()).isEqualTo(chain.region());
    }

    @Test
    void renamingADepartmentChangesNameShortNameAndKind() {
        OrgFixture.Chain chain = fixture.chain();
        Versioned<DepartmentView> renamed = admin.renameDepartment(chain.department(), 0, "新名局" + chain.department(), "新名", DepartmentKind.SUPERVISION);
        assertThat(renamed.value().shortName()).isEqualTo("新名");
        assertThat(directory.kindOf(chain.department())).contains(DepartmentKind.SUPERVISION);
        Versioned<DepartmentView> cleared = admin.renameDepartment(chain.department(), 1, "新名局" + chain.department(), " ", null);
        assertThat(cleared.value().shortName()).isNull();
        assertThat(directory.kindOf(chain.department())).isEmpty();
    }

    // ---- units, posts, staff

    @Test
    void unitsMoveWithTheirStaffToAnotherDepartment() {
        OrgFixture.Chain chain = fixture.chain();
        OrgFixture.Chain other = fixture.chain();
        ConflictException taken = refused(() -> admin.moveUnit(chain.unit(), 0, other.department()), ConflictException.class);
        assertThat(fields(taken)).as("the other department has a 法规科 too").containsExactly("departmentId");

        admin.renameUnit(chain.unit(), 0, "执法科");
        admin.moveUnit(chain.unit(), 1, other.department());
        StaffView moved = directory.staff(chain.staff()).orElseThrow();
        assertThat(moved.departmentId()).isEqualTo(other.department());
        assertThat(moved.postIds()).containsExactly(chain.post());
        assertThat(directory.unitsOf(other.department())).extracting(UnitView::name).containsExactlyInAnyOrder("法规科", "执法科");
    }

    @Test
    void unitAndPostNamesAreUniqueInTheirParent() {
        OrgFixture.Chain chain = fixture.chain();
        assertThat(fields(refused(() -> admin.createUnit(chain.department(), "法规科"), ConflictException.class))).containsExactly("name");
        assertThat(fields(refused(() -> admin.createPost(chain.unit(), "受理岗"), ConflictException.class))).containsExactly("name");
        long second = admin.createUnit(chain.department(), "办公室").value().id();
        assertThat(fields(refused(() -> admin.renameUnit(second, 0, "法规科"), ConflictException.class))).containsExactly("name");
        assertThat(directory.unitsOf(chain.department())).extracting(UnitView::name).containsExactly("法规科", "办公室");
        assertThat(fields(refused(() -> admin.createUnit(-1, "科"), InvalidInputException.class))).containsExactly("departmentId");
    }

    @Test
    void aHeldPostCannotLeaveItsUnitOrBeDeactivated() {
        OrgFixture.Chain chain = fixture.chain();
        long otherUnit = admin.createUnit(chain.department(), "综合科").value().id();
        assertThat(fields(refused(() -> admin.movePost(chain.post(), 0, otherUnit), ConflictException.class))).containsExactly("unitId");
        assertThat(refused(() -> admin.deactivatePost(chain.post()), ConflictException.class).code()).isEqualTo("organization.post.held-by-active");

        admin.revokePost(chain.staff(), chain.post());
        assertThat(admin.movePost(chain.post(), 0, otherUnit).value().unitId()).isEqualTo(otherUnit);
    }

    @Test
    void staffHoldOnlyActivePostsOfTheirOwnUnit() {
        OrgFixture.Chain chain = fixture.chain();
        long otherUnit = admin.createUnit(chain.department(), "档案室").value().id();
        long foreignPost = admin.createPost(otherUnit, "查档岗").value().id();
        assertThat(fields(refused(() -> admin.grantPost(chain.staff(), foreignPost), ConflictException.class))).containsExactly("postId");

        long second = admin.createPost(chain.unit(), "审核岗").value().id();
        admin.deactivatePost(second);
        assertThat(fields(refused(() -> admin.grantPost(chain.staff(), second), ConflictException.class))).containsExactly("postId");
        assertThat(directory.staff(chain.staff()).orElseThrow().postIds()).containsExactly(chain.post());

        // granting what is held, or revoking what is not, changes nothing
        assertThat(admin.grantPost(chain.staff(), chain.post()).value().postIds()).containsExactly(chain.post());
        assertThat(admin.revokePost(chain.staff(), foreignPost).value().postIds()).containsExactly(chain.post());
        assertThat(refused(() -> admin.grantPost(chain.staff(), -5), NotFoundException.class).status()).isEqualTo(404);
    }

    @Test
    void movingStaffToAnotherUnitRevokesTheOldUnitsPosts() {
        OrgFixture.Chain chain = fixture.chain();
        long otherUnit = admin.createUnit(chain.department(), "物管科").value().id();
        Versioned<StaffView> moved = admin.moveStaff(chain.staff(), 0, otherUnit);
        assertThat(moved.value().unitId()).isEqualTo(otherUnit);
        assertThat(moved.value().postIds()).isEmpty();
        assertThat(moved.version()).isEqualTo(1);
        assertThat(events.stream(StaffMoved.class).filter(m -> m.staffId() == chain.staff())).singleElement()
                .extracting(StaffMoved::revokedPostIds).isEqualTo(java.util.Set.of(chain.post()));
        assertThat(fields(refused(() -> admin.renameStaff(chain.staff(), 0, "新名字"), ConflictException.class))).containsExactly("version");
    }

    @Test
    void aUnitWithActiveStaffOrPostsStaysActive() {
        OrgFixture.Chain chain = fixture.chain();
        assertThat(refused(() -> admin.deactivateUnit(chain.unit()), ConflictException.class).code()).isEqualTo("organization.unit.has-active-posts");
        admin.revokePost(chain.staff(), chain.post());
        admin.deactivatePost(chain.post());
        assertThat(refused(() -> admin.deactivateUnit(chain.unit()), ConflictException.class).code()).isEqualTo("organization.unit.has-active-staff");
        assertThat(refused(() -> admin.deactivateDepartment(chain.department()), ConflictException.class).code())
                .isEqualTo("organization.department.has-active-units");
        assertThat(directory.unit(chain.unit()).orElseThrow().active()).isTrue();
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThat(refused(() -> admin.renameUnit(-1, 0, "x"), NotFoundException.class).status()).isEqualTo(404);
        assertThat(refused(() -> admin.region("000001"), NotFoundException.class).status()).isEqualTo(404);
        assertThat(refused(() -> admin.deactivateStaff(-1), NotFoundException.class).status()).isEqualTo(404);
    }

    private static <T extends SunlightException> T refused(ThrowingCallable call, Class<T> type) {
        T e = catchThrowableOfType(type, call);
        assertThat(e).as("expected a %s", type.getSimpleName()).isNotNull();
        return e;
    }

    private static List<String> fields(SunlightException e) {
        return e.problems().stream().map(FieldProblem::field).toList();
    }
}
