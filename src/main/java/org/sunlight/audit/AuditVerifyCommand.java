package org.sunlight.audit;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.sunlight.audit.internal.AuditStorageException;
import org.sunlight.audit.internal.ChainVerifier;
import org.sunlight.audit.internal.JdbcChainSource;

/**
 * Verifies the audit chain straight from the database, without starting the application (plain
 * JDBC, no Spring), so it can run from cron, on a replica, or with a read-only account that has
 * only SELECT on the two audit tables. It records nothing.
 *
 * <pre>
 * java -cp sunlight.jar -Dloader.main=org.sunlight.audit.AuditVerifyCommand \
 *      org.springframework.boot.loader.launch.PropertiesLauncher --url jdbc:postgresql://db/sunlight --user auditor
 * </pre>
 *
 * Exit codes: 0 intact, 1 broken (the first problem is printed), 2 usage error, 3 the check could
 * not run (database unreachable, tables missing, ...).
 */
public final class AuditVerifyCommand {

    public static final int INTACT = 0;
    public static final int BROKEN = 1;
    public static final int USAGE = 2;
    public static final int FAILED = 3;

    private static final String USAGE_TEXT = """
            Usage: AuditVerifyCommand [--url JDBC_URL] [--user USER] [--password PASSWORD] [--anchor SEQ:HASH ...]
              Verifies the Sunlight audit trail's SM3 hash chain directly in the database.
              --url       JDBC URL (default: environment SUNLIGHT_DB_URL)
              --user      database user (default: SUNLIGHT_DB_USER)
              --password  database password (default: SUNLIGHT_DB_PASSWORD; prefer the variable,
                          command lines are visible to other users of the machine)
              --anchor    a hash written down at an earlier check ("intact through entry N, last hash H"
                          gives N:H); the check fails if entry N no longer has that hash. Repeatable.
            Exit codes: 0 intact, 1 broken, 2 usage error, 3 the check could not run.""";

    private AuditVerifyCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** The whole command, for tests: returns the exit code instead of exiting. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        String url = env.get("SUNLIGHT_DB_URL");
        String user = env.get("SUNLIGHT_DB_USER");
        String password = env.get("SUNLIGHT_DB_PASSWORD");
        Map<Long, String> anchors = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE_TEXT);
                return USAGE;
            }
            if (!(arg.equals("--url") || arg.equals("--user") || arg.equals("--password") || arg.equals("--anchor"))) {
                return usage(err, "unknown argument: " + arg);
            }
            if (i + 1 >= args.length) {
                return usage(err, arg + " needs a value");
            }
            String value = args[++i];
            switch (arg) {
                case "--url" -> url = value;
                case "--user" -> user = value;
                case "--password" -> password = value;
                default -> {
                    int colon = value.indexOf(':');
                    try {
                        long seq = Long.parseLong(value.substring(0, Math.max(colon, 0)));
                        String hash = value.substring(colon + 1).toLowerCase();
                        if (seq < 1 || !hash.matches("[0-9a-f]{64}")) {
                            throw new NumberFormatException();
                        }
                        anchors.put(seq, hash);
                    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                        return usage(err, "--anchor needs SEQ:HASH (a positive number and 64 hex digits), got " + value);
                    }
                }
            }
        }
        if (url == null || url.isBlank()) {
            return usage(err, "no database: give --url or set SUNLIGHT_DB_URL");
        }
        if (!url.startsWith("jdbc:")) {
            return usage(err, "not a JDBC URL: " + url);
        }
        try (Connection connection = connect(url, user, password)) {
            ChainVerification result = new ChainVerifier(new JdbcChainSource(connection)).verify(anchors);
            connection.rollback();
            out.println("Audit chain " + result.summary());
            return result.intact() ? INTACT : BROKEN;
        } catch (SQLException | AuditStorageException | IllegalStateException e) {
            err.println("Audit chain could not be checked: " + describe(e));
            return FAILED;
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        Connection connection = DriverManager.getConnection(embeddedMustExist(url), props);
        // Read only: the check never writes, and on PostgreSQL this makes the session refuse to.
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        return connection;
    }

    /** H2 would otherwise create an empty database at a mistyped path and report a missing table. */
    static String embeddedMustExist(String url) {
        if (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.toUpperCase().contains("IFEXISTS=")) {
            return url + ";IFEXISTS=TRUE";
        }
        return url;
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }

    private static String describe(Exception e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !sb.toString().contains(cause.getMessage())) {
            sb.append(": ").append(cause.getMessage());
        }
        return sb.toString().lines().findFirst().orElse("");
    }
}
