package org.sunlight.audit.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;

/**
 * Appends to the chain inside the caller's transaction: lock the head row, take the next sequence
 * number, hash, insert, move the head. The head lock is held until the caller's transaction ends,
 * so appends are strictly one after another and a rolled-back transaction leaves neither its entry
 * nor a gap. Only the head is ever updated; audit_entry rows are only inserted.
 *
 * <p>Because the lock is held to the end of the caller's transaction, callers should record as the
 * last step of their change (less waiting, and no lock-order deadlock with their own rows).
 */
@Component
class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    JdbcAuditTrail(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void record(AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            append(entry);
        } else {
            // No (writable) transaction, e.g. a failed login: the entry commits on its own.
            ownTransaction.executeWithoutResult(status -> append(entry));
        }
    }

    private void append(AuditEntry entry) {
        EntryContent content = EntryNormalizer.normalize(entry, clock.instant(), actorOf(entry), roleOf(entry),
                RequestActor.clientAddress());
        Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        long seq = head.lastSeq() + 1;
        String hash = AuditCanonicalForm.hash(head.lastHash(), content);
        jdbc.sql("""
                insert into audit_entry (seq, occurred_at, actor, role, action, object_type, object_id,
                    before_text, after_text, client_address, success, prev_hash, hash)
                values (:seq, :occurredAt, :actor, :role, :action, :objectType, :objectId,
                    :before, :after, :clientAddress, :success, :prevHash, :hash)
                """)
                .param("seq", seq)
                .param("occurredAt", content.occurredAt().atOffset(ZoneOffset.UTC))
                .param("actor", content.actor())
                .param("role", content.role())
                .param("action", content.action())
                .param("objectType", content.objectType())
                .param("objectId", content.objectId())
                .param("before", content.before())
                .param("after", content.after())
                .param("clientAddress", content.clientAddress())
                .param("success", content.success())
                .param("prevHash", head.lastHash())
                .param("hash", hash)
                .update();
        jdbc.sql("update audit_chain_head set last_seq = :seq, last_hash = :hash where id = 1")
                .param("seq", seq).param("hash", hash).update();
    }

    private static String actorOf(AuditEntry entry) {
        if (entry.actor() != null && !entry.actor().isBlank()) {
            return entry.actor();
        }
        String user = RequestActor.user();
        return user == null ? RequestActor.ANONYMOUS : user;
    }

    private static String roleOf(AuditEntry entry) {
        if (entry.role() != null && !entry.role().isBlank()) {
            return entry.role();
        }
        // The signed-in user's roles describe the actor only when the actor is that user.
        String user = RequestActor.user();
        boolean actorIsUser = entry.actor() == null || entry.actor().isBlank() || entry.actor().equals(user);
        return actorIsUser ? RequestActor.roles() : null;
    }

    private record Head(long lastSeq, String lastHash) {
    }
}
