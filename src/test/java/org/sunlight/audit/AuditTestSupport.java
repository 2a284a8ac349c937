package org.sunlight.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Small reads of the audit tables shared by the audit tests. */
final class AuditTestSupport {

    private AuditTestSupport() {
    }

    static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    static long headSeq(JdbcClient jdbc) {
        return jdbc.sql("select last_seq from audit_chain_head where id = 1").query(Long.class).single();
    }

    static String headHash(JdbcClient jdbc) {
        return jdbc.sql("select last_hash from audit_chain_head where id = 1").query(String.class).single();
    }

    static List<Long> seqsOfAction(JdbcClient jdbc, String action) {
        return jdbc.sql("select seq from audit_entry where action = ? order by seq").param(action).query(Long.class).list();
    }

    static long seqOfAction(JdbcClient jdbc, String action) {
        return jdbc.sql("select seq from audit_entry where action = ?").param(action).query(Long.class).single();
    }
}
