package org.sunlight.catalog.search;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunlight.catalog.ItemLifecycle;

/**
 * The search module's own reads of the catalog tables: the version in force of every item on a day,
 * streamed for index builds and open-data exports, and the days on which that will next change.
 * "In force on a day" follows {@code CatalogStore.versionInForce}: the published (or since superseded)
 * version with the latest effective date on or before that day.
 */
@Repository
public class PublicCatalogRows {

    /** One item with its version in force; {@code contentJson} is decoded by the caller (in parallel for builds). */
    public record InForceRow(long itemId, String code, long departmentId, int seqNo, ItemLifecycle lifecycle,
            LocalDate abolishedOn, Long delegatedToItemId, long versionId, int versionNo, LocalDate effectiveFrom,
            String contentJson) {
    }

    /**
     * The ranking runs over ids only, then the winners are joined to their content: sorting the big content
     * column for every version was most of a 300,000-item build on H2.
     */
    private static final String IN_FORCE = """
            select i.id as item_id, i.code, i.department_id, i.seq_no, i.lifecycle, i.abolished_on, i.delegated_to_item_id,
                   v.id as version_id, v.version_no, v.effective_from, v.content
            from (select id, row_number() over (partition by item_id order by effective_from desc, version_no desc) as rn
                  from power_item_version
                  where state in ('PUBLISHED', 'SUPERSEDED') and effective_from <= ? %s) r
            join power_item_version v on v.id = r.id
            join power_item i on i.id = v.item_id
            where r.rn = 1 %s
            """;
    private static final String LIST_ORDER = " order by i.department_id, i.seq_no, i.id";

    private final JdbcClient jdbc;

    PublicCatalogRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every item that has a version in force on {@code day}, in no particular order (index builds). */
    public void eachInForce(LocalDate day, Consumer<InForceRow> action) {
        jdbc.sql(IN_FORCE.formatted("", "")).param(day).withFetchSize(500)
                .query(rs -> {
                    action.accept(map(rs));
                });
    }

    /** Every item that has a version in force on {@code day}, in the departments' list order (open data). */
    public void eachInForceInOrder(LocalDate day, Consumer<InForceRow> action) {
        jdbc.sql(IN_FORCE.formatted("", "") + LIST_ORDER).param(day).withFetchSize(500)
                .query(rs -> {
                    action.accept(map(rs));
                });
    }

    /** The items of these departments that have a version in force on {@code day}, in list order. */
    public void eachInForce(LocalDate day, Collection<Long> departmentIds, Consumer<InForceRow> action) {
        if (departmentIds.isEmpty()) {
            return;
        }
        String in = departmentIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        jdbc.sql(IN_FORCE.formatted("", "and i.department_id in (" + in + ")") + LIST_ORDER)
                .params(concat(day, departmentIds)).withFetchSize(500)
                .query(rs -> {
                    action.accept(map(rs));
                });
    }

    public Optional<InForceRow> inForce(long itemId, LocalDate day) {
        return jdbc.sql(IN_FORCE.formatted("and item_id = ?", "")).params(day, itemId)
                .query((rs, n) -> map(rs)).optional();
    }

    /** Item ids of a department, whatever their state (for re-indexing after the department changed). */
    public List<Long> itemIdsOf(long departmentId) {
        return jdbc.sql("select id from power_item where department_id = ?").param(departmentId).query(Long.class).list();
    }

    /**
     * The next day after {@code day} on which an item's public face changes by itself: a published version
     * takes effect, or an announced abolition arrives. Keyed by item id.
     */
    public Map<Long, LocalDate> nextChanges(LocalDate day) {
        Map<Long, LocalDate> next = new HashMap<>();
        jdbc.sql("select item_id, min(effective_from) as d from power_item_version "
                        + "where state in ('PUBLISHED', 'SUPERSEDED') and effective_from > ? group by item_id")
                .param(day).query(rs -> {
                    next.merge(rs.getLong("item_id"), rs.getDate("d").toLocalDate(), (a, b) -> a.isBefore(b) ? a : b);
                });
        jdbc.sql("select id, abolished_on from power_item where lifecycle = 'ABOLISHED' and abolished_on > ?")
                .param(day).query(rs -> {
                    next.merge(rs.getLong("id"), rs.getDate("abolished_on").toLocalDate(), (a, b) -> a.isBefore(b) ? a : b);
                });
        return next;
    }

    public Optional<LocalDate> nextChange(long itemId, LocalDate day) {
        LocalDate version = jdbc.sql("select min(effective_from) from power_item_version "
                        + "where item_id = ? and state in ('PUBLISHED', 'SUPERSEDED') and effective_from > ?")
                .params(itemId, day).query(LocalDate.class).optional().orElse(null);
        LocalDate abolished = jdbc.sql("select abolished_on from power_item where id = ? and lifecycle = 'ABOLISHED' and abolished_on > ?")
                .params(itemId, day).query(LocalDate.class).optional().orElse(null);
        if (version == null) {
            return Optional.ofNullable(abolished);
        }
        return Optional.of(abolished == null || version.isBefore(abolished) ? version : abolished);
    }

    private static Object[] concat(LocalDate day, Collection<Long> ids) {
        Object[] params = new Object[ids.size() + 1];
        params[0] = day;
        int i = 1;
        for (Long id : ids) {
            params[i++] = id;
        }
        return params;
    }

    private static InForceRow map(ResultSet rs) throws SQLException {
        Date abolished = rs.getDate("abolished_on");
        long delegated = rs.getLong("delegated_to_item_id");
        Long delegatedTo = rs.wasNull() ? null : delegated;
        return new InForceRow(rs.getLong("item_id"), rs.getString("code"), rs.getLong("department_id"), rs.getInt("seq_no"),
                ItemLifecycle.valueOf(rs.getString("lifecycle")), abolished == null ? null : abolished.toLocalDate(),
                delegatedTo, rs.getLong("version_id"), rs.getInt("version_no"), rs.getDate("effective_from").toLocalDate(),
                rs.getString("content"));
    }
}
