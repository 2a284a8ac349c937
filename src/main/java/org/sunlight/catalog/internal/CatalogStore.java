package org.sunlight.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunlight.catalog.ItemLifecycle;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemVersionView;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.catalog.VersionState;

/**
 * Rows of power_item, power_item_version and catalog_signoff. Every write that two people could race
 * on carries the expected version and fails with {@link OptimisticLockingFailureException} when stale.
 */
@Repository
public class CatalogStore {

    private static final String ITEM_COLUMNS = "id, code, department_id, unit_id, seq_no, lifecycle, lifecycle_reason, "
            + "abolished_on, delegated_to_item_id, delegated_from_item_id, version";
    private static final String VERSION_COLUMNS = "id, item_id, version_no, state, effective_from, published_at, content, version";

    private final JdbcClient jdbc;
    private final ContentCodec codec;

    CatalogStore(JdbcClient jdbc, ContentCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    // ---- items

    public Optional<PowerItemView> item(long id) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from power_item where id = ?").param(id).query(CatalogStore::mapItem).optional();
    }

    public Optional<PowerItemView> itemByCode(String code) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from power_item where code = ?").param(code).query(CatalogStore::mapItem).optional();
    }

    public List<PowerItemView> itemsOf(long departmentId) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from power_item where department_id = ? order by seq_no, id")
                .param(departmentId).query(CatalogStore::mapItem).list();
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("select count(*) from power_item where code = ?").param(code).query(Long.class).single() > 0;
    }

    public int nextSeqNo(long departmentId) {
        return jdbc.sql("select coalesce(max(seq_no), 0) + 1 from power_item where department_id = ?")
                .param(departmentId).query(Integer.class).single();
    }

    public long insertItem(String code, long departmentId, Long unitId, int seqNo, Instant now) {
        jdbc.sql("insert into power_item (code, department_id, unit_id, seq_no, lifecycle, created_at, version) values (?, ?, ?, ?, ?, ?, 0)")
                .params(code, departmentId, unitId, seqNo, ItemLifecycle.ACTIVE.name(), ts(now)).update();
        return jdbc.sql("select id from power_item where code = ?").param(code).query(Long.class).single();
    }

    public void assignUnit(long itemId, long expectedVersion, Long unitId) {
        one(jdbc.sql("update power_item set unit_id = ?, version = version + 1 where id = ? and version = ?")
                .params(unitId, itemId, expectedVersion).update(), "power_item", itemId);
    }

    public void setLifecycle(long itemId, long expectedVersion, ItemLifecycle lifecycle, String reason, LocalDate abolishedOn,
            Long delegatedToItemId) {
        one(jdbc.sql("update power_item set lifecycle = ?, lifecycle_reason = ?, abolished_on = ?, delegated_to_item_id = ?, "
                        + "version = version + 1 where id = ? and version = ?")
                .params(lifecycle.name(), reason, abolishedOn, delegatedToItemId, itemId, expectedVersion).update(), "power_item", itemId);
    }

    public void setDelegatedFrom(long itemId, long fromItemId) {
        jdbc.sql("update power_item set delegated_from_item_id = ? where id = ?").params(fromItemId, itemId).update();
    }

    // ---- versions

    public Optional<PowerItemVersionView> version(long id) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from power_item_version where id = ?").param(id).query(this::mapVersion).optional();
    }

    public List<PowerItemVersionView> versions(long itemId) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from power_item_version where item_id = ? order by version_no desc")
                .param(itemId).query(this::mapVersion).list();
    }

    public Optional<PowerItemVersionView> versionInForce(long itemId, LocalDate date) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from power_item_version where item_id = ? and state in ('PUBLISHED', 'SUPERSEDED') "
                        + "and effective_from <= ? order by effective_from desc, version_no desc limit 1")
                .params(itemId, date).query(this::mapVersion).optional();
    }

    public long insertVersion(long itemId, int versionNo, VersionState state, PowerItemContent content, Instant now, String by) {
        jdbc.sql("insert into power_item_version (item_id, version_no, state, name, category, basic_code, implementation_code, "
                        + "business_item_code, content, created_at, created_by, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(itemId, versionNo, state.name(), content.name(), content.category().name(), content.basicCode(),
                        content.implementationCode(), content.businessItemCode(), codec.write(content), ts(now), by, ts(now))
                .update();
        return jdbc.sql("select id from power_item_version where item_id = ? and version_no = ?").params(itemId, versionNo)
                .query(Long.class).single();
    }

    /** Replaces a draft's content; only drafts may be edited (the caller checks the state). */
    public void updateContent(long versionId, long expectedVersion, PowerItemContent content, Instant now) {
        one(jdbc.sql("update power_item_version set name = ?, category = ?, basic_code = ?, implementation_code = ?, "
                        + "business_item_code = ?, content = ?, updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(content.name(), content.category().name(), content.basicCode(), content.implementationCode(),
                        content.businessItemCode(), codec.write(content), ts(now), versionId, expectedVersion)
                .update(), "power_item_version", versionId);
    }

    public void setState(long versionId, long expectedVersion, VersionState state, LocalDate effectiveFrom, Instant publishedAt, Instant now) {
        one(jdbc.sql("update power_item_version set state = ?, effective_from = coalesce(?, effective_from), "
                        + "published_at = coalesce(?, published_at), updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(state.name(), effectiveFrom, ts(publishedAt), ts(now), versionId, expectedVersion).update(),
                "power_item_version", versionId);
    }

    public int nextVersionNo(long itemId) {
        return jdbc.sql("select coalesce(max(version_no), 0) + 1 from power_item_version where item_id = ?")
                .param(itemId).query(Integer.class).single();
    }

    // ---- sign-off trail

    public record SignOff(long id, long itemId, Long versionId, String action, String fromState, String toState,
            String actor, String role, String opinion, Instant at) {
    }

    public void signOff(long itemId, Long versionId, String action, VersionState from, VersionState to, String actor,
            String role, String opinion, Instant at) {
        jdbc.sql("insert into catalog_signoff (item_id, version_id, action, from_state, to_state, actor, role, opinion, at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(itemId, versionId, action, from == null ? null : from.name(), to == null ? null : to.name(), actor,
                        role, opinion, ts(at))
                .update();
    }

    public List<SignOff> signOffs(long itemId) {
        return jdbc.sql("select * from catalog_signoff where item_id = ? order by at, id").param(itemId)
                .query((rs, i) -> new SignOff(rs.getLong("id"), rs.getLong("item_id"), nullableLong(rs, "version_id"),
                        rs.getString("action"), rs.getString("from_state"), rs.getString("to_state"), rs.getString("actor"),
                        rs.getString("role"), rs.getString("opinion"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    // ---- mapping

    private static void one(int updated, String table, long id) {
        if (updated != 1) {
            throw new OptimisticLockingFailureException(table + " " + id + " changed concurrently");
        }
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static PowerItemView mapItem(ResultSet rs, int row) throws SQLException {
        java.sql.Date abolished = rs.getDate("abolished_on");
        return new PowerItemView(rs.getLong("id"), rs.getString("code"), rs.getLong("department_id"), nullableLong(rs, "unit_id"),
                rs.getInt("seq_no"), ItemLifecycle.valueOf(rs.getString("lifecycle")), rs.getString("lifecycle_reason"),
                abolished == null ? null : abolished.toLocalDate(), nullableLong(rs, "delegated_to_item_id"),
                nullableLong(rs, "delegated_from_item_id"), rs.getLong("version"));
    }

    private PowerItemVersionView mapVersion(ResultSet rs, int row) throws SQLException {
        java.sql.Date effective = rs.getDate("effective_from");
        Timestamp published = rs.getTimestamp("published_at");
        return new PowerItemVersionView(rs.getLong("id"), rs.getLong("item_id"), rs.getInt("version_no"),
                VersionState.valueOf(rs.getString("state")), effective == null ? null : effective.toLocalDate(),
                published == null ? null : published.toInstant(), codec.read(rs.getString("content")), rs.getLong("version"));
    }
}
