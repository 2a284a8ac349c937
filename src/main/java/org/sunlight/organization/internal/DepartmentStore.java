package org.sunlight.organization.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.sunlight.organization.DepartmentKind;
import org.sunlight.organization.internal.Rows.DepartmentRow;

/** SQL for the department table. */
@Repository
class DepartmentStore {

    private static final String COLUMNS = "id, region_code, name, short_name, kind, active, version";
    private static final RowMapper<DepartmentRow> MAPPER = (rs, n) -> new DepartmentRow(rs.getLong("id"), rs.getString("region_code"),
            rs.getString("name"), rs.getString("short_name"),
            rs.getString("kind") == null ? null : DepartmentKind.valueOf(rs.getString("kind")),
            rs.getBoolean("active"), rs.getLong("version"));

    private final JdbcClient jdbc;

    DepartmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DepartmentRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from department where id = ?").param(id).query(MAPPER).optional();
    }

    Optional<DepartmentRow> findByName(String regionCode, String name) {
        return jdbc.sql("select " + COLUMNS + " from department where region_code = ? and name = ?")
                .params(regionCode, name).query(MAPPER).optional();
    }

    List<DepartmentRow> named(String name) {
        return jdbc.sql("select " + COLUMNS + " from department where name = ? order by region_code, id").param(name).query(MAPPER).list();
    }

    List<DepartmentRow> inRegion(String regionCode) {
        return jdbc.sql("select " + COLUMNS + " from department where region_code = ? order by id").param(regionCode).query(MAPPER).list();
    }

    /** Departments of every region with a code in [low, high] (a subtree). */
    List<DepartmentRow> inRegionRange(String low, String high) {
        return jdbc.sql("select " + COLUMNS + " from department where region_code >= ? and region_code <= ? order by region_code, id")
                .params(low, high).query(MAPPER).list();
    }

    int countActiveIn(String regionCode) {
        return jdbc.sql("select count(*) from department where region_code = ? and active = true").param(regionCode).query(Integer.class).single();
    }

    long insert(String regionCode, String name, String shortName, DepartmentKind kind) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into department (region_code, name, short_name, kind, active, version) values (?, ?, ?, ?, true, 0)")
                .params(regionCode, name, shortName, kind == null ? null : kind.name()).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean rename(long id, long version, String name, String shortName, DepartmentKind kind) {
        return jdbc.sql("update department set name = ?, short_name = ?, kind = ?, version = version + 1 where id = ? and version = ?")
                .params(name, shortName, kind == null ? null : kind.name(), id, version).update() == 1;
    }

    boolean move(long id, long version, String regionCode) {
        return jdbc.sql("update department set region_code = ?, version = version + 1 where id = ? and version = ?")
                .params(regionCode, id, version).update() == 1;
    }

    boolean setActive(long id, long version, boolean active) {
        return jdbc.sql("update department set active = ?, version = version + 1 where id = ? and version = ?")
                .params(active, id, version).update() == 1;
    }
}
