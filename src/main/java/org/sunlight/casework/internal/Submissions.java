package org.sunlight.casework.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunlight.common.ConflictException;
import org.sunlight.common.InvalidInputException;

/**
 * Idempotency keys of public submissions. The first request with a key claims it (a row without a case
 * yet); a second request with the same key waits on that row's lock until the first commits, then gets
 * the case the first created. A double click therefore creates one case.
 */
@Component
class Submissions {

    private final JdbcClient jdbc;

    Submissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when this request claimed the key; the earlier case when another request already used it. */
    Optional<Long> claim(long accountId, String key, Instant now) {
        if (key.length() > 80) {
            throw new InvalidInputException("idempotencyKey", "error.too-long", 80);
        }
        int inserted = jdbc.sql("""
                insert into case_submission (account_id, idempotency_key, case_id, created_at) values (?, ?, null, ?)
                on conflict do nothing
                """).params(accountId, key, now.atOffset(ZoneOffset.UTC)).update();
        if (inserted == 1) {
            return Optional.empty();
        }
        Long caseId = jdbc.sql("select case_id from case_submission where account_id = ? and idempotency_key = ?")
                .params(accountId, key).query(Long.class).optional().orElse(null);
        if (caseId == null) {
            throw new ConflictException("idempotencyKey", "casework.error.submission-in-progress");
        }
        return Optional.of(caseId);
    }

    void complete(long accountId, String key, long caseId) {
        jdbc.sql("update case_submission set case_id = ? where account_id = ? and idempotency_key = ?")
                .params(caseId, accountId, key).update();
    }
}
