package org.sunlight.organization.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.sunlight.organization.internal.Rows.UnitRow;

/** SQL for the unit (科室) table. */
@Repository
class UnitStore {

    private static final String COLUMNS = "id, department_id, name, active, version";
    private static final RowMapper<UnitRow> MAPPER = (rs, n) -> new UnitRow(rs.getLong("id"), rs.getLong("department_id"),
            rs.getString("name"), rs.getBoolean("active"), rs.getLong("version"));

    private final JdbcClient jdbc;

    UnitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UnitRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from unit where id = ?").param(id).query(MAPPER).optional();
    }

    Optional<UnitRow> findByName(long departmentId, String name) {
        return jdbc.sql("select " + COLUMNS + " from unit where department_id = ? and name = ?")
                .params(departmentId, name).query(MAPPER).optional();
    }

    List<UnitRow> of(long departmentId) {
        return jdbc.sql("select " + COLUMNS + " from unit where department_id = ? order by id").param(departmentId).query(MAPPER).list();
    }

    int countActiveIn(long departmentId) {
        return jdbc.sql("select count(*) from unit where department_id = ? and active = true").param(departmentId).query(Integer.class).single();
    }

    long insert(long departmentId, String name) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into unit (department_id, name, active, version) values (?, ?, true, 0)")
                .params(departmentId, name).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean rename(long id, long version, String name) {
        return jdbc.sql("update unit set name = ?, version = version + 1 where id = ? and version = ?")
                .params(name, id, version).update() == 1;
    }

    boolean move(long id, long version, long departmentId) {
        return jdbc.sql("update unit set department_id = ?, version = version + 1 where id = ? and version = ?")
                .params(departmentId, id, version).update() == 1;
    }

    boolean setActive(long id, long version, boolean active) {
        return jdbc.sql("update unit set active = ?, version = version + 1 where id = ? and version = ?")
                .params(active, id, version).update() == 1;
    }
}
