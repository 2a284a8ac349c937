package org.sunlight.calendar;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The clock's speed and size.
 * <p>
 * Run: {@code ./mvnw -Pbench test-compile exec:java -Dbench.main=org.sunlight.calendar.ClockBench}
 * <ul>
 *   <li>{@code dueDate}: {@link Deadlines#compute} for 20 working days with two supplement pauses on
 *       the real national calendar 2024–2026 (shipped seed), from 1,024 pre-generated random start
 *       dates cycled through, single thread. The explanation is built lazily and not part of it.</li>
 *   <li>{@code dueDateWithExplanation}: the same plus building the explanation lines (structured,
 *       not yet rendered into text).</li>
 *   <li>The same due dates per CPU second of the measuring thread (robust when other builds share
 *       the machine): this is the figure recorded as {@code clock-due-dates-per-s}.</li>
 *   <li>Memory per calendar: builds 5,000 calendars (national plus 1–20 random regional overrides
 *       each), keeps them reachable and reads the used heap after repeated System.gc() before and
 *       after (no instrumentation agent): (after − before) / 5,000, median of three rounds.</li>
 * </ul>
 * JMH forks one JVM; as exec:java runs inside Maven, the fork's class path is taken from the
 * exec class loader.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClockBench {

    private static final int INPUTS = 1024;

    private WorkingCalendar calendar;
    private DeadlineRequest[] requests;
    private int next;

    @Setup
    public void setUp() {
        calendar = NationalSeed.calendar();
        requests = requests(new Random(42));
    }

    static DeadlineRequest[] requests(Random rnd) {
        DeadlineRequest[] out = new DeadlineRequest[INPUTS];
        LocalDate first = LocalDate.of(2024, 1, 2);
        for (int i = 0; i < INPUTS; i++) {
            LocalDate start = first.plusDays(rnd.nextInt(2 * 365 + 200));
            LocalDate p1 = start.plusDays(1 + rnd.nextInt(10));
            LocalDate p2 = p1.plusDays(5 + rnd.nextInt(10));
            out[i] = DeadlineRequest.of(start, 20, LimitUnit.WORKING_DAYS).withPauses(List.of(
                    Pause.days(PauseKind.SUPPLEMENT, p1, p1.plusDays(rnd.nextInt(4))),
                    Pause.days(PauseKind.SPECIAL_PROCEDURE, p2, p2.plusDays(rnd.nextInt(6)))));
        }
        return out;
    }

    private DeadlineRequest nextRequest() {
        DeadlineRequest r = requests[next];
        next = (next + 1) & (INPUTS - 1);
        return r;
    }

    @Benchmark
    public LocalDate dueDate() {
        return Deadlines.compute(calendar, nextRequest()).dueDate();
    }

    @Benchmark
    public void dueDateWithExplanation(Blackhole bh) {
        Deadline d = Deadlines.compute(calendar, nextRequest());
        bh.consume(d.dueDate());
        bh.consume(d.explanation());
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("memory")) {
            System.out.println(memoryPerCalendar());
            return;
        }
        if (args.length > 0 && args[0].equals("cpu")) {
            System.out.println(dueDatesPerCpuSecond());
            return;
        }
        System.setProperty("java.class.path", classPath());
        Options options = new OptionsBuilder()
                .include(ClockBench.class.getName())
                .forks(1)
                .threads(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        long perCalendar = Long.parseLong(inOwnJvm("memory"));
        long perCpuSecond = Long.parseLong(inOwnJvm("cpu"));
        System.out.println();
        System.out.println("== Clock benchmark summary ==");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replace(ClockBench.class.getName() + ".", "");
            System.out.printf(Locale.ROOT, "%-24s %,14.0f ops/s  (± %,.0f)%n", name, r.getPrimaryResult().getScore(),
                    r.getPrimaryResult().getScoreError());
        }
        System.out.printf(Locale.ROOT, "dueDate per CPU second of the benchmark thread: %,d%n", perCpuSecond);
        System.out.printf(Locale.ROOT, "clock-due-dates-per-s: %d%n", perCpuSecond);
        System.out.printf(Locale.ROOT, "memory per calendar (heap delta): %,d bytes; lookup arrays of the national calendar: %,d bytes%n",
                perCalendar, NationalSeed.calendar().arrayBytes());
    }

    /** A measurement in a fresh JVM: Maven's own JVM allocates and frees too much around it. */
    private static String inOwnJvm(String mode) throws Exception {
        Process p = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), ClockBench.class.getName(), mode)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(mode + " measurement failed: " + out);
        }
        return out.lines().reduce((a, b) -> b).orElseThrow();
    }

    /**
     * Due dates per CPU second of the measuring thread (ThreadMXBean), the median of seven rounds of
     * two million after a long warm-up. Unlike wall-clock throughput it does not drop when other
     * processes share the two cores; compilation and GC run on other threads and are not counted.
     */
    static long dueDatesPerCpuSecond() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ClockBench bench = new ClockBench();
        bench.setUp();
        long sink = 0;
        for (int i = 0; i < 20_000_000; i++) {
            sink += bench.dueDate().toEpochDay();
        }
        long[] rates = new long[7];
        int ops = 2_000_000;
        for (int round = 0; round < rates.length; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < ops; i++) {
                sink += bench.dueDate().toEpochDay();
            }
            long used = threads.getCurrentThreadCpuTime() - cpu;
            rates[round] = Math.round(ops * 1e9 / used);
        }
        if (sink == 42) {
            System.out.println("unlikely");
        }
        java.util.Arrays.sort(rates);
        return rates[rates.length / 2];
    }

    /** Heap used by one calendar: the median over three rounds of the heap delta of 5,000 retained ones. */
    static long memoryPerCalendar() {
        long[] rounds = new long[3];
        for (int i = 0; i < rounds.length; i++) {
            rounds[i] = memoryRound();
        }
        java.util.Arrays.sort(rounds);
        return rounds[1];
    }

    private static long memoryRound() {
        int n = 5000;
        Random rnd = new Random(7);
        List<CalendarDay> national = NationalSeed.days();
        // inputs built before the first measurement so only the calendars are counted
        List<List<CalendarDay>> overrides = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<CalendarDay> local = new ArrayList<>();
            for (int k = 0; k < 1 + rnd.nextInt(20); k++) {
                LocalDate d = LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(3 * 365));
                local.add(new CalendarDay(d, rnd.nextBoolean() ? DayKind.DAY_OFF : DayKind.WORKING_DAY, "地方", "测试", "321081"));
            }
            overrides.add(local);
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        WorkingCalendar[] kept = new WorkingCalendar[n];
        for (int i = 0; i < n; i++) {
            kept[i] = WorkingCalendar.builder().days(national).days(overrides.get(i))
                    .loadedYear(2024).loadedYear(2025).loadedYear(2026).build();
        }
        long after = usedAfterGc(memory);
        if (kept[n - 1].isLoaded(2023)) {
            throw new IllegalStateException("unexpected");
        }
        return (after - before) / n;
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** exec:java runs the bench in Maven's JVM: give JMH's fork the project's class path. */
    private static String classPath() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader instanceof URLClassLoader urls) {
            return Stream.of(urls.getURLs()).map(URL::getPath).collect(Collectors.joining(java.io.File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }
}
