package org.sunlight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.IntegrationTest;
import org.sunlight.audit.ChainVerification.Kind;
import org.sunlight.audit.internal.AuditCanonicalForm;
import org.sunlight.audit.internal.AuditChainCheck;
import org.sunlight.audit.internal.EntryContent;

/**
 * Tampering with the real tables is detected. The test database is shared by the whole suite, so
 * each tampering happens inside a transaction that the verifier joins and that is then rolled
 * back: the trail is restored whatever the outcome.
 */
@IntegrationTest
class AuditTamperTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditChainCheck check;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    long first;
    long last;

    @BeforeEach
    void recordSomeEntries() {
        String action = AuditTestSupport.unique("test.tamper");
        for (int i = 0; i < 5; i++) {
            trail.record(AuditEntry.of(action, "case", "C" + i).after("{\"step\":" + i + "}"));
        }
        var seqs = AuditTestSupport.seqsOfAction(jdbc, action);
        first = seqs.get(0);
        last = seqs.get(seqs.size() - 1);
        assertThat(check.verify().intact()).as("the shared chain is intact before tampering").isTrue();
    }

    @Test
    void detectsAnAlteredField() {
        long k = first + 2;
        ChainVerification r = tamperedThenVerified(db -> db.sql("update audit_entry set actor = 'mallory' where seq = ?").param(k).update());
        assertProblem(r, k, Kind.ALTERED);
    }

    @Test
    void detectsAnAlteredTime() {
        long k = first + 1;
        ChainVerification r = tamperedThenVerified(db -> db.sql(
                "update audit_entry set occurred_at = occurred_at + interval '1' second where seq = ?").param(k).update());
        assertProblem(r, k, Kind.ALTERED);
    }

    @Test
    void detectsARemovedEntry() {
        long k = first + 3;
        ChainVerification r = tamperedThenVerified(db -> db.sql("delete from audit_entry where seq = ?").param(k).update());
        assertProblem(r, k, Kind.REMOVED);
    }

    @Test
    void detectsRemovedLatestEntries() {
        ChainVerification r = tamperedThenVerified(db -> db.sql("delete from audit_entry where seq >= ?").param(last - 1).update());
        assertProblem(r, last - 1, Kind.REMOVED);
    }

    @Test
    void detectsAnInsertedEntry() {
        long k = first + 2;
        ChainVerification r = tamperedThenVerified(db -> {
            // Make room at k by renumbering the later entries (in two steps: the key is unique),
            // then slip in a forged entry that links correctly to k-1 and hashes correctly.
            long offset = 1_000_000_000L;
            db.sql("update audit_entry set seq = seq + ? where seq >= ?").param(offset).param(k).update();
            db.sql("update audit_entry set seq = seq - ? + 1 where seq >= ?").param(offset).param(offset + k).update();
            Map<String, Object> previous = db.sql("select hash from audit_entry where seq = ?").param(k - 1).query().singleRow();
            String prev = (String) previous.get("hash");
            EntryContent forged = new EntryContent(clock.instant(), "mallory", "leader", "case.approve", "case", "C-forged",
                    null, "{\"approved\":true}", "10.6.6.6", true);
            db.sql("""
                    insert into audit_entry (seq, occurred_at, actor, role, action, object_type, object_id, before_text,
                        after_text, client_address, success, prev_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(k, forged.occurredAt().atOffset(ZoneOffset.UTC), forged.actor(), forged.role(),
                            forged.action(), forged.objectType(), forged.objectId(), forged.before(), forged.after(),
                            forged.clientAddress(), forged.success(), prev, AuditCanonicalForm.hash(prev, forged))
                    .update();
            db.sql("update audit_chain_head set last_seq = last_seq + 1 where id = 1").update();
        });
        assertProblem(r, k, Kind.INSERTED);
    }

    @Test
    void detectsAnEntryAppendedBehindTheHeadsBack() {
        long head = AuditTestSupport.headSeq(jdbc);
        ChainVerification r = tamperedThenVerified(db -> db.sql("""
                insert into audit_entry (seq, occurred_at, actor, role, action, object_type, object_id, before_text,
                    after_text, client_address, success, prev_hash, hash)
                select seq + 1, occurred_at, 'mallory', role, action, object_type, object_id, before_text,
                    after_text, client_address, success, hash, hash
                from audit_entry where seq = ?""").param(head).update());
        assertProblem(r, head + 1, Kind.INSERTED);
    }

    private ChainVerification tamperedThenVerified(Consumer<JdbcClient> tampering) {
        ChainVerification[] result = new ChainVerification[1];
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            tampering.accept(jdbc);
            result[0] = check.verify();
        });
        ChainVerification after = check.verify();
        assertThat(after.intact()).as("restored by the rollback: %s", after).isTrue();
        return result[0];
    }

    private static void assertProblem(ChainVerification r, long seq, Kind kind) {
        assertThat(r.intact()).as("%s", r).isFalse();
        assertThat(r.firstProblem().seq()).as("%s", r).isEqualTo(seq);
        assertThat(r.firstProblem().kind()).as("%s", r).isEqualTo(kind);
        assertThat(r.verifiedThrough()).as("%s", r).isEqualTo(seq - 1);
    }
}
