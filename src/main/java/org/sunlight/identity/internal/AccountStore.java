package org.sunlight.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.sunlight.identity.AccountKind;
import org.sunlight.identity.Grant;
import org.sunlight.identity.Role;
import org.sunlight.identity.ScopeKind;

/** Accounts and their role grants, with plain SQL that runs on H2 and PostgreSQL alike. */
@Repository
public class AccountStore {

    private static final String COLUMNS = "id, username, password_hash, kind, staff_id, display_name, phone, enabled, "
            + "must_change_password, failed_attempts, locked_until, password_changed_at, created_at, version";

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AccountRecord> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from account where username = ?").param(username)
                .query(AccountStore::map).optional();
    }

    public Optional<AccountRecord> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from account where id = ?").param(id).query(AccountStore::map).optional();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from account where lower(username) = lower(?)").param(username)
                .query(Long.class).single() > 0;
    }

    public boolean existsForStaff(long staffId) {
        return jdbc.sql("select count(*) from account where staff_id = ?").param(staffId).query(Long.class).single() > 0;
    }

    public long count() {
        return jdbc.sql("select count(*) from account").query(Long.class).single();
    }

    public List<AccountRecord> list(String query, AccountKind kind, int offset, int limit) {
        String like = query == null || query.isBlank() ? null : "%" + query.trim().toLowerCase() + "%";
        return jdbc.sql("select " + COLUMNS + " from account where (cast(:q as varchar) is null or lower(username) like :q "
                        + "or lower(display_name) like :q) and (cast(:kind as varchar) is null or kind = :kind) "
                        + "order by id limit :limit offset :offset")
                .param("q", like).param("kind", kind == null ? null : kind.name())
                .param("limit", limit).param("offset", offset)
                .query(AccountStore::map).list();
    }

    public long insert(String username, String hash, AccountKind kind, Long staffId, String displayName, String phone,
            boolean mustChange, Instant now, String createdBy) {
        jdbc.sql("insert into account (username, password_hash, kind, staff_id, display_name, phone, enabled, "
                        + "must_change_password, failed_attempts, password_changed_at, created_at, created_by, version) "
                        + "values (?, ?, ?, ?, ?, ?, true, ?, 0, ?, ?, ?, 0)")
                .params(username, hash, kind.name(), staffId, displayName, phone, mustChange, ts(now), ts(now), createdBy)
                .update();
        return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
    }

    /** Login bookkeeping is not an edit of the account, so it does not bump the version. */
    public void recordFailures(long id, int failedAttempts, Instant lockedUntil) {
        jdbc.sql("update account set failed_attempts = ?, locked_until = ? where id = ?")
                .params(failedAttempts, ts(lockedUntil), id).update();
    }

    public void updatePassword(long id, long expectedVersion, String hash, boolean mustChange, Instant now) {
        int n = jdbc.sql("update account set password_hash = ?, must_change_password = ?, password_changed_at = ?, "
                        + "failed_attempts = 0, locked_until = null, version = version + 1 where id = ? and version = ?")
                .params(hash, mustChange, ts(now), id, expectedVersion).update();
        requireOne(n, id);
    }

    public void setEnabled(long id, long expectedVersion, boolean enabled) {
        int n = jdbc.sql("update account set enabled = ?, version = version + 1 where id = ? and version = ?")
                .params(enabled, id, expectedVersion).update();
        requireOne(n, id);
    }

    public void unlock(long id, long expectedVersion) {
        int n = jdbc.sql("update account set failed_attempts = 0, locked_until = null, version = version + 1 "
                        + "where id = ? and version = ?")
                .params(id, expectedVersion).update();
        requireOne(n, id);
    }

    public List<Grant> activeGrants(long accountId) {
        return jdbc.sql("select id, role, scope_kind, scope_ref from role_grant where account_id = ? and revoked_at is null order by id")
                .param(accountId)
                .query((rs, i) -> new Grant(rs.getLong("id"), Role.valueOf(rs.getString("role")),
                        ScopeKind.valueOf(rs.getString("scope_kind")), rs.getString("scope_ref")))
                .list();
    }

    public long insertGrant(long accountId, Grant grant, Instant now, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into role_grant (account_id, role, scope_kind, scope_ref, granted_at, granted_by) values (?, ?, ?, ?, ?, ?)")
                .params(accountId, grant.role().name(), grant.scopeKind().name(), grant.scopeRef(), ts(now), by)
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    public boolean revokeGrant(long accountId, long grantId, Instant now, String by) {
        return jdbc.sql("update role_grant set revoked_at = ?, revoked_by = ? where id = ? and account_id = ? and revoked_at is null")
                .params(ts(now), by, grantId, accountId).update() == 1;
    }

    /** Bumps the account version so that concurrent role edits on one account conflict. */
    public void touch(long id, long expectedVersion) {
        int n = jdbc.sql("update account set version = version + 1 where id = ? and version = ?").params(id, expectedVersion).update();
        requireOne(n, id);
    }

    private static void requireOne(int updated, long id) {
        if (updated != 1) {
            throw new OptimisticLockingFailureException("account " + id + " changed concurrently");
        }
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static AccountRecord map(ResultSet rs, int row) throws SQLException {
        long staff = rs.getLong("staff_id");
        Long staffId = rs.wasNull() ? null : staff;
        return new AccountRecord(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                AccountKind.valueOf(rs.getString("kind")), staffId, rs.getString("display_name"), rs.getString("phone"),
                rs.getBoolean("enabled"), rs.getBoolean("must_change_password"), rs.getInt("failed_attempts"),
                instant(rs, "locked_until"), instant(rs, "password_changed_at"), instant(rs, "created_at"),
                rs.getLong("version"));
    }
}
