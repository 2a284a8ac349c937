package org.sunlight.organization;

import java.util.List;
import java.util.Optional;

/**
 * Read access to the organisation tree for other modules (identity's scopes, catalog's owners,
 * casework's posts). Changes go through {@link OrganizationAdmin}. Lists include deactivated
 * entries (with {@code active = false}) so history stays readable; callers filter when they offer
 * choices. Regions are ordered by code, everything else in creation order within its parent.
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

    /** The region and everything below it, ordered by code (towns included). */
    List<RegionView> regionsWithin(String regionCode);

    /** Departments whose region is exactly {@code regionCode} (not below it). */
    List<DepartmentView> departmentsIn(String regionCode);

    /** The kind of a department, when one was given. */
    Optional<DepartmentKind> kindOf(long departmentId);

    /** Departments of this kind in {@code regionCode} or below it, e.g. the supervision offices of a city. */
    List<DepartmentView> departmentsOfKind(String regionCode, DepartmentKind kind);

    /** Staff placed in this unit. */
    List<StaffView> staffOf(long unitId);

    /** Staff holding this post (e.g. who may act at a flowchart step assigned to it). */
    List<StaffView> staffHolding(long postId);
}
