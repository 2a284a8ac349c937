package org.sunlight.bench.casework;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load on the public case lookup: requests are sent on a fixed schedule (e.g. 1,000 per second)
 * whatever the answers do, and each latency is taken from the moment the request was due, not from when it
 * could be sent — so a slow server is not hidden by a polite client (no coordinated omission).
 * <p>
 * Usage: {@code LookupLoad BASE_URL SAMPLE_CSV RATE SECONDS [WARMUP_SECONDS]}, SAMPLE_CSV lines
 * {@code case_number,query_code} (written by {@link CaseGenerator}), picked at random: every request is a valid
 * lookup (wrong codes from one client address would be throttled after five). Prints p50/p90/p99/p99.9/max and
 * the status counts.
 */
public final class LookupLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String[]> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            if (!line.startsWith("case_number") && line.contains(",")) {
                pairs.add(line.split(","));
            }
        }
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();
        System.out.printf("lookup load: %d pairs, %d req/s, warm-up %d s, measure %d s against %s%n", pairs.size(), rate, warmup, seconds, base);
        run(client, base, pairs, rate, warmup, false);
        long[] latencies = run(client, base, pairs, rate, seconds, true);
        Arrays.sort(latencies);
        System.out.printf("measured %d requests: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n", latencies.length,
                pct(latencies, 50), pct(latencies, 90), pct(latencies, 99), pct(latencies, 99.9), latencies[latencies.length - 1] / 1e6);
        System.out.printf("lookup-p99-ms: %.1f%n", pct(latencies, 99));
        System.exit(0);
    }

    private static final AtomicInteger OK = new AtomicInteger();
    private static final AtomicInteger OTHER = new AtomicInteger();

    private static long[] run(HttpClient client, String base, List<String[]> pairs, int rate, int seconds, boolean report) throws Exception {
        int total = rate * seconds;
        long[] latencies = new long[total];
        CompletableFuture<?>[] pending = new CompletableFuture<?>[total];
        Random random = new Random(42);
        OK.set(0);
        OTHER.set(0);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            String[] p = pairs.get(random.nextInt(pairs.size()));
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            URI uri = URI.create(base + "/api/v1/public/cases/lookup?number=" + p[0] + "&code=" + URLEncoder.encode(p[1], StandardCharsets.UTF_8));
            int index = i;
            pending[i] = client.sendAsync(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).handle((r, e) -> {
                        latencies[index] = System.nanoTime() - due;
                        if (e == null && r.statusCode() == 200) {
                            OK.incrementAndGet();
                        } else {
                            OTHER.incrementAndGet();
                        }
                        return null;
                    });
        }
        CompletableFuture.allOf(pending).join();
        long elapsed = System.nanoTime() - start;
        if (report) {
            System.out.printf("sent %d in %.1f s (%.0f req/s achieved): %d × 200, %d other%n", total, elapsed / 1e9, total / (elapsed / 1e9),
                    OK.get(), OTHER.get());
        }
        return latencies;
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }
}
