package org.sunlight.organization;

/**
 * Changes to the organisation tree (the system administrator's work). Every command checks all its
 * input first and writes nothing when anything is wrong: bad or missing fields are refused with
 * {@link org.sunlight.common.InvalidInputException} (400) naming each field, collisions with the
 * current state (a duplicate name, a stale version, an inactive parent, something still in use) with
 * {@link org.sunlight.common.ConflictException} (409), unknown ids with
 * {@link org.sunlight.common.NotFoundException} (404). Every change is written to the audit trail in
 * its transaction and announced as an {@link OrganizationEvent}.
 * <p>
 * Nothing is ever deleted: deactivate instead. Deactivating refuses while active things still hang
 * below (child regions, departments, units, posts, staff, holders of a post); reactivating refuses
 * while the parent is inactive. Renames and moves carry the version the editor saw.
 */
public interface OrganizationAdmin {

    // Limits on free text, shared with the forms and the API's bean validation.
    int REGION_NAME_MAX = 50;
    int DEPARTMENT_NAME_MAX = 100;
    int SHORT_NAME_MAX = 20;
    int UNIT_NAME_MAX = 50;
    int POST_NAME_MAX = 50;
    int STAFF_NAME_MAX = 50;

    // ---- regions (GB/T 2260: province NN0000 › city NNNN00 › county NNNNNN › town NNNNNNNNN)

    Versioned<RegionView> region(String code);

    /** @param parentCode empty for a province, else the region one level up whose code this one extends */
    Versioned<RegionView> createRegion(String code, String name, RegionLevel level, String parentCode);

    Versioned<RegionView> renameRegion(String code, long version, String name);

    /**
     * Reparents a region. Codes encode the parent, so the new parent must still satisfy the code
     * rules (the same level above, the code starting with the parent's prefix); anything else is a
     * new region with a new code.
     */
    Versioned<RegionView> moveRegion(String code, long version, String parentCode);

    Versioned<RegionView> deactivateRegion(String code);

    Versioned<RegionView> reactivateRegion(String code);

    // ---- departments

    Versioned<DepartmentView> department(long id);

    Versioned<DepartmentView> createDepartment(String regionCode, String name, String shortName, DepartmentKind kind);

    /** Changes the name, the short name used in document numbers, and the kind. */
    Versioned<DepartmentView> renameDepartment(long id, long version, String name, String shortName, DepartmentKind kind);

    Versioned<DepartmentView> moveDepartment(long id, long version, String regionCode);

    Versioned<DepartmentView> deactivateDepartment(long id);

    Versioned<DepartmentView> reactivateDepartment(long id);

    // ---- units (科室)

    Versioned<UnitView> unit(long id);

    Versioned<UnitView> createUnit(long departmentId, String name);

    Versioned<UnitView> renameUnit(long id, long version, String name);

    /** Moves a unit with its posts and staff to another department. */
    Versioned<UnitView> moveUnit(long id, long version, long departmentId);

    Versioned<UnitView> deactivateUnit(long id);

    Versioned<UnitView> reactivateUnit(long id);

    // ---- posts (岗位)

    Versioned<PostView> post(long id);

    Versioned<PostView> createPost(long unitId, String name);

    Versioned<PostView> renamePost(long id, long version, String name);

    /** Moves a post to another unit; refused while staff hold it (staff hold posts of their own unit only). */
    Versioned<PostView> movePost(long id, long version, long unitId);

    Versioned<PostView> deactivatePost(long id);

    Versioned<PostView> reactivatePost(long id);

    // ---- staff

    Versioned<StaffView> staff(long id);

    Versioned<StaffView> createStaff(String name, long unitId);

    Versioned<StaffView> renameStaff(long id, long version, String name);

    /** Places a member of staff in another unit. Posts of the old unit are revoked (posts belong to units). */
    Versioned<StaffView> moveStaff(long id, long version, long unitId);

    Versioned<StaffView> deactivateStaff(long id);

    Versioned<StaffView> reactivateStaff(long id);

    /** Grants a post of the staff member's own unit; granting a post already held changes nothing. */
    Versioned<StaffView> grantPost(long staffId, long postId);

    /** Revokes a post; revoking a post not held changes nothing. */
    Versioned<StaffView> revokePost(long staffId, long postId);
}
