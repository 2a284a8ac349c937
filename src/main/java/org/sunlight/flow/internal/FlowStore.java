package org.sunlight.flow.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.sunlight.flow.FlowDefinition;
import org.sunlight.flow.FlowState;
import org.sunlight.flow.FlowVersionView;

/**
 * Rows of flow_version. Writes to a draft carry the expected version and fail with
 * {@link OptimisticLockingFailureException} when someone else changed it first (or it is no longer a draft).
 */
@Repository
public class FlowStore {

    private static final String COLUMNS = "id, item_id, item_version_id, version_no, state, template, definition, effective_from, "
            + "published_at, published_by, warnings_confirmed, created_at, created_by, updated_at, updated_by, version";
    private static final String RELEASED = "state in ('PUBLISHED', 'SUPERSEDED')";

    private final JdbcClient jdbc;
    private final FlowJson json;

    FlowStore(JdbcClient jdbc, FlowJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<FlowVersionView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from flow_version where id = ?").param(id).query(this::map).optional();
    }

    public List<FlowVersionView> ofItem(long itemId) {
        return jdbc.sql("select " + COLUMNS + " from flow_version where item_id = ? order by version_no desc")
                .param(itemId).query(this::map).list();
    }

    public Optional<FlowVersionView> inForce(long itemId, LocalDate date) {
        return jdbc.sql("select " + COLUMNS + " from flow_version where item_id = ? and " + RELEASED
                        + " and effective_from <= ? order by effective_from desc, version_no desc limit 1")
                .params(itemId, date).query(this::map).optional();
    }

    public Optional<FlowVersionView> draftOf(long itemId) {
        return jdbc.sql("select " + COLUMNS + " from flow_version where item_id = ? and state = 'DRAFT' order by version_no desc limit 1")
                .param(itemId).query(this::map).optional();
    }

    /** The latest effective date among the item's released versions. */
    public Optional<LocalDate> latestEffective(long itemId) {
        return jdbc.sql("select max(effective_from) from flow_version where item_id = ? and " + RELEASED).param(itemId)
                .query((rs, i) -> {
                    java.sql.Date d = rs.getDate(1);
                    return d == null ? null : d.toLocalDate();
                }).list().stream().filter(java.util.Objects::nonNull).findFirst();
    }

    public int nextVersionNo(long itemId) {
        return jdbc.sql("select coalesce(max(version_no), 0) + 1 from flow_version where item_id = ?")
                .param(itemId).query(Integer.class).single();
    }

    public long insertDraft(long itemId, long itemVersionId, int versionNo, String template, FlowDefinition definition, Instant now,
            String by) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into flow_version (item_id, item_version_id, version_no, state, template, definition, created_at, created_by, "
                        + "updated_at, updated_by, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(itemId, itemVersionId, versionNo, FlowState.DRAFT.name(), template, json.write(definition), ts(now), by, ts(now), by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void updateDraft(long id, long expectedVersion, FlowDefinition definition, Instant now, String by) {
        one(jdbc.sql("update flow_version set definition = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                        + "where id = ? and version = ? and state = 'DRAFT'")
                .params(json.write(definition), ts(now), by, id, expectedVersion).update(), id);
    }

    public void publish(long id, long expectedVersion, LocalDate effectiveFrom, boolean warningsConfirmed, Instant now, String by) {
        one(jdbc.sql("update flow_version set state = 'PUBLISHED', effective_from = ?, published_at = ?, published_by = ?, "
                        + "warnings_confirmed = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                        + "where id = ? and version = ? and state = 'DRAFT'")
                .params(effectiveFrom, ts(now), by, warningsConfirmed, ts(now), by, id, expectedVersion).update(), id);
    }

    /** Marks the item's other published versions as superseded by {@code newId}; returns their ids. */
    public List<Long> supersedeOthers(long itemId, long newId, Instant now, String by) {
        List<Long> ids = jdbc.sql("select id from flow_version where item_id = ? and state = 'PUBLISHED' and id <> ?")
                .params(itemId, newId).query(Long.class).list();
        jdbc.sql("update flow_version set state = 'SUPERSEDED', updated_at = ?, updated_by = ?, version = version + 1 "
                        + "where item_id = ? and state = 'PUBLISHED' and id <> ?")
                .params(ts(now), by, itemId, newId).update();
        return ids;
    }

    public void deleteDraft(long id, long expectedVersion) {
        one(jdbc.sql("delete from flow_version where id = ? and version = ? and state = 'DRAFT'").params(id, expectedVersion).update(), id);
    }

    /** One line per version of the given items (no definitions): for lists of items. */
    public record Summary(long id, long itemId, int versionNo, FlowState state, LocalDate effectiveFrom) {
    }

    public List<Summary> summaries(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, item_id, version_no, state, effective_from from flow_version where item_id in (:ids) "
                        + "order by item_id, version_no desc")
                .param("ids", itemIds)
                .query((rs, i) -> {
                    java.sql.Date d = rs.getDate("effective_from");
                    return new Summary(rs.getLong("id"), rs.getLong("item_id"), rs.getInt("version_no"),
                            FlowState.valueOf(rs.getString("state")), d == null ? null : d.toLocalDate());
                }).list();
    }

    private static void one(int updated, long id) {
        if (updated != 1) {
            throw new OptimisticLockingFailureException("flow_version " + id + " changed concurrently or is no longer a draft");
        }
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private FlowVersionView map(ResultSet rs, int row) throws SQLException {
        java.sql.Date effective = rs.getDate("effective_from");
        Timestamp published = rs.getTimestamp("published_at");
        return new FlowVersionView(rs.getLong("id"), rs.getLong("item_id"), rs.getLong("item_version_id"), rs.getInt("version_no"),
                FlowState.valueOf(rs.getString("state")), rs.getString("template"), effective == null ? null : effective.toLocalDate(),
                published == null ? null : published.toInstant(), rs.getString("published_by"), rs.getBoolean("warnings_confirmed"),
                json.read(rs.getString("definition")), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"), rs.getLong("version"));
    }
}
