package org.sunlight.calendar;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.PostView;
import org.sunlight.organization.RegionLevel;
import org.sunlight.organization.RegionView;
import org.sunlight.organization.StaffView;
import org.sunlight.organization.UnitView;

/**
 * TEST-ONLY stand-in for the organisation module's OrganizationDirectory, which this branch does
 * not have yet. The lead deletes this class when merging the real one. It knows exactly the demo
 * regions of the foundation issue (江苏省 › 扬州市 › 仪征市), which the real demo data also has.
 */
@Component
class TestOrganizationDirectoryStub implements OrganizationDirectory {

    private static final Map<String, RegionView> REGIONS = Map.of(
            "320000", new RegionView("320000", "江苏省", RegionLevel.PROVINCE, null, List.of("320000"), true),
            "321000", new RegionView("321000", "扬州市", RegionLevel.CITY, "320000", List.of("320000", "321000"), true),
            "321081", new RegionView("321081", "仪征市", RegionLevel.COUNTY, "321000", List.of("320000", "321000", "321081"), true));

    @Override
    public Optional<RegionView> region(String code) {
        return Optional.ofNullable(REGIONS.get(code));
    }

    @Override
    public List<RegionView> childRegions(String parentCode) {
        return REGIONS.values().stream().filter(r -> parentCode.equals(r.parentCode())).toList();
    }

    @Override
    public List<RegionView> rootRegions() {
        return List.of(REGIONS.get("320000"));
    }

    @Override
    public Optional<DepartmentView> department(long id) {
        return Optional.empty();
    }

    @Override
    public List<DepartmentView> departmentsWithin(String regionCode) {
        return List.of();
    }

    @Override
    public Optional<UnitView> unit(long id) {
        return Optional.empty();
    }

    @Override
    public List<UnitView> unitsOf(long departmentId) {
        return List.of();
    }

    @Override
    public Optional<PostView> post(long id) {
        return Optional.empty();
    }

    @Override
    public List<PostView> postsOf(long unitId) {
        return List.of();
    }

    @Override
    public Optional<StaffView> staff(long id) {
        return Optional.empty();
    }

    @Override
    public List<DepartmentView> departmentsNamed(String name) {
        return List.of();
    }

    @Override
    public List<StaffView> staffNamed(String name) {
        return List.of();
    }
}
