package org.sunlight.organization;

import java.util.List;
import java.util.Optional;

/**
 * Read access to the organisation tree for other modules (identity's scopes, catalog's owners,
 * casework's posts). Changes go through the organisation module's own services and pages.
 */
public interface OrganizationDirectory {

    Optional<RegionView> region(String code);

    /** Direct children of a region, by code. */
    List<RegionView> childRegions(String parentCode);

    /** Root regions (provinces). */
    List<RegionView> rootRegions();

    Optional<DepartmentView> department(long id);

    /** Departments whose region is {@code regionCode} or below it. */
    List<DepartmentView> departmentsWithin(String regionCode);

    Optional<UnitView> unit(long id);

    List<UnitView> unitsOf(long departmentId);

    Optional<PostView> post(long id);

    List<PostView> postsOf(long unitId);

    Optional<StaffView> staff(long id);

    /** Departments with exactly this name (names are unique within a region, not across regions). */
    List<DepartmentView> departmentsNamed(String name);

    /** Staff with exactly this name (names may repeat). */
    List<StaffView> staffNamed(String name);
}
