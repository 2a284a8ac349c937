package org.sunlight.bench.catalog;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.flywaydb.core.Flyway;
import org.springframework.context.ConfigurableApplicationContext;
import org.sunlight.catalog.demo.CatalogGenerator;
import org.sunlight.catalog.demo.GeneratedCatalogs;
import org.sunlight.catalog.demo.GeneratedCatalogs.Plan;
import org.sunlight.catalog.excel.CatalogImporter;
import org.sunlight.catalog.excel.CatalogRow;
import org.sunlight.catalog.excel.CatalogWorkbookWriter;
import org.sunlight.catalog.excel.ImportMode;
import org.sunlight.catalog.excel.ImportOptions;
import org.sunlight.catalog.excel.ImportReport;
import org.sunlight.organization.DepartmentKind;
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationDirectory;

/**
 * Excel import of the city-scale catalog (5,376 items, the seed's 扬州市): the application started on
 * an empty database (H2 in memory by default; PostgreSQL with -Dbench.db.url=… -Dbench.db.user=…
 * -Dbench.db.password=…, whose schema is wiped first), the 47 departments created, their workbooks
 * written (not timed), then timed: checking all 47 workbooks (dry run), importing them (drafts, the
 * clerk's path), and importing the whole city as one 5,376-item workbook. Heap: used after a GC before
 * the imports, and the peak sampled every 5 ms during each.
 *
 * <pre>./mvnw -Pbench test-compile exec:java -Dbench.main=org.sunlight.bench.catalog.CatalogImportBench</pre>
 */
public final class CatalogImportBench {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.db.url",
                "jdbc:h2:mem:bench-catalog;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        String user = System.getProperty("bench.db.user", "sa");
        String password = System.getProperty("bench.db.password", "");
        Flyway.configure().dataSource(url, user, password).cleanDisabled(false).load().clean();

        List<Plan> plans = GeneratedCatalogs.city();
        long t0 = System.nanoTime();
        List<byte[]> workbooks = new ArrayList<>();
        List<CatalogRow> all = new ArrayList<>();
        Set<String> allUnits = new LinkedHashSet<>();
        for (Plan p : plans) {
            List<CatalogRow> rows = GeneratedCatalogs.items(p);
            workbooks.add(write(p.name(), p.units(), rows));
            for (CatalogRow r : rows) {
                all.add(new CatalogRow("ALL-" + r.code(), all.size() + 1, r.content()));
            }
            allUnits.addAll(p.units());
        }
        byte[] city = write("扬州市（全市汇总）", List.copyOf(allUnits), all);
        double writeSeconds = seconds(t0);
        long cityBytes = city.length;

        try (ConfigurableApplicationContext context = CatalogGenerator.start(url, user, password)) {
            OrganizationAdmin admin = context.getBean(OrganizationAdmin.class);
            CatalogGenerator.Organization org = new CatalogGenerator.Organization(admin, context.getBean(OrganizationDirectory.class));
            CatalogImporter importer = context.getBean(CatalogImporter.class);
            List<Long> departments = plans.stream().map(org::department).toList();
            long cityDepartment = admin.createDepartment("321000", "扬州市权力事项汇总基准", null, DepartmentKind.ADMINISTRATIVE).value().id();
            for (String unit : allUnits) {
                admin.createUnit(cityDepartment, unit);
            }
            // warm-up on one department (dry run), so the timings are not the JIT's
            importer.importWorkbook(departments.get(1), workbooks.get(1), "warmup.xlsx", ImportOptions.system("bench", ImportMode.DRAFT, true, null));

            long baseline = usedAfterGc();
            Peak peak = Peak.start();
            long start = System.nanoTime();
            int checked = 0;
            for (int i = 0; i < plans.size(); i++) {
                ImportReport r = importer.importWorkbook(departments.get(i), workbooks.get(i), plans.get(i).name() + ".xlsx",
                        ImportOptions.system("bench", ImportMode.DRAFT, true, null));
                require(r, true);
                checked += r.items();
            }
            double drySeconds = seconds(start);
            long dryPeak = peak.stop();

            peak = Peak.start();
            start = System.nanoTime();
            int imported = 0;
            for (int i = 0; i < plans.size(); i++) {
                ImportReport r = importer.importWorkbook(departments.get(i), workbooks.get(i), plans.get(i).name() + ".xlsx",
                        ImportOptions.system("bench", ImportMode.DRAFT, false, null));
                require(r, false);
                imported += r.created();
            }
            double importSeconds = seconds(start);
            long importPeak = peak.stop();

            peak = Peak.start();
            start = System.nanoTime();
            ImportReport one = importer.importWorkbook(cityDepartment, city, "扬州市.xlsx", ImportOptions.system("bench", ImportMode.DRAFT, false, null));
            double oneSeconds = seconds(start);
            long onePeak = peak.stop();
            require(one, false);
            long after = usedAfterGc();

            String db = url.startsWith("jdbc:postgresql") ? "PostgreSQL" : "H2 (in memory)";
            System.out.println();
            System.out.printf("### %s%n%n", db);
            System.out.printf("| step | items | time | per item | peak heap used |%n|---|---|---|---|---|%n");
            System.out.printf("| write 47 workbooks + 1 city workbook (not timed below; %.1f MB city file) | %d | %.1f s | | |%n",
                    cityBytes / 1e6, all.size() * 2, writeSeconds);
            System.out.printf("| check 47 department workbooks (dry run) | %d | %.1f s | %.2f ms | %d MB |%n", checked, drySeconds,
                    drySeconds * 1000 / checked, mb(dryPeak));
            System.out.printf("| import 47 department workbooks (drafts) | %d | %.1f s | %.2f ms | %d MB |%n", imported, importSeconds,
                    importSeconds * 1000 / imported, mb(importPeak));
            System.out.printf("| import one 5,376-item workbook (drafts) | %d | %.1f s | %.2f ms | %d MB |%n", one.created(), oneSeconds,
                    oneSeconds * 1000 / one.created(), mb(onePeak));
            System.out.printf("%nHeap used after GC: %d MB before the imports, %d MB after (max heap %d MB).%n", mb(baseline), mb(after),
                    mb(Runtime.getRuntime().maxMemory()));
            System.out.printf("catalog-import-5376-s: %.1f%n", Math.max(importSeconds, oneSeconds));
        }
    }

    private static void require(ImportReport r, boolean dryRun) {
        if (!r.ok() || r.imported() == dryRun) {
            throw new IllegalStateException("import refused: " + r.problemTotal() + " problems " + r.problems());
        }
    }

    private static byte[] write(String name, List<String> units, List<CatalogRow> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CatalogWorkbookWriter(name, units).write(rows, out);
        return out.toByteArray();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long usedAfterGc() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** Samples the heap in use every 5 ms until stopped; the highest sample. */
    private static final class Peak implements Runnable {
        private final AtomicLong max = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        static Peak start() {
            Peak p = new Peak();
            p.thread = new Thread(p, "heap-sampler");
            p.thread.setDaemon(true);
            p.thread.start();
            return p;
        }

        @Override
        public void run() {
            while (running) {
                max.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return max.get();
        }
    }
}
