package org.sunlight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.sunlight.IntegrationTest;
import org.sunlight.MutableClock;
import org.sunlight.audit.internal.AuditChainCheck;

/** Appending to the chain in the real database: who, when, where from, transactions and concurrency. */
@IntegrationTest
class AuditTrailTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditChainCheck check;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MutableClock clock;

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
        clock.reset();
    }

    @Test
    void takesActorRolesAndRemoteAddressFromTheRequestAndIgnoresForwardedFor() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("alice", null,
                List.of(new SimpleGrantedAuthority("ROLE_LEADER"), new SimpleGrantedAuthority("ROLE_HANDLER"),
                        new SimpleGrantedAuthority("SCOPE_x"))));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.9.8.7");
        request.addHeader("X-Forwarded-For", "1.2.3.4");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        String action = AuditTestSupport.unique("test.context");

        trail.record(AuditEntry.of(action, "region", 320000).before("{\"name\":\"a\"}").after("{\"name\":\"b\"}"));

        Map<String, Object> row = row(action);
        assertThat(row).containsEntry("actor", "alice").containsEntry("role", "handler,leader")
                .containsEntry("client_address", "10.9.8.7").containsEntry("object_type", "region")
                .containsEntry("object_id", "320000").containsEntry("before_text", "{\"name\":\"a\"}")
                .containsEntry("after_text", "{\"name\":\"b\"}").containsEntry("success", true);
        assertThat(check.verify().intact()).isTrue();
    }

    @Test
    void anonymousOutsideARequestAndCommittedOnItsOwn() {
        RequestContextHolder.resetRequestAttributes(); // the test framework binds a mock request to every test
        String action = AuditTestSupport.unique("test.anonymous");
        trail.record(AuditEntry.of(action, null, null).failed());
        Map<String, Object> row = row(action);
        assertThat(row.get("actor")).isEqualTo("anonymous");
        assertThat(row.get("role")).isNull();
        assertThat(row.get("client_address")).isNull();
        assertThat(row.get("success")).isEqualTo(false);
    }

    @Test
    void aNamedActorOverridesTheSignedInUserAndDoesNotBorrowTheirRoles() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("alice", null,
                List.of(new SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN"))));
        String action = AuditTestSupport.unique("test.login-failure");
        trail.record(AuditEntry.of(action, "account", "bob").failed().by("bob", null));
        assertThat(row(action)).containsEntry("actor", "bob").containsEntry("role", null);
    }

    @Test
    void timeComesFromTheInjectedClockAtMicrosecondPrecision() {
        clock.set(Instant.parse("2027-01-02T03:04:05.123456789Z"));
        String action = AuditTestSupport.unique("test.clock");
        trail.record(AuditEntry.of(action, null, null));
        OffsetDateTime at = jdbc.sql("select occurred_at from audit_entry where action = ?").param(action)
                .query(OffsetDateTime.class).single();
        assertThat(at.toInstant()).isEqualTo(Instant.parse("2027-01-02T03:04:05.123456Z"));
        assertThat(check.verify().intact()).isTrue();
    }

    @Test
    void anEntryInARolledBackTransactionLeavesNoTrace() {
        long seqBefore = AuditTestSupport.headSeq(jdbc);
        String hashBefore = AuditTestSupport.headHash(jdbc);
        String action = AuditTestSupport.unique("test.rollback");

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            trail.record(AuditEntry.of(action, "thing", 1));
            assertThat(AuditTestSupport.seqsOfAction(jdbc, action)).as("visible inside its transaction").hasSize(1);
            status.setRollbackOnly();
        });

        assertThat(AuditTestSupport.seqsOfAction(jdbc, action)).isEmpty();
        assertThat(AuditTestSupport.headSeq(jdbc)).isEqualTo(seqBefore);
        assertThat(AuditTestSupport.headHash(jdbc)).isEqualTo(hashBefore);
        String next = AuditTestSupport.unique("test.after-rollback");
        trail.record(AuditEntry.of(next, null, null));
        assertThat(AuditTestSupport.seqOfAction(jdbc, next)).as("the rolled-back number is reused, no gap").isEqualTo(seqBefore + 1);
        assertThat(check.verify().intact()).isTrue();
    }

    @Test
    void aReadOnlyCallerStillGetsItsEntryCommitted() {
        String action = AuditTestSupport.unique("test.read-only");
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> trail.record(AuditEntry.of(action, null, null)));
        assertThat(AuditTestSupport.seqsOfAction(jdbc, action)).hasSize(1);
        assertThat(check.verify().intact()).isTrue();
    }

    @Test
    void concurrentAppendsKeepTheChainLinearAndIntact() throws Exception {
        int threads = 4;
        int perThread = 25;
        String action = AuditTestSupport.unique("test.concurrent");
        long seqBefore = AuditTestSupport.headSeq(jdbc);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    TransactionTemplate tx = new TransactionTemplate(transactions);
                    for (int i = 0; i < perThread; i++) {
                        AuditEntry entry = AuditEntry.of(action, "thread", thread).after("{\"i\":" + i + "}");
                        if (i % 2 == 0) {
                            trail.record(entry); // its own transaction
                        } else {
                            tx.executeWithoutResult(s -> trail.record(entry)); // the caller's transaction
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<Long> seqs = AuditTestSupport.seqsOfAction(jdbc, action);
        assertThat(seqs).hasSize(threads * perThread);
        assertThat(new HashSet<>(seqs)).hasSize(threads * perThread);
        assertThat(AuditTestSupport.headSeq(jdbc)).isEqualTo(seqBefore + threads * perThread);
        ChainVerification result = check.verify();
        assertThat(result.intact()).as("%s", result).isTrue();
        assertThat(result.verifiedThrough()).isEqualTo(AuditTestSupport.headSeq(jdbc));
    }

    @Test
    void verificationRunsAreRecorded() {
        long seqBefore = AuditTestSupport.headSeq(jdbc);
        ChainVerification result = check.verifyAndRecord();
        assertThat(result.intact()).isTrue();
        assertThat(result.verifiedThrough()).isEqualTo(seqBefore);
        Map<String, Object> row = jdbc.sql("select * from audit_entry where seq = ?").param(seqBefore + 1).query().singleRow();
        assertThat(row).containsEntry("action", "audit.verify").containsEntry("object_type", "audit_chain")
                .containsEntry("object_id", String.valueOf(seqBefore)).containsEntry("success", true);
        assertThat((String) row.get("after_text")).contains("\"intact\":true", "\"verifiedThrough\":" + seqBefore, result.lastHash());
    }

    private Map<String, Object> row(String action) {
        return jdbc.sql("select * from audit_entry where action = ?").param(action).query().singleRow();
    }
}
