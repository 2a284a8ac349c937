package org.sunlight.organization.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.organization.DepartmentKind;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.PostView;
import org.sunlight.organization.RegionLevel;
import org.sunlight.organization.RegionView;
import org.sunlight.organization.StaffView;
import org.sunlight.organization.UnitView;
import org.sunlight.organization.Versioned;

/**
 * The transaction boundary of every organisation change: one command, one transaction, so a refusal
 * anywhere (including the audit trail's) leaves nothing written. The work is done per kind of thing
 * by the *Commands classes beside this one.
 */
@Service
@Transactional
class OrganizationAdminService implements OrganizationAdmin {

    private final RegionCommands regions;
    private final DepartmentCommands departments;
    private final UnitCommands units;
    private final PostCommands posts;
    private final StaffCommands staff;

    OrganizationAdminService(RegionCommands regions, DepartmentCommands departments, UnitCommands units,
            PostCommands posts, StaffCommands staff) {
        this.regions = regions;
        this.departments = departments;
        this.units = units;
        this.posts = posts;
        this.staff = staff;
    }

    // ---- regions

    @Override
    @Transactional(readOnly = true)
    public Versioned<RegionView> region(String code) {
        return regions.get(code);
    }

    @Override
    public Versioned<RegionView> createRegion(String code, String name, RegionLevel level, String parentCode) {
        return regions.create(code, name, level, parentCode);
    }

    @Override
    public Versioned<RegionView> renameRegion(String code, long version, String name) {
        return regions.rename(code, version, name);
    }

    @Override
    public Versioned<RegionView> moveRegion(String code, long version, String parentCode) {
        return regions.move(code, version, parentCode);
    }

    @Override
    public Versioned<RegionView> deactivateRegion(String code) {
        return regions.deactivate(code);
    }

    @Override
    public Versioned<RegionView> reactivateRegion(String code) {
        return regions.reactivate(code);
    }

    // ---- departments

    @Override
    @Transactional(readOnly = true)
    public Versioned<DepartmentView> department(long id) {
        return departments.get(id);
    }

    @Override
    public Versioned<DepartmentView> createDepartment(String regionCode, String name, String shortName, DepartmentKind kind) {
        return departments.create(regionCode, name, shortName, kind);
    }

    @Override
    public Versioned<DepartmentView> renameDepartment(long id, long version, String name, String shortName, DepartmentKind kind) {
        return departments.rename(id, version, name, shortName, kind);
    }

    @Override
    public Versioned<DepartmentView> moveDepartment(long id, long version, String regionCode) {
        return departments.move(id, version, regionCode);
    }

    @Override
    public Versioned<DepartmentView> deactivateDepartment(long id) {
        return departments.deactivate(id);
    }

    @Override
    public Versioned<DepartmentView> reactivateDepartment(long id) {
        return departments.reactivate(id);
    }

    // ---- units

    @Override
    @Transactional(readOnly = true)
    public Versioned<UnitView> unit(long id) {
        return units.get(id);
    }

    @Override
    public Versioned<UnitView> createUnit(long departmentId, String name) {
        return units.create(departmentId, name);
    }

    @Override
    public Versioned<UnitView> renameUnit(long id, long version, String name) {
        return units.rename(id, version, name);
    }

    @Override
    public Versioned<UnitView> moveUnit(long id, long version, long departmentId) {
        return units.move(id, version, departmentId);
    }

    @Override
    public Versioned<UnitView> deactivateUnit(long id) {
        return units.deactivate(id);
    }

    @Override
    public Versioned<UnitView> reactivateUnit(long id) {
        return units.reactivate(id);
    }

    // ---- posts

    @Override
    @Transactional(readOnly = true)
    public Versioned<PostView> post(long id) {
        return posts.get(id);
    }

    @Override
    public Versioned<PostView> createPost(long unitId, String name) {
        return posts.create(unitId, name);
    }

    @Override
    public Versioned<PostView> renamePost(long id, long version, String name) {
        return posts.rename(id, version, name);
    }

    @Override
    public Versioned<PostView> movePost(long id, long version, long unitId) {
        return posts.move(id, version, unitId);
    }

    @Override
    public Versioned<PostView> deactivatePost(long id) {
        return posts.deactivate(id);
    }

    @Override
    public Versioned<PostView> reactivatePost(long id) {
        return posts.reactivate(id);
    }

    // ---- staff

    @Override
    @Transactional(readOnly = true)
    public Versioned<StaffView> staff(long id) {
        return staff.get(id);
    }

    @Override
    public Versioned<StaffView> createStaff(String name, long unitId) {
        return staff.create(name, unitId);
    }

    @Override
    public Versioned<StaffView> renameStaff(long id, long version, String name) {
        return staff.rename(id, version, name);
    }

    @Override
    public Versioned<StaffView> moveStaff(long id, long version, long unitId) {
        return staff.move(id, version, unitId);
    }

    @Override
    public Versioned<StaffView> deactivateStaff(long id) {
        return staff.deactivate(id);
    }

    @Override
    public Versioned<StaffView> reactivateStaff(long id) {
        return staff.reactivate(id);
    }

    @Override
    public Versioned<StaffView> grantPost(long staffId, long postId) {
        return staff.grant(staffId, postId);
    }

    @Override
    public Versioned<StaffView> revokePost(long staffId, long postId) {
        return staff.revoke(staffId, postId);
    }
}
