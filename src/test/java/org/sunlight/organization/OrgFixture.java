package org.sunlight.organization;

import java.util.concurrent.atomic.AtomicInteger;

import org.sunlight.common.NotFoundException;

/**
 * Fresh, uniquely named organisation data for tests that share one database with the demo data and
 * with each other: a test province 990000 (created once) and a new city under it per call.
 */
public final class OrgFixture {

    public static final String PROVINCE = "990000";
    private static final AtomicInteger CITIES = new AtomicInteger(1);
    private static final AtomicInteger NAMES = new AtomicInteger(1);

    private final OrganizationAdmin admin;

    public OrgFixture(OrganizationAdmin admin) {
        this.admin = admin;
    }

    /** A name no other test uses. */
    public static String unique(String base) {
        return base + NAMES.getAndIncrement();
    }

    /** A new active city (99NN00) under the test province. */
    public String city() {
        province();
        int n = CITIES.getAndIncrement();
        if (n > 99) {
            throw new IllegalStateException("test province has no more city codes");
        }
        String code = "99" + String.format("%02d", n) + "00";
        admin.createRegion(code, "测试市" + n, RegionLevel.CITY, PROVINCE);
        return code;
    }

    /** A new county (the city's 01) under a new city. */
    public String county() {
        String city = city();
        String code = city.substring(0, 4) + "01";
        admin.createRegion(code, "测试县" + code, RegionLevel.COUNTY, city);
        return code;
    }

    /** A department with one unit, one post and one member of staff holding it, in a new county. */
    public Chain chain() {
        String county = county();
        long department = admin.createDepartment(county, unique("测试局"), "测局", null).value().id();
        long unit = admin.createUnit(department, "法规科").value().id();
        long post = admin.createPost(unit, "受理岗").value().id();
        long staff = admin.createStaff(unique("测试人员"), unit).value().id();
        admin.grantPost(staff, post);
        return new Chain(county, department, unit, post, staff);
    }

    public record Chain(String region, long department, long unit, long post, long staff) {
    }

    private synchronized void province() {
        try {
            admin.region(PROVINCE);
        } catch (NotFoundException e) {
            admin.createRegion(PROVINCE, "测试省", RegionLevel.PROVINCE, null);
        }
    }
}
