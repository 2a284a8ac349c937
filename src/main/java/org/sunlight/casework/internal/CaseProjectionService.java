package org.sunlight.casework.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.casework.CaseEvent;
import org.sunlight.casework.CaseProjections;

/** Replays each case's log through the same {@link CaseProjector} commands use, a batch of cases per transaction. */
@Service
class CaseProjectionService implements CaseProjections {

    private static final int BATCH = 500;

    private final CaseStore store;
    private final CaseLog log;
    private final CaseJson json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CaseProjectionService(CaseStore store, CaseLog log, CaseJson json, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.log = log;
        this.json = json;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public Report verify() {
        return run(false);
    }

    @Override
    public Report rebuild() {
        return run(true);
    }

    private Report run(boolean write) {
        List<String> differing = new ArrayList<>();
        int[] count = {0};
        long after = 0;
        while (true) {
            List<Long> ids = store.caseIds(after, BATCH);
            if (ids.isEmpty()) {
                break;
            }
            transactions.executeWithoutResult(status -> {
                for (long id : ids) {
                    count[0]++;
                    replay(id, write, differing);
                }
            });
            after = ids.get(ids.size() - 1);
        }
        return new Report(count[0], List.copyOf(differing));
    }

    private void replay(long id, boolean write, List<String> differing) {
        List<CaseEvent> events = store.events(id);
        CaseFile replayed = log.projector().replay(events);
        String expected = json.write(replayed);
        List<CaseTaskRow> expectedTasks = log.tasks(replayed);
        boolean same = expected.equals(store.storedState(id)) && Objects.equals(expectedTasks, store.tasks(id));
        if (!same) {
            differing.add(replayed.number);
            if (write) {
                store.save(replayed, store.load(id).orElseThrow().version(), clock.instant());
                store.replaceTasks(id, expectedTasks);
            }
        }
    }
}
