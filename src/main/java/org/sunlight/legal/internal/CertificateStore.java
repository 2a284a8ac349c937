package org.sunlight.legal.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.sunlight.legal.CertificateStatus;
import org.sunlight.legal.CertificateView;
import org.sunlight.legal.EnforcementField;
import org.sunlight.legal.Standing;

/**
 * SQL for certificates, always read together with their body's department and active flag. Updates
 * are conditional on the version (optimistic locking).
 */
@Repository
class CertificateStore {

    record CertificateRow(long id, long staffId, String number, String issuingAuthority, EnforcementField field, long bodyId,
            long departmentId, boolean bodyActive, LocalDate validFrom, LocalDate validUntil, CertificateStatus status,
            String statusReason, long version) {
    }

    /** Which departments' certificates a search may return: all, or the listed ones. */
    record Departments(boolean all, Collection<Long> ids) {
        static Departments everywhere() {
            return new Departments(true, List.of());
        }
    }

    private static final String SELECT = """
            select c.id, c.staff_id, c.number, c.issuing_authority, c.field, c.body_id, b.department_id, b.active as body_active,
                   c.valid_from, c.valid_until, c.status, c.status_reason, c.version
              from enforcement_certificate c join enforcement_body b on b.id = c.body_id
            """;
    private static final RowMapper<CertificateRow> MAPPER = (rs, n) -> new CertificateRow(rs.getLong("id"), rs.getLong("staff_id"),
            rs.getString("number"), rs.getString("issuing_authority"), EnforcementField.valueOf(rs.getString("field")),
            rs.getLong("body_id"), rs.getLong("department_id"), rs.getBoolean("body_active"),
            rs.getDate("valid_from").toLocalDate(), rs.getDate("valid_until").toLocalDate(),
            CertificateStatus.valueOf(rs.getString("status")), rs.getString("status_reason"), rs.getLong("version"));

    private final JdbcClient jdbc;

    CertificateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CertificateRow> find(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(MAPPER).optional();
    }

    /** Newest first. */
    List<CertificateRow> ofStaff(long staffId) {
        return jdbc.sql(SELECT + " where c.staff_id = ? order by c.valid_until desc, c.id desc").param(staffId).query(MAPPER).list();
    }

    List<CertificateRow> ofStaff(Collection<Long> staffIds) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where c.staff_id in (:ids) order by c.valid_until desc, c.id desc")
                .param("ids", staffIds).query(MAPPER).list();
    }

    boolean numberTaken(String number, Long exceptId) {
        return jdbc.sql("select count(*) from enforcement_certificate where number = ? and id <> ?")
                .params(number, exceptId == null ? -1L : exceptId).query(Integer.class).single() > 0;
    }

    long insert(long staffId, String number, String issuingAuthority, EnforcementField field, long bodyId, LocalDate validFrom,
            LocalDate validUntil, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into enforcement_certificate (staff_id, number, issuing_authority, field, body_id, valid_from, valid_until,
                    status, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, 0)""")
                .params(staffId, number, issuingAuthority, field.name(), bodyId, Date.valueOf(validFrom), Date.valueOf(validUntil),
                        Timestamp.from(now), Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean update(long id, long version, String number, String issuingAuthority, EnforcementField field, long bodyId,
            LocalDate validFrom, LocalDate validUntil, Instant now) {
        return jdbc.sql("""
                update enforcement_certificate set number = ?, issuing_authority = ?, field = ?, body_id = ?, valid_from = ?,
                    valid_until = ?, updated_at = ?, version = version + 1
                 where id = ? and version = ?""")
                .params(number, issuingAuthority, field.name(), bodyId, Date.valueOf(validFrom), Date.valueOf(validUntil),
                        Timestamp.from(now), id, version)
                .update() == 1;
    }

    boolean setStatus(long id, long version, CertificateStatus status, String reason, Instant now) {
        return jdbc.sql("""
                update enforcement_certificate set status = ?, status_reason = ?, status_changed_at = ?, updated_at = ?,
                    version = version + 1
                 where id = ? and version = ?""")
                .params(status.name(), reason, Timestamp.from(now), Timestamp.from(now), id, version).update() == 1;
    }

    /**
     * A page of the register. {@code standing} VALID means usable today (valid or expiring soon);
     * {@code numberPart} is matched anywhere in the number, {@code namedStaff} exactly (either may match).
     */
    List<CertificateRow> search(Departments departments, Long departmentId, EnforcementField field, Standing standing,
            String numberPart, Collection<Long> namedStaff, Long staffId, LocalDate today, int offset, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!departments.all()) {
            if (departments.ids().isEmpty()) {
                return List.of();
            }
            sql.append(" and b.department_id in (").append(placeholders(departments.ids().size())).append(")");
            params.addAll(departments.ids());
        }
        if (departmentId != null) {
            sql.append(" and b.department_id = ?");
            params.add(departmentId);
        }
        if (field != null) {
            sql.append(" and c.field = ?");
            params.add(field.name());
        }
        if (staffId != null) {
            sql.append(" and c.staff_id = ?");
            params.add(staffId);
        }
        if (numberPart != null) {
            sql.append(" and (c.number like ?");
            params.add("%" + numberPart.replace("\\", "").replace("%", "").replace("_", "") + "%");
            if (!namedStaff.isEmpty()) {
                sql.append(" or c.staff_id in (").append(placeholders(namedStaff.size())).append(")");
                params.addAll(namedStaff);
            }
            sql.append(")");
        }
        if (standing != null) {
            appendStanding(sql, params, standing, today);
        }
        sql.append(" order by b.department_id, c.staff_id, c.number offset ? rows fetch next ? rows only");
        params.add(offset);
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(MAPPER).list();
    }

    /** Active certificates of these departments whose last day is between {@code from} and {@code to}. */
    int countActiveEnding(Departments departments, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("""
                select count(*) from enforcement_certificate c join enforcement_body b on b.id = c.body_id
                 where c.status = 'ACTIVE' and c.valid_until >= ? and c.valid_until <= ?""");
        List<Object> params = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
        if (!departments.all()) {
            if (departments.ids().isEmpty()) {
                return 0;
            }
            sql.append(" and b.department_id in (").append(placeholders(departments.ids().size())).append(")");
            params.addAll(departments.ids());
        }
        return jdbc.sql(sql.toString()).params(params).query(Integer.class).single();
    }

    /** Certificates usable on {@code day} with an active body (the public list). */
    List<CertificateRow> usable(Long departmentId, LocalDate day) {
        String sql = SELECT + """
                 where c.status = 'ACTIVE' and b.active = true and c.valid_from <= ? and c.valid_until >= ?
                """ + (departmentId == null ? "" : " and b.department_id = ?") + " order by b.department_id, c.staff_id, c.number";
        List<Object> params = new ArrayList<>(List.of(Date.valueOf(day), Date.valueOf(day)));
        if (departmentId != null) {
            params.add(departmentId);
        }
        return jdbc.sql(sql).params(params).query(MAPPER).list();
    }

    private static void appendStanding(StringBuilder sql, List<Object> params, Standing standing, LocalDate today) {
        Date day = Date.valueOf(today);
        switch (standing) {
            case REVOKED -> sql.append(" and c.status = 'REVOKED'");
            case EXPIRED -> {
                sql.append(" and c.status <> 'REVOKED' and c.valid_until < ?");
                params.add(day);
            }
            case SUSPENDED -> {
                sql.append(" and c.status = 'SUSPENDED' and c.valid_until >= ?");
                params.add(day);
            }
            case NOT_YET_VALID -> {
                sql.append(" and c.status = 'ACTIVE' and c.valid_from > ? and c.valid_until >= ?");
                params.add(day);
                params.add(day);
            }
            case EXPIRING_SOON -> {
                sql.append(" and c.status = 'ACTIVE' and c.valid_from <= ? and c.valid_until >= ? and c.valid_until <= ?");
                params.add(day);
                params.add(day);
                params.add(Date.valueOf(today.plusDays(CertificateView.EXPIRING_DAYS)));
            }
            case VALID -> {
                sql.append(" and c.status = 'ACTIVE' and c.valid_from <= ? and c.valid_until >= ?");
                params.add(day);
                params.add(day);
            }
        }
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
