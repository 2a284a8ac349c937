package org.sunlight.bench.casework;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The one PostgreSQL database all contenders run in, each in its own schema.
 * <p>
 * "The same database" of the issue is taken literally: one server, one database (default
 * {@code sunlight_bench}), one schema per contender ({@code flowable}, {@code floor}, …), so the
 * contenders share the server's cache, WAL and fsyncs and none can see the other's tables.
 */
final class BenchDatabase {

    /** 8 workers + 2. */
    static final int POOL_SIZE = 10;

    final String url;
    final String user;
    final String password;

    BenchDatabase(String url, String user, String password) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("PostgreSQL only: " + url);
        }
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Creates the database through the server's {@code postgres} database if it is not there. */
    void createIfMissing() throws SQLException {
        String name = databaseName();
        String admin = url.replaceFirst("^(jdbc:postgresql://[^/]*/)[^?]*", "$1postgres");
        try (Connection c = DriverManager.getConnection(admin, user, password);
             PreparedStatement q = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("create database \"" + name.replace("\"", "\"\"") + "\"");
            }
            System.out.println("created database " + name);
        }
    }

    String databaseName() {
        String rest = url.replaceFirst("^jdbc:postgresql://[^/]*/", "");
        int q = rest.indexOf('?');
        return q < 0 ? rest : rest.substring(0, q);
    }

    /** Drops the schema with everything in it and makes it anew, empty. */
    void resetSchema(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
            s.execute("create schema " + schema);
        }
    }

    void dropSchema(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        }
    }

    /** A pool of {@link #POOL_SIZE} connections whose current schema is {@code schema}. */
    HikariDataSource pool(String schema) {
        HikariConfig cfg = new HikariConfig();
        cfg.setPoolName("bench-" + schema);
        cfg.setJdbcUrl(url);
        cfg.setUsername(user);
        cfg.setPassword(password);
        cfg.setSchema(schema);
        cfg.setMaximumPoolSize(POOL_SIZE);
        cfg.setMinimumIdle(POOL_SIZE);
        return new HikariDataSource(cfg);
    }

    /** Tables, their indexes and TOAST in the schema, in bytes. */
    long schemaBytes(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement q = c.prepareStatement("""
                     select coalesce(sum(pg_total_relation_size(c.oid)), 0)
                     from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = ? and c.relkind = 'r'""")) {
            q.setString(1, schema);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    String serverVersion() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show server_version")) {
            rs.next();
            String v = rs.getString(1);
            StringBuilder b = new StringBuilder(v);
            for (String setting : new String[] {"fsync", "synchronous_commit", "shared_buffers"}) {
                try (ResultSet r2 = s.executeQuery("show " + setting)) {
                    r2.next();
                    b.append(", ").append(setting).append('=').append(r2.getString(1));
                }
            }
            return b.toString();
        }
    }
}
