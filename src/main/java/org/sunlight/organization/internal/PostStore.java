package org.sunlight.organization.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.sunlight.organization.internal.Rows.PostRow;

/** SQL for the post (岗位) table. */
@Repository
class PostStore {

    private static final String COLUMNS = "id, unit_id, name, active, version";
    private static final RowMapper<PostRow> MAPPER = (rs, n) -> new PostRow(rs.getLong("id"), rs.getLong("unit_id"),
            rs.getString("name"), rs.getBoolean("active"), rs.getLong("version"));

    private final JdbcClient jdbc;

    PostStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PostRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from post where id = ?").param(id).query(MAPPER).optional();
    }

    Optional<PostRow> findByName(long unitId, String name) {
        return jdbc.sql("select " + COLUMNS + " from post where unit_id = ? and name = ?")
                .params(unitId, name).query(MAPPER).optional();
    }

    List<PostRow> of(long unitId) {
        return jdbc.sql("select " + COLUMNS + " from post where unit_id = ? order by id").param(unitId).query(MAPPER).list();
    }

    int countActiveIn(long unitId) {
        return jdbc.sql("select count(*) from post where unit_id = ? and active = true").param(unitId).query(Integer.class).single();
    }

    long insert(long unitId, String name) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into post (unit_id, name, active, version) values (?, ?, true, 0)")
                .params(unitId, name).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean rename(long id, long version, String name) {
        return jdbc.sql("update post set name = ?, version = version + 1 where id = ? and version = ?")
                .params(name, id, version).update() == 1;
    }

    boolean move(long id, long version, long unitId) {
        return jdbc.sql("update post set unit_id = ?, version = version + 1 where id = ? and version = ?")
                .params(unitId, id, version).update() == 1;
    }

    boolean setActive(long id, long version, boolean active) {
        return jdbc.sql("update post set active = ?, version = version + 1 where id = ? and version = ?")
                .params(active, id, version).update() == 1;
    }
}
