package org.sunlight.bench.casework;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import com.zaxxer.hikari.HikariDataSource;

import org.slf4j.LoggerFactory;

/**
 * Step transitions per second of the four-step licensing flow (受理 › 审查 › 决定 › 送达) on PostgreSQL,
 * with 1 and 8 worker threads, for several {@link Contender}s in the same JVM against the same database
 * (one schema each), interleaved round by round. First prints what one plain one-row commit costs on the
 * server at that moment (calibration). Goals of the issue: Sunlight ≥ 0.7 × the floor (the same
 * writes hand-coded in plain JDBC) and ≥ 5 × Flowable.
 *
 * <pre>
 * ./mvnw -Pbench test-compile exec:java -Dbench.main=org.sunlight.bench.casework.TransitionBench
 * ./mvnw -Pbench test-compile exec:java -Dbench.main=org.sunlight.bench.casework.TransitionBench \
 *     -Dbench.contenders=flowable,flowable-tx -Dbench.threads=1,8 -Dbench.rounds=3 -Dbench.cases.1=2000 -Dbench.cases.8=8000
 * </pre>
 * Settings are {@code -Dbench.NAME=value} properties, or {@code NAME=value} words in {@code -Dexec.args="…"}
 * (those win):
 * <ul>
 * <li>{@code db} (also {@code bench.db.url}, env {@code SUNLIGHT_BENCH_DB_URL}), default
 * {@code jdbc:postgresql://127.0.0.1:5432/sunlight_bench}, created through the {@code postgres} database if
 * missing; {@code db.user} (postgres), {@code db.password} (empty);</li>
 * <li>{@code contenders}: comma list of {@code flowable}, {@code flowable-tx} or a class name implementing
 * {@link Contender} with a public no-argument constructor (default: all built in);</li>
 * <li>{@code threads} (1,8); {@code cases.T} cases per measured run with T threads (2000 for 1, 8000 for 8,
 * else 1000·T), or {@code cases} for every T; {@code warmup.T} / {@code warmup} cases of the warm-up run
 * per contender and thread count (default a quarter of the cases); {@code rounds} (3);</li>
 * <li>{@code quiet=L}: before each measured run wait until the 1-minute load average is below L, at most
 * {@code quiet.max} seconds (300) — the machine is shared.</li>
 * </ul>
 * One run with T threads: each worker first creates its share of the cases (timed: creations/s), then,
 * after all have, moves each of its cases through steps 1..4 (timed: transitions/s, and each transition's
 * latency). Every contender's schema is dropped and made anew at the start; nothing is deleted between
 * rounds, so the tables grow over the run as they would in service. Prints each run, the medians over
 * the rounds, the ratio lines for the goals, and the load average and CPU use around the runs (the
 * machine is shared: read the numbers with the load).
 */
public final class TransitionBench {

    private static final Map<String, Supplier<Contender>> BUILT_IN = new LinkedHashMap<>();

    static {
        BUILT_IN.put("sunlight", SunlightContender::new);
        BUILT_IN.put("floor", FloorContender::new);
        BUILT_IN.put("flowable", () -> new FlowableContender(false));
        BUILT_IN.put("flowable-tx", () -> new FlowableContender(true));
    }

    public static void main(String[] args) {
        try {
            new TransitionBench(Settings.of(args)).run();
        } catch (Throwable e) {
            e.printStackTrace(System.out);
            System.exit(1);
        }
        System.exit(0); // nothing may linger in the Maven JVM
    }

    private final Settings settings;

    private TransitionBench(Settings settings) {
        this.settings = settings;
    }

    /** A contender with its pool and the count of cases it has opened and closed so far. */
    private static final class Entry {
        final Contender contender;
        HikariDataSource pool;
        int nextCase = 1;
        long closed;
        final Map<Integer, List<Run>> runs = new HashMap<>();

        Entry(Contender contender) {
            this.contender = contender;
        }
    }

    private void run() throws Exception {
        quietLogging();
        BenchDatabase db = new BenchDatabase(settings.dbUrl, settings.dbUser, settings.dbPassword);
        db.createIfMissing();
        System.out.printf("TransitionBench: %s (PostgreSQL %s), pool %d per contender%n",
                settings.dbUrl, db.serverVersion(), BenchDatabase.POOL_SIZE);
        System.out.printf("Java %s, %d CPUs, load average %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), loadAverage());

        calibrate(db);

        List<Entry> entries = new ArrayList<>();
        for (String name : settings.contenders) {
            entries.add(new Entry(contender(name)));
        }
        try {
            for (Entry e : entries) {
                String schema = e.contender.schema();
                db.resetSchema(schema);
                e.pool = db.pool(schema);
                long t = System.nanoTime();
                e.contender.setUp(e.pool);
                System.out.printf("set up %-12s schema %-12s in %.1f s%n", e.contender.name(), schema, (System.nanoTime() - t) / 1e9);
            }
            for (int threads : settings.threads) {
                int cases = settings.cases(threads);
                int warmup = settings.warmup(threads);
                System.out.printf("%n== %d thread%s: warm-up %d cases, then %d rounds of %d cases (%d transitions) per contender ==%n",
                        threads, threads == 1 ? "" : "s", warmup, settings.rounds, cases, 4 * cases);
                for (Entry e : entries) {
                    Run w = measure(e, threads, warmup);
                    System.out.printf("warm-up %-12s %s%n", e.contender.name(), w);
                }
                for (int round = 1; round <= settings.rounds; round++) {
                    for (int k = 0; k < entries.size(); k++) {
                        Entry e = entries.get((k + round - 1) % entries.size()); // who goes first changes each round
                        awaitQuiet();
                        Run r = measure(e, threads, cases);
                        e.runs.computeIfAbsent(threads, x -> new ArrayList<>()).add(r);
                        System.out.printf("round %d %-12s %s%n", round, e.contender.name(), r);
                    }
                }
            }
            report(entries, db);
        } finally {
            for (Entry e : entries) {
                try {
                    e.contender.tearDown();
                } catch (Exception ex) {
                    System.out.println("tear-down of " + e.contender.name() + ": " + ex);
                }
                if (e.pool != null) {
                    e.pool.close();
                }
            }
        }
    }

    /**
     * With {@code quiet=L}: before each measured run, waits (at most {@code quiet.max} seconds, default 300)
     * for the 1-minute load average to drop below L.
     */
    private void awaitQuiet() throws InterruptedException {
        if (settings.quiet <= 0) {
            return;
        }
        long deadline = System.nanoTime() + settings.quietMaxSeconds * 1_000_000_000L;
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (load < settings.quiet) {
            return;
        }
        long start = System.nanoTime();
        while (load >= settings.quiet && System.nanoTime() < deadline) {
            Thread.sleep(5000);
            load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
        System.out.printf(Locale.ROOT, "  (waited %.0f s for load < %.1f: now %s)%n", (System.nanoTime() - start) / 1e9, settings.quiet, loadAverage());
    }

    /**
     * What one durable commit costs on this server now: single-row inserts, each its own transaction, from
     * one connection. Read the contenders' numbers against it (on a shared machine it moves).
     */
    private static void calibrate(BenchDatabase db) throws Exception {
        db.resetSchema("bench_calibration");
        try (HikariDataSource pool = db.pool("bench_calibration"); java.sql.Connection c = pool.getConnection()) {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("create table probe (id bigint primary key, note varchar(40))");
            }
            int n = 500;
            long[] lat = new long[n];
            try (java.sql.PreparedStatement ps = c.prepareStatement("insert into probe values (?, ?)")) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    long t = System.nanoTime();
                    ps.setLong(1, i);
                    ps.setString(2, "calibration");
                    ps.executeUpdate(); // auto-commit: one transaction each
                    lat[i] = System.nanoTime() - t;
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                Arrays.sort(lat);
                System.out.printf(Locale.ROOT, "calibration: %d one-row insert commits, %.0f commits/s, p50 %.2f ms, p99 %.2f ms%n",
                        n, n / seconds, percentile(lat, 0.5), percentile(lat, 0.99));
            }
        }
        db.dropSchema("bench_calibration");
    }

    /** One run: {@code cases} cases spread over {@code threads} workers; create all, then move all. */
    private Run measure(Entry e, int threads, int cases) throws Exception {
        int per = (cases + threads - 1) / threads;
        int total = per * threads;
        int first = e.nextCase;
        e.nextCase += total;
        Contender c = e.contender;
        long[][] latencies = new long[threads][per * 4];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Phaser phaser = new Phaser(threads + 1);
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            int worker = w;
            Thread t = new Thread(() -> {
                long[] handles = new long[per];
                phaser.arriveAndAwaitAdvance(); // start
                try {
                    for (int k = 0; k < per && failure.get() == null; k++) {
                        handles[k] = c.createCase(first + worker * per + k);
                    }
                } catch (Throwable ex) {
                    failure.compareAndSet(null, ex);
                }
                phaser.arriveAndAwaitAdvance(); // all created
                try {
                    long[] lat = latencies[worker];
                    int n = 0;
                    for (int k = 0; k < per && failure.get() == null; k++) {
                        for (int step = 1; step <= 4; step++) {
                            long t0 = System.nanoTime();
                            c.transition(handles[k], step);
                            lat[n++] = System.nanoTime() - t0;
                        }
                    }
                } catch (Throwable ex) {
                    failure.compareAndSet(null, ex);
                }
                phaser.arriveAndDeregister(); // done
            }, "bench-" + c.name() + "-" + w);
            t.start();
            workers.add(t);
        }
        Probe before = Probe.now();
        phaser.arriveAndAwaitAdvance();
        long t0 = System.nanoTime();
        phaser.arriveAndAwaitAdvance();
        long t1 = System.nanoTime();
        Probe middle = Probe.now();
        phaser.arriveAndAwaitAdvance();
        long t2 = System.nanoTime();
        Probe after = Probe.now();
        for (Thread t : workers) {
            t.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException(c.name() + " failed", failure.get());
        }
        e.closed += total;
        c.verify(e.closed);
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Run(total, threads, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                percentile(all, 0.50), percentile(all, 0.99),
                (after.jvmCpuNanos - middle.jvmCpuNanos) / 1e9, middle.busySince(after), before.busySince(after), loadAverage());
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private void report(List<Entry> entries, BenchDatabase db) throws Exception {
        System.out.printf("%n== Summary: medians of %d rounds (load average now %s) ==%n", settings.rounds, loadAverage());
        System.out.printf("%-8s %-12s %7s %12s %14s %10s %10s %18s %8s%n",
                "threads", "contender", "cases", "creations/s", "transitions/s", "p50 ms", "p99 ms", "JVM CPU ms/trans.", "busy %");
        Map<Integer, Map<String, Double>> medians = new LinkedHashMap<>();
        for (int threads : settings.threads) {
            for (Entry e : entries) {
                List<Run> runs = e.runs.getOrDefault(threads, List.of());
                if (runs.isEmpty()) {
                    continue;
                }
                double tps = median(runs.stream().mapToDouble(Run::transitionsPerSecond).toArray());
                medians.computeIfAbsent(threads, x -> new LinkedHashMap<>()).put(e.contender.name(), tps);
                System.out.printf(Locale.ROOT, "%-8d %-12s %7d %12.0f %14.0f %10.2f %10.2f %18.3f %8.0f%n",
                        threads, e.contender.name(), runs.get(0).cases,
                        median(runs.stream().mapToDouble(Run::creationsPerSecond).toArray()), tps,
                        median(runs.stream().mapToDouble(r -> r.p50).toArray()),
                        median(runs.stream().mapToDouble(r -> r.p99).toArray()),
                        median(runs.stream().mapToDouble(r -> 1000 * r.jvmCpuSeconds / (4.0 * r.cases)).toArray()),
                        median(runs.stream().mapToDouble(r -> r.busyTransitions).toArray()));
            }
        }
        System.out.println();
        for (var byThreads : medians.entrySet()) {
            Map<String, Double> m = byThreads.getValue();
            int threads = byThreads.getKey();
            ratio(threads, m, "sunlight", "floor", 0.7);
            for (String name : m.keySet()) {
                if (name.startsWith("flowable")) {
                    ratio(threads, m, "sunlight", name, 5.0);
                }
            }
            if (m.containsKey("flowable") && m.containsKey("flowable-tx")) {
                ratio(threads, m, "flowable-tx", "flowable", Double.NaN);
            }
        }
        System.out.println();
        for (Entry e : entries) {
            long bytes = db.schemaBytes(e.contender.schema());
            System.out.printf(Locale.ROOT, "storage %-12s %,d cases closed, schema %s: %.1f MiB, %.0f bytes per case%n",
                    e.contender.name(), e.closed, e.contender.schema(), bytes / 1048576.0, bytes / (double) Math.max(1, e.closed));
        }
    }

    private static void ratio(int threads, Map<String, Double> m, String a, String b, double goal) {
        String goalText = Double.isNaN(goal) ? "" : String.format(Locale.ROOT, " (goal ≥ %.1f)", goal);
        if (!m.containsKey(a) || !m.containsKey(b)) {
            if (!Double.isNaN(goal)) {
                System.out.printf("%d thread%s: %s / %s = n/a%s: %s not run%n", threads, threads == 1 ? "" : "s", a, b, goalText,
                        m.containsKey(a) ? b : a);
            }
            return;
        }
        double r = m.get(a) / m.get(b);
        String verdict = Double.isNaN(goal) ? "" : r >= goal ? "  met" : "  NOT met";
        System.out.printf(Locale.ROOT, "%d thread%s: %s / %s = %.2f%s%s%n", threads, threads == 1 ? "" : "s", a, b, r, goalText, verdict);
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static Contender contender(String name) throws Exception {
        Supplier<Contender> s = BUILT_IN.get(name);
        if (s != null) {
            return s.get();
        }
        if (name.contains(".")) {
            return (Contender) Class.forName(name).getConstructor().newInstance();
        }
        throw new IllegalArgumentException("unknown contender " + name + "; built in: " + BUILT_IN.keySet() + ", or a class name");
    }

    /** Without Spring Boot's logging set-up, Logback would print every DEBUG line of MyBatis and the pool. */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** One measured run. Times in seconds, latencies in ms. */
    record Run(int cases, int threads, double createSeconds, double transitionSeconds, double p50, double p99,
               double jvmCpuSeconds, double busyTransitions, double busyAll, String load) {

        double creationsPerSecond() {
            return cases / createSeconds;
        }

        double transitionsPerSecond() {
            return 4.0 * cases / transitionSeconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "%5d cases: %7.0f creations/s, %7.0f transitions/s (p50 %.2f ms, p99 %.2f ms), JVM CPU %.3f ms/transition, machine busy %.0f%%, load %s",
                    cases, creationsPerSecond(), transitionsPerSecond(), p50, p99, 1000 * jvmCpuSeconds / (4.0 * cases), busyTransitions, load);
        }
    }

    /** CPU time of this JVM and of the whole machine (from /proc/stat) at one moment. */
    private record Probe(long jvmCpuNanos, long busyTicks, long totalTicks) {

        static Probe now() {
            long cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() : 0;
            long busy = 0;
            long total = 0;
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                for (int i = 1; i < f.length && i <= 8; i++) { // user nice system idle iowait irq softirq steal
                    long v = Long.parseLong(f[i]);
                    total += v;
                    if (i != 4 && i != 5) {
                        busy += v;
                    }
                }
            } catch (Exception e) {
                // not Linux: no machine-wide figure
            }
            return new Probe(cpu, busy, total);
        }

        /** Share of all CPUs busy between this probe and {@code later}, in percent. */
        double busySince(Probe later) {
            long total = later.totalTicks - totalTicks;
            return total == 0 ? Double.NaN : 100.0 * (later.busyTicks - busyTicks) / total;
        }
    }

    /** {@code -Dbench.NAME} properties, overridden by {@code NAME=value} arguments. */
    static final class Settings {
        String dbUrl;
        String dbUser;
        String dbPassword;
        List<String> contenders;
        int[] threads;
        int rounds;
        double quiet;
        int quietMaxSeconds;
        private final Map<String, String> values = new HashMap<>();

        static Settings of(String[] args) {
            Settings s = new Settings();
            for (String name : System.getProperties().stringPropertyNames()) {
                if (name.startsWith("bench.")) {
                    s.values.put(name.substring("bench.".length()), System.getProperty(name));
                }
            }
            for (String a : args) {
                for (String word : a.trim().split("\\s+")) {
                    int eq = word.indexOf('=');
                    if (eq > 0) {
                        s.values.put(word.substring(0, eq).replaceFirst("^-*(bench\\.)?", ""), word.substring(eq + 1));
                    } else if (!word.isEmpty()) {
                        throw new IllegalArgumentException("expected NAME=value: " + word);
                    }
                }
            }
            String env = System.getenv("SUNLIGHT_BENCH_DB_URL");
            s.dbUrl = s.get("db", s.get("db.url", env != null && !env.isBlank() ? env : "jdbc:postgresql://127.0.0.1:5432/sunlight_bench"));
            s.dbUser = s.get("db.user", "postgres");
            s.dbPassword = s.get("db.password", "");
            s.contenders = Arrays.stream(s.get("contenders", String.join(",", BUILT_IN.keySet())).split(","))
                    .map(String::trim).filter(x -> !x.isEmpty()).toList();
            s.threads = Arrays.stream(s.get("threads", "1,8").split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
            s.rounds = Integer.parseInt(s.get("rounds", "3"));
            s.quiet = Double.parseDouble(s.get("quiet", "0"));
            s.quietMaxSeconds = Integer.parseInt(s.get("quiet.max", "300"));
            for (int t : s.threads) {
                if (t < 1 || t > BenchDatabase.POOL_SIZE - 2) {
                    throw new IllegalArgumentException("threads must be 1.." + (BenchDatabase.POOL_SIZE - 2) + ": " + t);
                }
            }
            return s;
        }

        int cases(int threads) {
            int dflt = threads == 1 ? 2000 : threads == 8 ? 8000 : 1000 * threads;
            return Integer.parseInt(get("cases." + threads, get("cases", String.valueOf(dflt))));
        }

        int warmup(int threads) {
            return Integer.parseInt(get("warmup." + threads, get("warmup", String.valueOf(Math.max(threads, cases(threads) / 4)))));
        }

        private String get(String name, String dflt) {
            String v = values.get(name);
            return v == null || v.isBlank() ? dflt : v;
        }
    }
}
