package org.sunlight.catalog.excel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunlight.catalog.ItemLifecycle;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.VersionState;
import org.sunlight.catalog.internal.ContentCodec;

/**
 * The set-wise reads import and export need (by many codes at once, a department's whole list), so
 * that checking a city's list costs a handful of queries instead of one per item. Writes go through
 * the catalog's {@code CatalogStore}.
 */
@Repository
class ExcelQueries {

    /** Rows per IN list: well under every database's parameter limit. */
    private static final int CHUNK = 500;

    record ExistingItem(long id, String code, long departmentId, Long unitId, int seqNo, ItemLifecycle lifecycle, long version) {
    }

    record LatestVersion(long id, long itemId, int versionNo, VersionState state, long version, PowerItemContent content) {
    }

    private final JdbcClient jdbc;
    private final ContentCodec codec;

    ExcelQueries(JdbcClient jdbc, ContentCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /** Items with any of these codes, in any department. */
    Map<String, ExistingItem> itemsByCode(Collection<String> codes) {
        Map<String, ExistingItem> found = new HashMap<>();
        for (List<String> chunk : chunks(codes)) {
            jdbc.sql("select id, code, department_id, unit_id, seq_no, lifecycle, version from power_item where code in (:codes)")
                    .param("codes", chunk)
                    .query((rs, n) -> {
                        long unit = rs.getLong("unit_id");
                        Long unitId = rs.wasNull() ? null : unit;
                        return new ExistingItem(rs.getLong("id"), rs.getString("code"), rs.getLong("department_id"), unitId,
                                rs.getInt("seq_no"), ItemLifecycle.valueOf(rs.getString("lifecycle")), rs.getLong("version"));
                    })
                    .list().forEach(i -> found.put(i.code(), i));
        }
        return found;
    }

    /** The department's list numbers: seq_no → code. */
    Map<Integer, String> seqNumbers(long departmentId) {
        Map<Integer, String> seqs = new HashMap<>();
        jdbc.sql("select seq_no, code from power_item where department_id = ?").param(departmentId)
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getString(2)))
                .list().forEach(e -> seqs.putIfAbsent(e.getKey(), e.getValue()));
        return seqs;
    }

    /** The newest version of each item (whatever its state). */
    Map<Long, LatestVersion> latestVersions(Collection<Long> itemIds) {
        Map<Long, LatestVersion> found = new HashMap<>();
        for (List<Long> chunk : chunks(itemIds)) {
            jdbc.sql("select v.id, v.item_id, v.version_no, v.state, v.version, v.content from power_item_version v "
                            + "where v.item_id in (:ids) and v.version_no = "
                            + "(select max(w.version_no) from power_item_version w where w.item_id = v.item_id)")
                    .param("ids", chunk)
                    .query((rs, n) -> new LatestVersion(rs.getLong("id"), rs.getLong("item_id"), rs.getInt("version_no"),
                            VersionState.valueOf(rs.getString("state")), rs.getLong("version"), codec.read(rs.getString("content"))))
                    .list().forEach(v -> found.put(v.itemId(), v));
        }
        return found;
    }

    /**
     * A department's list for export, in list order: the current published version of each item, or
     * the newest version whatever its state. Abolished and delegated items are no longer exercised by
     * the department and are left out (importing them back would revive them).
     */
    List<CatalogRow> exportRows(long departmentId, boolean publishedOnly) {
        String pick = publishedOnly
                ? "(select max(w.version_no) from power_item_version w where w.item_id = i.id and w.state = 'PUBLISHED')"
                : "(select max(w.version_no) from power_item_version w where w.item_id = i.id)";
        return jdbc.sql("select i.code, i.seq_no, v.content from power_item i join power_item_version v on v.item_id = i.id "
                        + "where i.department_id = ? and i.lifecycle in ('ACTIVE', 'SUSPENDED') and v.version_no = " + pick
                        + " order by i.seq_no, i.code")
                .param(departmentId)
                .query((rs, n) -> new CatalogRow(rs.getString(1), rs.getInt(2),
                        ContentNormalizer.normalize(codec.read(rs.getString(3)))))
                .list();
    }

    private static <T> List<List<T>> chunks(Collection<T> all) {
        List<T> list = new ArrayList<>(all);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < list.size(); i += CHUNK) {
            chunks.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
        return chunks;
    }
}
