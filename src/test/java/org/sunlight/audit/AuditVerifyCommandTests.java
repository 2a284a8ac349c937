package org.sunlight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.IntegrationTest;

/**
 * The command-line check, run in-process against the suite's database through its own
 * DriverManager connection (so tampering must be committed to be seen; it is undone in finally).
 */
@IntegrationTest
class AuditVerifyCommandTests {

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String user;

    @Value("${spring.datasource.password:}")
    String password;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Test
    void intactChainExitsZeroAndPrintsTheHead() {
        trail.record(AuditEntry.of(AuditTestSupport.unique("test.cli"), null, null));
        long head = AuditTestSupport.headSeq(jdbc);
        Run run = run(Map.of(), "--url", url, "--user", user, "--password", password);
        assertThat(run.code).as(run.err).isEqualTo(AuditVerifyCommand.INTACT);
        assertThat(run.out).contains("Audit chain intact through entry " + head, AuditTestSupport.headHash(jdbc));
    }

    @Test
    void connectionSettingsMayComeFromTheEnvironment() {
        Run run = run(Map.of("SUNLIGHT_DB_URL", url, "SUNLIGHT_DB_USER", user, "SUNLIGHT_DB_PASSWORD", password));
        assertThat(run.code).as(run.err).isEqualTo(AuditVerifyCommand.INTACT);
    }

    @Test
    void alteredEntryExitsOneAndNamesIt() {
        String action = AuditTestSupport.unique("test.cli-tamper");
        trail.record(AuditEntry.of(action, "account", "bob").by("bob", null));
        long seq = AuditTestSupport.seqOfAction(jdbc, action);
        try {
            jdbc.sql("update audit_entry set actor = 'mallory' where seq = ?").param(seq).update();
            Run run = run(Map.of(), "--url", url, "--user", user, "--password", password);
            assertThat(run.code).isEqualTo(AuditVerifyCommand.BROKEN);
            assertThat(run.out).contains("BROKEN at entry " + seq + ": ALTERED", "intact through entry " + (seq - 1));
        } finally {
            jdbc.sql("update audit_entry set actor = 'bob' where seq = ?").param(seq).update();
        }
        assertThat(run(Map.of(), "--url", url, "--user", user, "--password", password).code).isEqualTo(AuditVerifyCommand.INTACT);
    }

    @Test
    void anchorsAreChecked() {
        trail.record(AuditEntry.of(AuditTestSupport.unique("test.cli-anchor"), null, null));
        long head = AuditTestSupport.headSeq(jdbc);
        String hash = AuditTestSupport.headHash(jdbc);
        assertThat(run(Map.of(), "--url", url, "--user", user, "--password", password, "--anchor", head + ":" + hash).code)
                .isEqualTo(AuditVerifyCommand.INTACT);
        Run wrong = run(Map.of(), "--url", url, "--user", user, "--password", password, "--anchor", head + ":" + "a".repeat(64));
        assertThat(wrong.code).isEqualTo(AuditVerifyCommand.BROKEN);
        assertThat(wrong.out).contains("anchored hash");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run(Map.of()).code).isEqualTo(AuditVerifyCommand.USAGE);
        Run unknown = run(Map.of(), "--url", url, "--verbose");
        assertThat(unknown.code).isEqualTo(AuditVerifyCommand.USAGE);
        assertThat(unknown.err).contains("unknown argument: --verbose", "Usage:");
        assertThat(run(Map.of(), "--url").code).isEqualTo(AuditVerifyCommand.USAGE);
        assertThat(run(Map.of(), "--url", "postgres://x").code).isEqualTo(AuditVerifyCommand.USAGE);
        assertThat(run(Map.of(), "--url", url, "--anchor", "12:nothex").code).isEqualTo(AuditVerifyCommand.USAGE);
        Run help = run(Map.of(), "--help");
        assertThat(help.code).isEqualTo(AuditVerifyCommand.USAGE);
        assertThat(help.out).contains("Exit codes: 0 intact, 1 broken, 2 usage error");
    }

    @Test
    void unreachableDatabaseExitsThree() {
        Run run = run(Map.of(), "--url", "jdbc:h2:file:./target/no-such-dir/nothing", "--user", "sa");
        assertThat(run.code).isEqualTo(AuditVerifyCommand.FAILED);
        assertThat(run.err).contains("could not be checked");
    }

    @Test
    void embeddedDatabaseMustAlreadyExist() {
        assertThat(AuditVerifyCommand.embeddedMustExist("jdbc:h2:file:./data/sunlight;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:./data/sunlight;MODE=PostgreSQL;IFEXISTS=TRUE");
        assertThat(AuditVerifyCommand.embeddedMustExist("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x");
        assertThat(AuditVerifyCommand.embeddedMustExist("jdbc:postgresql://h/db")).isEqualTo("jdbc:postgresql://h/db");
    }

    private static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AuditVerifyCommand.run(args, new HashMap<>(env),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {
    }
}
