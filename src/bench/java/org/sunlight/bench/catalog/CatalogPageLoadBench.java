package org.sunlight.bench.catalog;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.SunlightApplication;
import org.sunlight.catalog.internal.ContentCodec;
import org.sunlight.catalog.search.CatalogSearch;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;

/**
 * The running application over a province-scale catalog: the index rebuild from the database, then the
 * public item page (and the search API) under concurrent load over loopback.
 * <p>
 * {@code ./mvnw -Pbench test-compile exec:java -Dbench.main=org.sunlight.bench.catalog.CatalogPageLoadBench}
 * (-Dbench.items=300000 -Dbench.threads=8 -Dbench.requests=4000). Starts the application on an H2 file
 * database under target/bench/app (kept between runs: the 300,000 items are inserted only once; delete
 * the folder to start over), on a free port of 127.0.0.1. Bounded: a fixed number of requests, then it stops.
 */
public final class CatalogPageLoadBench {

    /** Command-line style arguments: they outrank application.yml (plain default properties would not). */
    public static void main(String[] args) throws Exception {
        try {
            run();
        } catch (Throwable e) {
            e.printStackTrace(System.out);
            System.exit(1);
        }
        System.exit(0); // nothing may linger in the Maven JVM
    }

    private static void run() throws Exception {
        int n = Integer.getInteger("bench.items", 300_000);
        int threads = Integer.getInteger("bench.threads", 8);
        int requests = Integer.getInteger("bench.requests", 4_000);
        long seed = Long.getLong("bench.seed", 20261126L);
        Path dir = Path.of("target/bench/app").toAbsolutePath();
        Files.createDirectories(dir);

        long t0 = System.nanoTime();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(SunlightApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + dir + "/catalog;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--server.port=0", "--server.address=127.0.0.1", "--sunlight.demo.mode=true",
                "--sunlight.catalog.search.index-dir=" + dir.resolve("index"),
                "--logging.level.root=WARN", "--logging.level.org.sunlight.catalog=INFO");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        System.out.printf("application started in %,d ms on port %d%n", CatalogSearchBench.ms(t0), port);
        try {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            CatalogSearch search = app.getBean(CatalogSearch.class);
            int present = jdbc.queryForObject("select count(*) from power_item where code like 'BENCH-%'", Integer.class);
            if (present < n) {
                insert(app, n, present, seed);
            }
            CatalogSearch.BuildReport startup = search.lastBuild().orElseThrow();
            if (startup.indexed() >= n) {
                // the database already held the catalog when the application started: that build is the measurement
                System.out.printf("index build from the database at start-up: %,d items listed in %,d ms%n", startup.indexed(), startup.millis());
            } else {
                long cpu0 = CatalogSearchBench.processCpu();
                CatalogSearch.BuildReport rebuilt = search.rebuild();
                System.out.printf("index rebuild from the database: %,d items listed in %,d ms (process CPU %,d ms), load average %.1f%n",
                        rebuilt.indexed(), rebuilt.millis(), (CatalogSearchBench.processCpu() - cpu0) / 1_000_000,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
            System.out.printf("heap used with the application running (GC'd): %,d MB%n", CatalogSearchBench.heapAfterGc() >> 20);

            List<String> codes = jdbc.queryForList("select code from power_item where code like 'BENCH-%' order by id", String.class);
            Random random = new Random(seed);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + port;

            List<String> pages = new ArrayList<>();
            for (int i = 0; i < requests + 400; i++) {
                pages.add(base + "/public/catalog/items/" + codes.get(random.nextInt(codes.size())));
            }
            run("warm-up (item pages)", http, pages.subList(0, 400), threads);
            long[] page = run("public item page", http, pages.subList(400, pages.size()), threads);

            SyntheticCatalog words = new SyntheticCatalog(seed);
            List<String> queries = words.queries(requests / 2, words.items(2_000));
            List<String> searches = queries.stream()
                    .map(q -> base + "/api/v1/public/catalog/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
                    .toList();
            run("search API", http, searches, threads);
            List<String> browse = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                browse.add(base + "/public/catalog?q=" + java.net.URLEncoder.encode(queries.get(i % queries.size()), java.nio.charset.StandardCharsets.UTF_8));
            }
            run("search page (HTML, with counts)", http, browse, threads);
            System.out.printf("catalog-item-page-p99-ms: %d%n", (long) Math.ceil(CatalogSearchBench.percentile(page, 99) / 1e6));
        } finally {
            app.close();
        }
    }

    /** Inserts the generated items with one published version each, straight into the catalog tables. */
    private static void insert(ConfigurableApplicationContext app, int n, int present, long seed) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        ContentCodec codec = app.getBean(ContentCodec.class);
        TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        List<DepartmentView> departments = app.getBean(OrganizationDirectory.class).departmentsWithin("320000");
        long t = System.nanoTime();
        SyntheticCatalog catalog = new SyntheticCatalog(seed);
        List<SyntheticCatalog.Item> items = catalog.items(n);
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate effective = LocalDate.of(2026, 1, 1);
        int chunk = 1_000;
        AtomicInteger seq = new AtomicInteger(present);
        for (int from = present; from < n; from += chunk) {
            List<SyntheticCatalog.Item> slice = items.subList(from, Math.min(n, from + chunk));
            int offset = from;
            tx.executeWithoutResult(s -> {
                List<Object[]> rows = new ArrayList<>();
                for (int i = 0; i < slice.size(); i++) {
                    SyntheticCatalog.Item it = slice.get(i);
                    DepartmentView d = departments.get(it.departmentIndex() % departments.size());
                    rows.add(new Object[] {"BENCH-" + it.code(), d.id(), offset + i + 1, "ACTIVE", now});
                }
                jdbc.batchUpdate("insert into power_item (code, department_id, seq_no, lifecycle, created_at, version) values (?, ?, ?, ?, ?, 0)", rows);
                String in = slice.stream().map(x -> "?").collect(Collectors.joining(","));
                Map<String, Long> ids = new HashMap<>();
                jdbc.query("select id, code from power_item where code in (" + in + ")",
                        rs -> {
                            ids.put(rs.getString("code"), rs.getLong("id"));
                        }, slice.stream().map(x -> (Object) ("BENCH-" + x.code())).toArray());
                List<Object[]> versions = new ArrayList<>();
                for (SyntheticCatalog.Item it : slice) {
                    versions.add(new Object[] {ids.get("BENCH-" + it.code()), "PUBLISHED", it.content().name(), it.content().category().name(),
                            it.content().basicCode(), it.content().implementationCode(), codec.write(it.content()), effective, now, now, now});
                }
                jdbc.batchUpdate("insert into power_item_version (item_id, version_no, state, name, category, basic_code, implementation_code, "
                        + "content, effective_from, published_at, created_at, created_by, updated_at, version) "
                        + "values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, 0)", versions);
            });
            seq.addAndGet(slice.size());
            if ((from / chunk) % 50 == 0) {
                System.out.printf("  inserted %,d items%n", seq.get());
            }
        }
        System.out.printf("inserted %,d items with their versions in %,d ms%n", n - present, CatalogSearchBench.ms(t));
    }

    /** Sends the requests from {@code threads} threads, each request once; returns the latencies. */
    static long[] run(String what, HttpClient http, List<String> urls, int threads) throws Exception {
        long[] nanos = new long[urls.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < urls.size()) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get(i))).timeout(Duration.ofSeconds(30)).GET().build();
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    nanos[i] = System.nanoTime() - s;
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        long wall = System.nanoTime() - start;
        CatalogSearchBench.report(String.format("%s: %,d requests, %d threads, %,.0f requests/s, %d not 200", what, urls.size(), threads,
                urls.size() / (wall / 1e9), failures.get()), nanos);
        return nanos;
    }
}
