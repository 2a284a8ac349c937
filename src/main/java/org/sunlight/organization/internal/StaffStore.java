package org.sunlight.organization.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.sunlight.organization.StaffView;
import org.sunlight.organization.internal.Rows.StaffRow;

/** SQL for staff and the posts they hold. */
@Repository
class StaffStore {

    private static final String COLUMNS = "id, name, unit_id, active, version";
    private static final RowMapper<StaffRow> MAPPER = (rs, n) -> new StaffRow(rs.getLong("id"), rs.getString("name"),
            rs.getLong("unit_id"), rs.getBoolean("active"), rs.getLong("version"));

    /** Staff with the department and region of their unit, for {@link StaffView}. */
    private static final String VIEW_SELECT = """
            select s.id, s.name, s.unit_id, u.department_id, d.region_code, s.active
              from staff s join unit u on u.id = s.unit_id join department d on d.id = u.department_id
            """;

    private record Placed(long id, String name, long unitId, long departmentId, String regionCode, boolean active) {
    }

    private static final RowMapper<Placed> PLACED = (rs, n) -> new Placed(rs.getLong("id"), rs.getString("name"),
            rs.getLong("unit_id"), rs.getLong("department_id"), rs.getString("region_code"), rs.getBoolean("active"));

    private final JdbcClient jdbc;

    StaffStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StaffRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from staff where id = ?").param(id).query(MAPPER).optional();
    }

    List<StaffRow> named(String name, long unitId) {
        return jdbc.sql("select " + COLUMNS + " from staff where name = ? and unit_id = ? order by id").params(name, unitId).query(MAPPER).list();
    }

    int countActiveIn(long unitId) {
        return jdbc.sql("select count(*) from staff where unit_id = ? and active = true").param(unitId).query(Integer.class).single();
    }

    long insert(String name, long unitId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into staff (name, unit_id, active, version) values (?, ?, true, 0)")
                .params(name, unitId).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean rename(long id, long version, String name) {
        return jdbc.sql("update staff set name = ?, version = version + 1 where id = ? and version = ?")
                .params(name, id, version).update() == 1;
    }

    boolean move(long id, long version, long unitId) {
        return jdbc.sql("update staff set unit_id = ?, version = version + 1 where id = ? and version = ?")
                .params(unitId, id, version).update() == 1;
    }

    boolean setActive(long id, long version, boolean active) {
        return jdbc.sql("update staff set active = ?, version = version + 1 where id = ? and version = ?")
                .params(active, id, version).update() == 1;
    }

    // ---- posts held

    Set<Long> postsOf(long staffId) {
        return new LinkedHashSet<>(jdbc.sql("select post_id from staff_post where staff_id = ? order by post_id")
                .param(staffId).query(Long.class).list());
    }

    boolean holds(long staffId, long postId) {
        return jdbc.sql("select count(*) from staff_post where staff_id = ? and post_id = ?")
                .params(staffId, postId).query(Integer.class).single() > 0;
    }

    void grant(long staffId, long postId) {
        jdbc.sql("insert into staff_post (staff_id, post_id) values (?, ?)").params(staffId, postId).update();
    }

    /** Removes the holding (an association, not a record anyone refers to; the audit trail keeps the history). */
    void revoke(long staffId, long postId) {
        jdbc.sql("delete from staff_post where staff_id = ? and post_id = ?").params(staffId, postId).update();
    }

    void revokeAll(long staffId) {
        jdbc.sql("delete from staff_post where staff_id = ?").param(staffId).update();
    }

    /** How many active staff hold this post. */
    int countActiveHolders(long postId) {
        return jdbc.sql("select count(*) from staff_post sp join staff s on s.id = sp.staff_id where sp.post_id = ? and s.active = true")
                .param(postId).query(Integer.class).single();
    }

    /** How many staff (active or not) hold this post. */
    int countHolders(long postId) {
        return jdbc.sql("select count(*) from staff_post where post_id = ?").param(postId).query(Integer.class).single();
    }

    // ---- views

    Optional<StaffView> view(long id) {
        return views(VIEW_SELECT + " where s.id = ?", id).stream().findFirst();
    }

    List<StaffView> viewsNamed(String name) {
        return views(VIEW_SELECT + " where s.name = ? order by s.id", name);
    }

    List<StaffView> viewsOfUnit(long unitId) {
        return views(VIEW_SELECT + " where s.unit_id = ? order by s.id", unitId);
    }

    List<StaffView> viewsHolding(long postId) {
        return views(VIEW_SELECT + " where s.id in (select staff_id from staff_post where post_id = ?) order by s.id", postId);
    }

    private List<StaffView> views(String sql, Object param) {
        List<Placed> placed = jdbc.sql(sql).param(param).query(PLACED).list();
        if (placed.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Long>> posts = new HashMap<>();
        jdbc.sql("select staff_id, post_id from staff_post where staff_id in (:ids) order by post_id")
                .param("ids", placed.stream().map(Placed::id).toList())
                .query((rs, n) -> posts.computeIfAbsent(rs.getLong("staff_id"), k -> new LinkedHashSet<>()).add(rs.getLong("post_id")))
                .list();
        List<StaffView> views = new ArrayList<>(placed.size());
        for (Placed p : placed) {
            views.add(new StaffView(p.id(), p.name(), p.unitId(), p.departmentId(), p.regionCode(),
                    Collections.unmodifiableSet(posts.getOrDefault(p.id(), new LinkedHashSet<>())), p.active()));
        }
        return views;
    }
}
