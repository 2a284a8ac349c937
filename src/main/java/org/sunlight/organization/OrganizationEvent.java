package org.sunlight.organization;

import java.util.Set;

/**
 * What the organisation module announces after a change commits its transaction. Other modules
 * listen for the ones they care about (e.g. identity for {@link StaffDeactivated}, supervision for
 * {@link DepartmentCreated}); {@code import org.sunlight.organization.OrganizationEvent.*} brings the
 * short names in.
 */
public sealed interface OrganizationEvent {

    record RegionCreated(String code, String name, RegionLevel level, String parentCode) implements OrganizationEvent { }

    record RegionRenamed(String code, String oldName, String newName) implements OrganizationEvent { }

    record RegionMoved(String code, String fromParentCode, String toParentCode) implements OrganizationEvent { }

    record RegionDeactivated(String code) implements OrganizationEvent { }

    record RegionReactivated(String code) implements OrganizationEvent { }

    record DepartmentCreated(long departmentId, String regionCode, String name, String shortName) implements OrganizationEvent { }

    record DepartmentRenamed(long departmentId, String oldName, String newName, String shortName) implements OrganizationEvent { }

    record DepartmentMoved(long departmentId, String fromRegionCode, String toRegionCode) implements OrganizationEvent { }

    record DepartmentDeactivated(long departmentId) implements OrganizationEvent { }

    record DepartmentReactivated(long departmentId) implements OrganizationEvent { }

    record UnitCreated(long unitId, long departmentId, String name) implements OrganizationEvent { }

    record UnitRenamed(long unitId, String oldName, String newName) implements OrganizationEvent { }

    record UnitMoved(long unitId, long fromDepartmentId, long toDepartmentId) implements OrganizationEvent { }

    record UnitDeactivated(long unitId) implements OrganizationEvent { }

    record UnitReactivated(long unitId) implements OrganizationEvent { }

    record PostCreated(long postId, long unitId, String name) implements OrganizationEvent { }

    record PostRenamed(long postId, String oldName, String newName) implements OrganizationEvent { }

    record PostMoved(long postId, long fromUnitId, long toUnitId) implements OrganizationEvent { }

    record PostDeactivated(long postId) implements OrganizationEvent { }

    record PostReactivated(long postId) implements OrganizationEvent { }

    record StaffCreated(long staffId, String name, long unitId) implements OrganizationEvent { }

    record StaffRenamed(long staffId, String oldName, String newName) implements OrganizationEvent { }

    /** The staff member now works in another unit; the posts of the old unit were revoked. */
    record StaffMoved(long staffId, long fromUnitId, long toUnitId, Set<Long> revokedPostIds) implements OrganizationEvent { }

    record StaffDeactivated(long staffId) implements OrganizationEvent { }

    record StaffReactivated(long staffId) implements OrganizationEvent { }

    record StaffPostGranted(long staffId, long postId) implements OrganizationEvent { }

    record StaffPostRevoked(long staffId, long postId) implements OrganizationEvent { }
}
