package org.sunlight.legal.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for enforcement bodies. Updates are conditional on the version (optimistic locking). */
@Repository
class BodyStore {

    record BodyRow(long id, long departmentId, String legalBasis, String scope, boolean active, long version) {
    }

    private static final String COLUMNS = "id, department_id, legal_basis, scope, active, version";
    private static final RowMapper<BodyRow> MAPPER = (rs, n) -> new BodyRow(rs.getLong("id"), rs.getLong("department_id"),
            rs.getString("legal_basis"), rs.getString("scope"), rs.getBoolean("active"), rs.getLong("version"));

    private final JdbcClient jdbc;

    BodyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BodyRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from enforcement_body where id = ?").param(id).query(MAPPER).optional();
    }

    Optional<BodyRow> ofDepartment(long departmentId) {
        return jdbc.sql("select " + COLUMNS + " from enforcement_body where department_id = ?").param(departmentId).query(MAPPER).optional();
    }

    List<BodyRow> all() {
        return jdbc.sql("select " + COLUMNS + " from enforcement_body order by department_id").query(MAPPER).list();
    }

    List<BodyRow> ofDepartments(Collection<Long> departmentIds) {
        if (departmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from enforcement_body where department_id in (:ids) order by department_id")
                .param("ids", departmentIds).query(MAPPER).list();
    }

    long insert(long departmentId, String legalBasis, String scope, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into enforcement_body (department_id, legal_basis, scope, active, created_at, updated_at, version)
                values (?, ?, ?, true, ?, ?, 0)""")
                .params(departmentId, legalBasis, scope, Timestamp.from(now), Timestamp.from(now)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean update(long id, long version, String legalBasis, String scope, Instant now) {
        return jdbc.sql("update enforcement_body set legal_basis = ?, scope = ?, updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(legalBasis, scope, Timestamp.from(now), id, version).update() == 1;
    }

    boolean setActive(long id, long version, boolean active, Instant now) {
        return jdbc.sql("update enforcement_body set active = ?, updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(active, Timestamp.from(now), id, version).update() == 1;
    }
}
