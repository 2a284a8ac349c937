package org.sunlight.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads the chain with plain JDBC on a connection the caller owns (the application's pooled
 * connection, or the command line's DriverManager connection). Keyset paging on the primary key
 * ({@code seq > ? order by seq limit ?}) keeps each query an index range scan and works the same
 * on H2 and PostgreSQL, without server-side cursors or autocommit games. Needs only SELECT.
 */
public final class JdbcChainSource implements ChainSource {

    static final String COLUMNS = "seq, occurred_at, actor, role, action, object_type, object_id, before_text, after_text, "
            + "client_address, success, prev_hash, hash";

    private final Connection connection;

    public JdbcChainSource(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Head head() {
        try (PreparedStatement ps = connection.prepareStatement("select last_seq, last_hash from audit_chain_head where id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("the audit chain head row is missing");
            }
            return new Head(rs.getLong(1), rs.getString(2));
        } catch (SQLException e) {
            throw new AuditStorageException("could not read the audit chain head", e);
        }
    }

    @Override
    public List<ChainedEntry> entries(long afterSeq, long throughSeq, int limit) {
        String sql = "select " + COLUMNS + " from audit_entry where seq > ? and seq <= ? order by seq limit ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, afterSeq);
            ps.setLong(2, throughSeq);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                List<ChainedEntry> out = new ArrayList<>(Math.min(limit, 1024));
                while (rs.next()) {
                    out.add(map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new AuditStorageException("could not read audit entries after " + afterSeq, e);
        }
    }

    @Override
    public OptionalLong firstSeqAfter(long seq) {
        try (PreparedStatement ps = connection.prepareStatement("select min(seq) from audit_entry where seq > ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long min = rs.getLong(1);
                return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(min);
            }
        } catch (SQLException e) {
            throw new AuditStorageException("could not read audit entries after " + seq, e);
        }
    }

    /** One row as an entry; shared with the application's queries. */
    public static ChainedEntry map(ResultSet rs) throws SQLException {
        EntryContent content = new EntryContent(
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("role"),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("before_text"),
                rs.getString("after_text"),
                rs.getString("client_address"),
                rs.getBoolean("success"));
        return new ChainedEntry(rs.getLong("seq"), content, rs.getString("prev_hash"), rs.getString("hash"));
    }
}
