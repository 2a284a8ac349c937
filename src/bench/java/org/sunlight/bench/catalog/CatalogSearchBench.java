package org.sunlight.bench.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.lucene.store.FSDirectory;
import org.sunlight.catalog.ItemLifecycle;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.search.CatalogIndex;
import org.sunlight.catalog.search.IndexedItem;
import org.sunlight.catalog.search.PublicItemText;
import org.sunlight.catalog.search.SearchPage;
import org.sunlight.catalog.search.SearchQuery;

/**
 * Catalog search over a province-scale catalog, without the database: index build time, heap, and the
 * latency of 1,000 varied Chinese queries (with highlighting, as the API answers them).
 * <p>
 * {@code ./mvnw -Pbench test-compile exec:java -Dbench.main=org.sunlight.bench.catalog.CatalogSearchBench}
 * (-Dbench.items=300000 -Dbench.queries=1000 -Dbench.seed=20261126). The index is written to
 * target/bench/search-index (an FSDirectory, as in production).
 */
public final class CatalogSearchBench {

    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("bench.items", 300_000);
        int queryCount = Integer.getInteger("bench.queries", 1_000);
        long seed = Long.getLong("bench.seed", 20261126L);
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf("Catalog search benchmark: %,d items, %,d queries, seed %d, %d cores, max heap %,d MB%n",
                n, queryCount, seed, threads, Runtime.getRuntime().maxMemory() >> 20);

        long t0 = System.nanoTime();
        SyntheticCatalog catalog = new SyntheticCatalog(seed);
        List<SyntheticCatalog.Item> items = catalog.items(n);
        List<String> queries = catalog.queries(queryCount + 300, items);
        List<SyntheticCatalog.Department> departments = catalog.departments();
        System.out.printf("generated in %,d ms (%d departments)%n", ms(t0), departments.size());

        Path dir = Path.of("target/bench/search-index");
        boolean reuse = Boolean.getBoolean("bench.reuse") && Files.exists(dir) && Files.list(dir).anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
        if (!reuse) {
            deleteTree(dir);
        }
        Files.createDirectories(dir);
        CatalogIndex index = new CatalogIndex(FSDirectory.open(dir), !reuse);
        LocalDate effective = LocalDate.of(2026, 1, 1);

        long t1 = System.nanoTime();
        long cpu0 = processCpu();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        int batch = 1_000;
        for (int from = 0; !reuse && from < items.size(); from += batch) {
            List<SyntheticCatalog.Item> slice = items.subList(from, Math.min(items.size(), from + batch));
            int offset = from;
            done.add(pool.submit(() -> {
                for (int i = 0; i < slice.size(); i++) {
                    SyntheticCatalog.Item it = slice.get(i);
                    SyntheticCatalog.Department d = departments.get(it.departmentIndex());
                    index.add(new IndexedItem(offset + i + 1, it.code(), it.seqNo(), it.content().name(), it.content().category(), d.id(),
                            d.name(), d.regionCode(), d.regionPath(), ItemLifecycle.ACTIVE, null, 1, effective,
                            PublicItemText.of(it.content(), d.name(), d.regionName())));
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        index.commit();
        index.refresh();
        long buildMs = ms(t1);
        long buildCpuMs = (processCpu() - cpu0) / 1_000_000;
        System.out.printf("index build: %,d ms (%,.0f items/s), %,d documents, %d segments, %,d MB on disk%n",
                buildMs, n * 1000.0 / buildMs, index.size(), index.segments(), size(dir) >> 20);
        System.out.printf("  index build CPU time (all threads): %,d ms; load average now %.1f%n", buildCpuMs,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        int merge = Integer.getInteger("bench.merge", 0);
        if (merge > 0) {
            long tm = System.nanoTime();
            index.forceMerge(merge);
            index.refresh();
            System.out.printf("force merge to %d segments: %,d ms, %,d MB on disk%n", index.segments(), ms(tm), size(dir) >> 20);
        }

        List<String> codes = items.stream().limit(2_000).map(SyntheticCatalog.Item::code).toList();
        items = null; // keep only what a running search needs
        long heap = heapAfterGc();
        System.out.printf("heap used after build (GC'd, catalog objects released): %,d MB%n", heap >> 20);

        Random random = new Random(seed + 1);
        List<SearchQuery> mixed = new ArrayList<>();
        for (String q : queries) {
            SearchQuery sq = SearchQuery.text(q);
            int f = random.nextInt(100);
            if (f < 10) {
                sq = sq.inCategory(PowerCategory.PENALTY);
            } else if (f < 20) {
                sq = sq.inRegion(SyntheticCatalog.CITIES[random.nextInt(SyntheticCatalog.CITIES.length)][0]);
            } else if (f < 25) {
                sq = sq.inDepartment((long) departments.get(random.nextInt(departments.size())).id());
            } else if (f < 30) {
                sq = sq.atPage(1 + random.nextInt(4), SearchQuery.DEFAULT_SIZE);
            }
            mixed.add(sq);
        }
        // warm-up: JIT and the page cache, not measured
        for (SearchQuery q : mixed.subList(0, 300)) {
            index.search(q);
        }
        long[] nanos = new long[queryCount];
        long[] cpu = new long[queryCount];
        java.lang.management.ThreadMXBean threadBean = java.lang.management.ManagementFactory.getThreadMXBean();
        long hits = 0;
        int empty = 0;
        for (int i = 0; i < queryCount; i++) {
            SearchQuery q = mixed.get(300 + i);
            long c = threadBean.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            SearchPage page = index.search(q);
            nanos[i] = System.nanoTime() - s;
            cpu[i] = threadBean.getCurrentThreadCpuTime() - c;
            hits += page.total();
            if (page.total() == 0) {
                empty++;
            }
        }
        report("search (1 page of 20, highlighted)", nanos);
        report("  the same, CPU time of the searching thread", cpu);
        System.out.printf("  average matches per query %,d; %d of %d queries found nothing%n", hits / queryCount, empty, queryCount);
        System.out.println("  slowest queries:");
        Integer[] order = new Integer[queryCount];
        for (int i = 0; i < queryCount; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong(i -> -nanos[i]));
        for (int i = 0; i < 5; i++) {
            SearchQuery q = mixed.get(300 + order[i]);
            System.out.printf("    %6.1f ms  %s%s%n", nanos[order[i]] / 1e6, q.text(), filters(q));
        }

        // the browse page also counts per department, category and region
        long[] browse = new long[200];
        long[] browseCpu = new long[200];
        for (int i = 0; i < browse.length; i++) {
            SearchQuery q = (i % 2 == 0 ? SearchQuery.text("") : SearchQuery.text(queries.get(i)))
                    .inRegion(i % 4 < 2 ? null : SyntheticCatalog.CITIES[i % SyntheticCatalog.CITIES.length][0]).counting();
            long c = threadBean.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            index.search(q);
            browse[i] = System.nanoTime() - s;
            browseCpu[i] = threadBean.getCurrentThreadCpuTime() - c;
        }
        report("browse page with counts (200 requests, half without a query)", browse);
        report("  the same, CPU time of the searching thread", browseCpu);
        System.out.printf("heap used at the end (GC'd): %,d MB%n", heapAfterGc() >> 20);
        System.out.printf("catalog-search-p99-ms: %d%n", (long) Math.ceil(percentile(nanos, 99) / 1e6));
        index.close();
        codes.size();
    }

    private static String filters(SearchQuery q) {
        StringBuilder sb = new StringBuilder();
        if (q.category() != null) {
            sb.append(" [category ").append(q.category()).append(']');
        }
        if (q.regionCode() != null) {
            sb.append(" [region ").append(q.regionCode()).append(']');
        }
        if (q.departmentId() != null) {
            sb.append(" [department ").append(q.departmentId()).append(']');
        }
        if (q.page() > 0) {
            sb.append(" [page ").append(q.page()).append(']');
        }
        return sb.toString();
    }

    static void report(String what, long[] nanos) {
        System.out.printf("%s: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", what, percentile(nanos, 50) / 1e6,
                percentile(nanos, 90) / 1e6, percentile(nanos, 99) / 1e6, Arrays.stream(nanos).max().orElse(0) / 1e6);
    }

    /** Nearest-rank percentile. */
    static double percentile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static long heapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200); // the benchmark, not a test: give the collector a moment
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
