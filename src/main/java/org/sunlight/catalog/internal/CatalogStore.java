package org.sunlight.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunlight.catalog.ItemFilter;
import org.sunlight.catalog.ItemLifecycle;
import org.sunlight.catalog.ItemSummary;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemVersionView;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.catalog.ReviewLevel;
import org.sunlight.catalog.ReviewTask;
import org.sunlight.catalog.SignOffView;
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
                .params(itemId, versionNo, state.name(), nameOf(content), categoryOf(content), content.basicCode(),
                        content.implementationCode(), content.businessItemCode(), codec.write(content), ts(now), by, ts(now))
                .update();
        return jdbc.sql("select id from power_item_version where item_id = ? and version_no = ?").params(itemId, versionNo)
                .query(Long.class).single();
    }

    /** Replaces a draft's content; only drafts may be edited (the caller checks the state). */
    public void updateContent(long versionId, long expectedVersion, PowerItemContent content, Instant now) {
        one(jdbc.sql("update power_item_version set name = ?, category = ?, basic_code = ?, implementation_code = ?, "
                        + "business_item_code = ?, content = ?, updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(nameOf(content), categoryOf(content), content.basicCode(), content.implementationCode(),
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

    // ---- catalog-core additions: lookups for the services and staff pages

    /** The states of a version not yet published: at most one such version per item. */
    public static final List<VersionState> OPEN_STATES = List.of(VersionState.DRAFT, VersionState.SUBMITTED,
            VersionState.UNIT_APPROVED, VersionState.LEADER_APPROVED, VersionState.LEGAL_APPROVED);

    public boolean seqTaken(long departmentId, int seqNo) {
        return jdbc.sql("select count(*) from power_item where department_id = ? and seq_no = ?").params(departmentId, seqNo)
                .query(Long.class).single() > 0;
    }

    /** Items of a department numbered from..to (inclusive), in list order. */
    public List<PowerItemView> itemsInRange(long departmentId, int from, int to) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from power_item where department_id = ? and seq_no between ? and ? order by seq_no, id")
                .params(departmentId, from, to).query(CatalogStore::mapItem).list();
    }

    /** The version being drafted or reviewed, if any. */
    public Optional<PowerItemVersionView> openVersion(long itemId) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from power_item_version where item_id = :item and state in (:states) "
                        + "order by version_no desc")
                .param("item", itemId).param("states", OPEN_STATES.stream().map(Enum::name).toList())
                .query(this::mapVersion).stream().findFirst();
    }

    /** The version in state PUBLISHED (the newest published; it may take effect in the future). */
    public Optional<PowerItemVersionView> publishedVersion(long itemId) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from power_item_version where item_id = ? and state = 'PUBLISHED' "
                        + "order by version_no desc")
                .param(itemId).query(this::mapVersion).stream().findFirst();
    }

    private static final String SUMMARY_FROM = " from power_item i join power_item_version v on v.item_id = i.id "
            + "where v.version_no = (select max(m.version_no) from power_item_version m where m.item_id = i.id) "
            + "and i.department_id = :department";

    /** A page of a department's list: each item with its newest version. */
    public List<ItemSummary> summaries(ItemFilter filter, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select i.id, i.code, i.department_id, i.unit_id, i.seq_no, i.lifecycle, "
                + "i.lifecycle_reason, i.abolished_on, i.delegated_to_item_id, i.delegated_from_item_id, i.version, "
                + "v.id as v_id, v.version_no as v_no, v.state as v_state, v.name as v_name, v.category as v_category, "
                + "(select max(p.version_no) from power_item_version p where p.item_id = i.id and p.state = 'PUBLISHED') as published_no")
                .append(SUMMARY_FROM);
        Map<String, Object> params = filterParams(filter, sql);
        sql.append(" order by i.seq_no, i.id limit :limit offset :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            String category = rs.getString("v_category");
            int published = rs.getInt("published_no");
            Integer publishedNo = rs.wasNull() ? null : published;
            return new ItemSummary(mapItem(rs, n), rs.getLong("v_id"), rs.getInt("v_no"), VersionState.valueOf(rs.getString("v_state")),
                    rs.getString("v_name"), category == null ? null : PowerCategory.valueOf(category), publishedNo);
        }).list();
    }

    public long countSummaries(ItemFilter filter) {
        StringBuilder sql = new StringBuilder("select count(*)").append(SUMMARY_FROM);
        Map<String, Object> params = filterParams(filter, sql);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static Map<String, Object> filterParams(ItemFilter f, StringBuilder sql) {
        Map<String, Object> params = new HashMap<>();
        params.put("department", f.departmentId());
        if (f.unassigned()) {
            sql.append(" and i.unit_id is null");
        } else if (f.unitId() != null) {
            sql.append(" and i.unit_id = :unit");
            params.put("unit", f.unitId());
        }
        if (f.category() != null) {
            sql.append(" and v.category = :category");
            params.put("category", f.category().name());
        }
        if (f.state() != null) {
            sql.append(" and v.state = :state");
            params.put("state", f.state().name());
        }
        if (f.lifecycle() != null) {
            sql.append(" and i.lifecycle = :lifecycle");
            params.put("lifecycle", f.lifecycle().name());
        }
        if (f.query() != null && !f.query().isBlank()) {
            sql.append(" and (lower(i.code) like :q or lower(v.name) like :q)");
            params.put("q", "%" + f.query().trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        return params;
    }

    /**
     * Where a reviewer may look: everywhere, or items of these departments, items of these units, and
     * unassigned items of these departments.
     */
    public record ReviewScope(boolean everywhere, Set<Long> departmentIds, Set<Long> unitIds,
            Set<Long> unassignedOfDepartmentIds) {

        public boolean empty() {
            return !everywhere && departmentIds.isEmpty() && unitIds.isEmpty() && unassignedOfDepartmentIds.isEmpty();
        }
    }

    /** Versions in {@code state} within {@code scope}, oldest waiting first. */
    public List<ReviewTask> awaiting(ReviewLevel level, ReviewScope scope, int limit) {
        if (scope.empty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select i.id, i.code, i.department_id, i.unit_id, i.seq_no, i.lifecycle, "
                + "i.lifecycle_reason, i.abolished_on, i.delegated_to_item_id, i.delegated_from_item_id, i.version, "
                + "v.id as v_id, v.version_no as v_no, v.version as v_version, v.name as v_name, v.category as v_category, "
                + "v.updated_at as v_updated, "
                + "(select s.actor from catalog_signoff s where s.id = (select max(s2.id) from catalog_signoff s2 "
                + "where s2.version_id = v.id and s2.action = 'SUBMIT')) as submitted_by "
                + "from power_item_version v join power_item i on i.id = v.item_id where v.state = :state");
        Map<String, Object> params = new HashMap<>();
        params.put("state", level.awaits().name());
        if (!scope.everywhere()) {
            List<String> ors = new ArrayList<>();
            if (!scope.departmentIds().isEmpty()) {
                ors.add("i.department_id in (:departments)");
                params.put("departments", scope.departmentIds());
            }
            if (!scope.unitIds().isEmpty()) {
                ors.add("i.unit_id in (:units)");
                params.put("units", scope.unitIds());
            }
            if (!scope.unassignedOfDepartmentIds().isEmpty()) {
                ors.add("(i.unit_id is null and i.department_id in (:unassigned))");
                params.put("unassigned", scope.unassignedOfDepartmentIds());
            }
            sql.append(" and (").append(String.join(" or ", ors)).append(")");
        }
        sql.append(" order by v.updated_at, v.id limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            String category = rs.getString("v_category");
            return new ReviewTask(level, mapItem(rs, n), rs.getLong("v_id"), rs.getInt("v_no"), rs.getLong("v_version"),
                    rs.getString("v_name"), category == null ? null : PowerCategory.valueOf(category), rs.getString("submitted_by"),
                    rs.getTimestamp("v_updated").toInstant());
        }).list();
    }

    /** An item's trail with each step's version number. */
    public List<SignOffView> trail(long itemId) {
        return jdbc.sql("select s.*, v.version_no from catalog_signoff s left join power_item_version v on v.id = s.version_id "
                        + "where s.item_id = ? order by s.at, s.id")
                .param(itemId).query((rs, n) -> {
                    int no = rs.getInt("version_no");
                    Integer versionNo = rs.wasNull() ? null : no;
                    return new SignOffView(rs.getLong("id"), rs.getLong("item_id"), nullableLong(rs, "version_id"), versionNo,
                            rs.getString("action"), rs.getString("from_state"), rs.getString("to_state"), rs.getString("actor"),
                            rs.getString("role"), rs.getString("opinion"), rs.getTimestamp("at").toInstant());
                }).list();
    }

    /** The sign-offs of one version since its latest submission (the current review round), oldest first. */
    public List<SignOff> currentRound(long versionId) {
        return jdbc.sql("select * from catalog_signoff where version_id = :v and id >= coalesce("
                        + "(select max(id) from catalog_signoff where version_id = :v and action = 'SUBMIT'), 0) order by id")
                .param("v", versionId)
                .query((rs, i) -> new SignOff(rs.getLong("id"), rs.getLong("item_id"), nullableLong(rs, "version_id"),
                        rs.getString("action"), rs.getString("from_state"), rs.getString("to_state"), rs.getString("actor"),
                        rs.getString("role"), rs.getString("opinion"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    /** The version of {@code itemId} with the number just below {@code versionNo}, if any. */
    public Optional<PowerItemVersionView> previousVersion(long itemId, int versionNo) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from power_item_version where item_id = ? and version_no < ? "
                        + "order by version_no desc")
                .params(itemId, versionNo).query(this::mapVersion).stream().findFirst();
    }

    private static String nameOf(PowerItemContent content) {
        return content.name() == null ? "" : content.name();
    }

    private static String categoryOf(PowerItemContent content) {
        return content.category() == null ? null : content.category().name();
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
