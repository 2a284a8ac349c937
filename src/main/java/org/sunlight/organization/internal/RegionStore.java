package org.sunlight.organization.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunlight.organization.RegionLevel;
import org.sunlight.organization.internal.Rows.RegionRow;

/** SQL for the region table. Updates bump the version and return false when the expected version is stale. */
@Repository
class RegionStore {

    private static final String COLUMNS = "code, name, level, parent_code, active, version";
    private static final RowMapper<RegionRow> MAPPER = (rs, n) -> new RegionRow(rs.getString("code"), rs.getString("name"),
            RegionLevel.valueOf(rs.getString("level")), rs.getString("parent_code"), rs.getBoolean("active"), rs.getLong("version"));

    private final JdbcClient jdbc;

    RegionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RegionRow> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from region where code = ?").param(code).query(MAPPER).optional();
    }

    List<RegionRow> children(String parentCode) {
        return jdbc.sql("select " + COLUMNS + " from region where parent_code = ? order by code").param(parentCode).query(MAPPER).list();
    }

    List<RegionRow> roots() {
        return jdbc.sql("select " + COLUMNS + " from region where parent_code is null order by code").query(MAPPER).list();
    }

    /** Every region with a code in [low, high], i.e. a subtree (see {@link RegionCodes#subtreeRange}). */
    List<RegionRow> inRange(String low, String high) {
        return jdbc.sql("select " + COLUMNS + " from region where code >= ? and code <= ? order by code")
                .params(low, high).query(MAPPER).list();
    }

    int countActiveChildren(String code) {
        return jdbc.sql("select count(*) from region where parent_code = ? and active = true").param(code).query(Integer.class).single();
    }

    void insert(String code, String name, RegionLevel level, String parentCode) {
        jdbc.sql("insert into region (code, name, level, parent_code, active, version) values (?, ?, ?, ?, true, 0)")
                .params(code, name, level.name(), parentCode).update();
    }

    boolean rename(String code, long version, String name) {
        return jdbc.sql("update region set name = ?, version = version + 1 where code = ? and version = ?")
                .params(name, code, version).update() == 1;
    }

    boolean move(String code, long version, String parentCode) {
        return jdbc.sql("update region set parent_code = ?, version = version + 1 where code = ? and version = ?")
                .params(parentCode, code, version).update() == 1;
    }

    boolean setActive(String code, long version, boolean active) {
        return jdbc.sql("update region set active = ?, version = version + 1 where code = ? and version = ?")
                .params(active, code, version).update() == 1;
    }
}
