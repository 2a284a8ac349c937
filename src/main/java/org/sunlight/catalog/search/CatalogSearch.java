package org.sunlight.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemLifecycleChanged;
import org.sunlight.catalog.PowerItemVersionPublished;
import org.sunlight.catalog.internal.ContentCodec;
import org.sunlight.catalog.search.PublicCatalogRows.InForceRow;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.OrganizationEvent;
import org.sunlight.organization.RegionView;

/**
 * The public catalog search: keeps the {@link CatalogIndex} equal to "the version in force today of every
 * listed item" and answers searches.
 * <ul>
 * <li>Start-up: a full rebuild from the database once the application is ready (after the demo data).</li>
 * <li>Changes: a published version or a lifecycle change re-indexes that item <em>synchronously after the
 * commit</em>, in the publishing thread. So when the publishing call returns, searches already see it:
 * deterministic in tests, nothing to wait for, and nothing indexed from a transaction that rolled back.
 * A failure there is logged and the item retried at the next search; it never undoes the commit.</li>
 * <li>Time: a version published for a future date, or an announced abolition, changes what is in force
 * without any event. The index remembers those dates and re-indexes the items when a search first runs
 * on or after such a day (it reads the injected clock, so tests move time instead of sleeping).</li>
 * </ul>
 * Index location: {@code sunlight.catalog.search.index-dir}, a directory (default {@code ./data/index/catalog},
 * wiped and rebuilt at each start) or {@code memory} for an in-heap index (tests).
 */
@Service
public class CatalogSearch implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CatalogSearch.class);
    private static final int BATCH = 256;

    private final CatalogIndex index;
    private final PublicCatalogRows rows;
    private final ContentCodec codec;
    private final OrganizationDirectory directory;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    private final Object writeLock = new Object();
    private final ConcurrentSkipListMap<LocalDate, Set<Long>> pending = new ConcurrentSkipListMap<>();
    private final Set<Long> retry = ConcurrentHashMap.newKeySet();
    private volatile LocalDate asOf;
    private volatile BuildReport lastBuild;

    /** What the last full build did. */
    public record BuildReport(int indexed, int skipped, long millis, LocalDate asOf) {
    }

    CatalogSearch(PublicCatalogRows rows, ContentCodec codec, OrganizationDirectory directory, Clock clock,
            PlatformTransactionManager transactions, @Value("${sunlight.catalog.search.index-dir:./data/index/catalog}") String indexDir) {
        this.rows = rows;
        this.codec = codec;
        this.directory = directory;
        this.clock = clock;
        // always a fresh read-only transaction: listeners run after the publisher's commit, while its
        // finished transaction is still bound to the thread. Lock first, then a connection, everywhere.
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.index = new CatalogIndex(open(indexDir));
    }

    private static Directory open(String indexDir) {
        if ("memory".equalsIgnoreCase(indexDir.trim())) {
            return new ByteBuffersDirectory();
        }
        try {
            Path path = Path.of(indexDir);
            Files.createDirectories(path);
            return FSDirectory.open(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the catalog index at " + indexDir, e);
        }
    }

    // ---- searching

    public SearchPage search(SearchQuery query) {
        catchUp();
        return index.search(query);
    }

    public Optional<BuildReport> lastBuild() {
        return Optional.ofNullable(lastBuild);
    }

    // ---- keeping the index current

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        rebuild();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PowerItemVersionPublished event) {
        reindexQuietly(event.itemId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PowerItemLifecycleChanged event) {
        reindexQuietly(event.itemId());
    }

    /** Department names and regions are part of the index: follow renames and moves. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(OrganizationEvent event) {
        Long department = event instanceof OrganizationEvent.DepartmentRenamed e ? Long.valueOf(e.departmentId())
                : event instanceof OrganizationEvent.DepartmentMoved e ? Long.valueOf(e.departmentId()) : null;
        if (department != null) {
            readOnly.execute(tx -> rows.itemIdsOf(department)).forEach(this::reindexQuietly);
        } else if (event instanceof OrganizationEvent.RegionRenamed || event instanceof OrganizationEvent.RegionMoved) {
            rebuild();
        }
    }

    /** Rebuilds the whole index from the database (start-up; also after the clock went backwards). */
    public BuildReport rebuild() {
        synchronized (writeLock) {
            long start = System.nanoTime();
            LocalDate today = today();
            Places places = new Places();
            int[] counts = new int[2];
            index.clear();
            pending.clear();
            retry.clear();
            ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
            // bounds the batches waiting for a worker, so a big catalog streams instead of piling up in memory
            Semaphore inFlight = new Semaphore(4 * Math.max(1, Runtime.getRuntime().availableProcessors()));
            List<Future<int[]>> done = new ArrayList<>();
            try {
                readOnly.executeWithoutResult(tx -> {
                    List<InForceRow> batch = new ArrayList<>(BATCH);
                    rows.eachInForce(today, row -> {
                        batch.add(row);
                        if (batch.size() == BATCH) {
                            done.add(submit(workers, inFlight, List.copyOf(batch), places, today));
                            batch.clear();
                        }
                    });
                    if (!batch.isEmpty()) {
                        done.add(submit(workers, inFlight, List.copyOf(batch), places, today));
                    }
                    rows.nextChanges(today).forEach((item, day) -> pending.computeIfAbsent(day, d -> ConcurrentHashMap.newKeySet()).add(item));
                });
                for (Future<int[]> f : done) {
                    int[] r = f.get();
                    counts[0] += r[0];
                    counts[1] += r[1];
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("catalog index build interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("catalog index build failed", e.getCause());
            } finally {
                workers.shutdown();
            }
            index.commit();
            index.refresh();
            asOf = today;
            BuildReport report = new BuildReport(counts[0], counts[1], (System.nanoTime() - start) / 1_000_000, today);
            lastBuild = report;
            log.info("Catalog index built: {} items listed, {} not listed, {} ms", report.indexed(), report.skipped(), report.millis());
            return report;
        }
    }

    private Future<int[]> submit(ExecutorService workers, Semaphore inFlight, List<InForceRow> batch, Places places, LocalDate today) {
        inFlight.acquireUninterruptibly();
        return workers.submit(() -> {
            try {
                int listed = 0;
                for (InForceRow row : batch) {
                    if (PublicVisibility.listed(row.lifecycle(), row.abolishedOn(), today)) {
                        index.add(toIndexed(row, places));
                        listed++;
                    }
                }
                return new int[] {listed, batch.size() - listed};
            } finally {
                inFlight.release();
            }
        });
    }

    /** Re-reads one item and puts its version in force into the index, or takes it out. */
    public void reindex(long itemId) {
        synchronized (writeLock) {
            if (asOf == null) {
                // Not built yet (e.g. the demo catalog being loaded before start-up completes): the
                // start-up rebuild reads this committed change anyway, and one arriving during the
                // rebuild waits for this lock, so nothing is lost by not indexing it twice.
                return;
            }
            LocalDate today = today();
            readOnly.executeWithoutResult(tx -> put(itemId, today, new Places()));
            index.refresh();
        }
    }

    private void put(long itemId, LocalDate today, Places places) {
        Optional<InForceRow> row = rows.inForce(itemId, today);
        if (row.isPresent() && PublicVisibility.listed(row.get().lifecycle(), row.get().abolishedOn(), today)) {
            index.put(toIndexed(row.get(), places));
        } else {
            index.remove(itemId);
        }
        rows.nextChange(itemId, today).ifPresent(day -> pending.computeIfAbsent(day, d -> ConcurrentHashMap.newKeySet()).add(itemId));
    }

    private void reindexQuietly(long itemId) {
        try {
            reindex(itemId);
        } catch (RuntimeException e) {
            // the change is committed; the index catches up at the next search
            log.error("Could not re-index catalog item {}; will retry", itemId, e);
            retry.add(itemId);
        }
    }

    /** Applies what time alone changed since the index was last current, and retries failed items. */
    private void catchUp() {
        LocalDate built = asOf;
        if (built == null) {
            return; // not built yet: the start-up build is on its way
        }
        LocalDate today = today();
        if (today.isBefore(built)) {
            rebuild(); // only a test clock goes backwards
            return;
        }
        Map.Entry<LocalDate, Set<Long>> first = pending.firstEntry();
        boolean due = first != null && !first.getKey().isAfter(today);
        if (!due && retry.isEmpty()) {
            if (today.isAfter(built)) {
                asOf = today;
            }
            return;
        }
        synchronized (writeLock) {
            readOnly.executeWithoutResult(tx -> {
                Places places = new Places();
                Map.Entry<LocalDate, Set<Long>> e;
                while ((e = pending.firstEntry()) != null && !e.getKey().isAfter(today)) {
                    pending.remove(e.getKey());
                    e.getValue().forEach(id -> put(id, today, places));
                }
                for (Long id : List.copyOf(retry)) {
                    put(id, today, places);
                    retry.remove(id);
                }
            });
            index.refresh();
            asOf = today;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- from rows to index documents

    private IndexedItem toIndexed(InForceRow row, Places places) {
        PowerItemContent content = codec.read(row.contentJson());
        Place place = places.of(row.departmentId());
        return new IndexedItem(row.itemId(), row.code(), row.seqNo(), content.name(), content.category(), row.departmentId(),
                place.departmentName(), place.regionCode(), place.path(), row.lifecycle(), row.abolishedOn(), row.versionNo(),
                row.effectiveFrom(), PublicItemText.of(content, place.departmentName(), place.regionNames()));
    }

    private record Place(String departmentName, String regionCode, List<String> path, String regionNames) {
    }

    /** Department and region lookups, cached for the length of one build. */
    private final class Places {
        private final Map<Long, Place> departments = new ConcurrentHashMap<>();
        private final Map<String, RegionView> regions = new ConcurrentHashMap<>();

        Place of(long departmentId) {
            return departments.computeIfAbsent(departmentId, id -> {
                DepartmentView d = directory.department(id).orElse(null);
                if (d == null) {
                    return new Place("", "", List.of(), "");
                }
                RegionView r = region(d.regionCode());
                List<String> path = r == null ? List.of(d.regionCode()) : r.path();
                String names = String.join(" ", path.stream().map(this::region).filter(java.util.Objects::nonNull).map(RegionView::name).toList());
                return new Place(d.name(), d.regionCode(), path, names);
            });
        }

        private RegionView region(String code) {
            RegionView cached = regions.get(code);
            if (cached == null) {
                cached = directory.region(code).orElse(null);
                if (cached != null) {
                    regions.put(code, cached);
                }
            }
            return cached;
        }
    }

    @Override
    public void destroy() throws IOException {
        index.close();
    }
}
