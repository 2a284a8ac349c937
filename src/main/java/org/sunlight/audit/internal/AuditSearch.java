package org.sunlight.audit.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the trail for the audit administrator: filtered, newest first, a page at a time. */
@Service
public class AuditSearch {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    AuditSearch(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    @Transactional(readOnly = true)
    public AuditEntryPage search(AuditFilter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.actor() != null) {
            where.add("actor = :actor");
            params.put("actor", filter.actor());
        }
        if (filter.action() != null) {
            where.add("action like :action escape '\\'");
            params.put("action", likePrefix(filter.action()));
        }
        if (filter.objectType() != null) {
            where.add("object_type = :objectType");
            params.put("objectType", filter.objectType());
        }
        if (filter.objectId() != null) {
            where.add("object_id = :objectId");
            params.put("objectId", filter.objectId());
        }
        if (filter.from() != null) {
            where.add("occurred_at >= :from");
            params.put("from", filter.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.to() != null) {
            where.add("occurred_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        int size = AuditFilter.PAGE_SIZE;
        String sql = "select " + JdbcChainSource.COLUMNS + " from audit_entry"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by seq desc limit :limit offset :offset";
        params.put("limit", size + 1);
        params.put("offset", (long) filter.page() * size);
        List<AuditEntryView> rows = jdbc.sql(sql).params(params)
                .query((rs, n) -> AuditEntryView.of(JdbcChainSource.map(rs))).list();
        boolean hasNext = rows.size() > size;
        return new AuditEntryPage(filter.page(), size, hasNext, hasNext ? rows.subList(0, size) : rows);
    }

    static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
