package org.sunlight.organization.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.organization.DepartmentKind;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.PostView;
import org.sunlight.organization.RegionView;
import org.sunlight.organization.StaffView;
import org.sunlight.organization.UnitView;
import org.sunlight.organization.internal.Rows.DepartmentRow;
import org.sunlight.organization.internal.Rows.PostRow;
import org.sunlight.organization.internal.Rows.RegionRow;
import org.sunlight.organization.internal.Rows.UnitRow;

/** The organisation tree read straight from its tables. */
@Service
@Transactional(readOnly = true)
class JdbcOrganizationDirectory implements OrganizationDirectory {

    private final RegionStore regions;
    private final DepartmentStore departments;
    private final UnitStore units;
    private final PostStore posts;
    private final StaffStore staff;

    JdbcOrganizationDirectory(RegionStore regions, DepartmentStore departments, UnitStore units, PostStore posts, StaffStore staff) {
        this.regions = regions;
        this.departments = departments;
        this.units = units;
        this.posts = posts;
        this.staff = staff;
    }

    @Override
    public Optional<RegionView> region(String code) {
        return regions.find(code).map(r -> view(r, pathOf(r)));
    }

    @Override
    public List<RegionView> childRegions(String parentCode) {
        Optional<RegionRow> parent = regions.find(parentCode);
        if (parent.isEmpty()) {
            return List.of();
        }
        List<String> parentPath = pathOf(parent.get());
        return regions.children(parentCode).stream().map(r -> view(r, append(parentPath, r.code()))).toList();
    }

    @Override
    public List<RegionView> rootRegions() {
        return regions.roots().stream().map(r -> view(r, List.of(r.code()))).toList();
    }

    @Override
    public List<RegionView> regionsWithin(String regionCode) {
        Optional<RegionRow> top = regions.find(regionCode);
        if (top.isEmpty()) {
            return List.of();
        }
        String[] range = RegionCodes.subtreeRange(top.get().code(), top.get().level());
        // Rows come ordered by code, so every parent precedes its children: paths build in one pass.
        Map<String, List<String>> paths = new HashMap<>();
        paths.put(top.get().code(), pathOf(top.get()));
        List<RegionView> result = new ArrayList<>();
        for (RegionRow r : regions.inRange(range[0], range[1])) {
            List<String> path = paths.computeIfAbsent(r.code(), c -> {
                List<String> parentPath = paths.get(r.parentCode());
                return parentPath == null ? pathOf(r) : append(parentPath, c);
            });
            result.add(view(r, path));
        }
        return result;
    }

    @Override
    public Optional<DepartmentView> department(long id) {
        return departments.find(id).map(JdbcOrganizationDirectory::view);
    }

    @Override
    public List<DepartmentView> departmentsWithin(String regionCode) {
        return regions.find(regionCode).map(r -> {
            String[] range = RegionCodes.subtreeRange(r.code(), r.level());
            return departments.inRegionRange(range[0], range[1]).stream().map(JdbcOrganizationDirectory::view).toList();
        }).orElse(List.of());
    }

    @Override
    public List<DepartmentView> departmentsIn(String regionCode) {
        return departments.inRegion(regionCode).stream().map(JdbcOrganizationDirectory::view).toList();
    }

    @Override
    public Optional<DepartmentKind> kindOf(long departmentId) {
        return departments.find(departmentId).map(DepartmentRow::kind);
    }

    @Override
    public List<DepartmentView> departmentsOfKind(String regionCode, DepartmentKind kind) {
        return regions.find(regionCode).map(r -> {
            String[] range = RegionCodes.subtreeRange(r.code(), r.level());
            return departments.inRegionRange(range[0], range[1]).stream()
                    .filter(d -> d.kind() == kind).map(JdbcOrganizationDirectory::view).toList();
        }).orElse(List.of());
    }

    @Override
    public List<DepartmentView> departmentsNamed(String name) {
        return departments.named(name).stream().map(JdbcOrganizationDirectory::view).toList();
    }

    @Override
    public Optional<UnitView> unit(long id) {
        return units.find(id).map(JdbcOrganizationDirectory::view);
    }

    @Override
    public List<UnitView> unitsOf(long departmentId) {
        return units.of(departmentId).stream().map(JdbcOrganizationDirectory::view).toList();
    }

    @Override
    public Optional<PostView> post(long id) {
        return posts.find(id).map(JdbcOrganizationDirectory::view);
    }

    @Override
    public List<PostView> postsOf(long unitId) {
        return posts.of(unitId).stream().map(JdbcOrganizationDirectory::view).toList();
    }

    @Override
    public Optional<StaffView> staff(long id) {
        return staff.view(id);
    }

    @Override
    public List<StaffView> staffNamed(String name) {
        return staff.viewsNamed(name);
    }

    @Override
    public List<StaffView> staffOf(long unitId) {
        return staff.viewsOfUnit(unitId);
    }

    @Override
    public List<StaffView> staffHolding(long postId) {
        return staff.viewsHolding(postId);
    }

    /** Codes from the root down to this region, following parent links (at most four levels). */
    List<String> pathOf(RegionRow region) {
        List<String> path = new ArrayList<>();
        RegionRow current = region;
        while (current != null && path.size() < 8) {
            path.add(current.code());
            current = current.parentCode() == null ? null : regions.find(current.parentCode()).orElse(null);
        }
        Collections.reverse(path);
        return List.copyOf(path);
    }

    private static List<String> append(List<String> path, String code) {
        List<String> result = new ArrayList<>(path);
        result.add(code);
        return List.copyOf(result);
    }

    static RegionView view(RegionRow r, List<String> path) {
        return new RegionView(r.code(), r.name(), r.level(), r.parentCode(), path, r.active());
    }

    static DepartmentView view(DepartmentRow d) {
        return new DepartmentView(d.id(), d.regionCode(), d.name(), d.shortName(), d.active());
    }

    static UnitView view(UnitRow u) {
        return new UnitView(u.id(), u.departmentId(), u.name(), u.active());
    }

    static PostView view(PostRow p) {
        return new PostView(p.id(), p.unitId(), p.name(), p.active());
    }
}
