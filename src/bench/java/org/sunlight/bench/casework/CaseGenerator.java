package org.sunlight.bench.casework;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.sunlight.SunlightApplication;
import org.sunlight.calendar.CalendarService;
import org.sunlight.calendar.WorkingCalendar;
import org.sunlight.casework.CaseCommands.PartyInput;
import org.sunlight.casework.CaseEvent;
import org.sunlight.casework.CaseEventType;
import org.sunlight.casework.CaseKind;
import org.sunlight.casework.CaseQueries;
import org.sunlight.casework.Channel;
import org.sunlight.casework.FilingSource;
import org.sunlight.casework.internal.CaseBulkWriter;
import org.sunlight.casework.internal.CaseBulkWriter.CaseRow;
import org.sunlight.casework.internal.CaseBulkWriter.Rows;
import org.sunlight.casework.internal.CaseBulkWriter.TaskRow;
import org.sunlight.casework.internal.demo.DemoCrew;
import org.sunlight.casework.internal.demo.DemoItem;
import org.sunlight.casework.internal.demo.DemoParties;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.PowerItemContent.BenchmarkLevel;
import org.sunlight.catalog.PowerItemContent.FineKind;
import org.sunlight.catalog.PowerItemVersionView;
import org.sunlight.flow.FlowQueries;
import org.sunlight.flow.FlowStep;
import org.sunlight.flow.FlowVersionView;
import org.sunlight.identity.Actor;
import org.sunlight.identity.CurrentUser;
import org.sunlight.identity.DemoActors;
import org.sunlight.legal.EnforcementOfficers;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;

/**
 * Fills a PostgreSQL database with a million cases (or any number) for the casework benchmarks.
 *
 * <pre>
 * ./mvnw -Pbench test-compile exec:java -Dbench.main=org.sunlight.bench.casework.CaseGenerator \
 *     -Dexec.args="1000000 [jdbc:postgresql://127.0.0.1:5432/sunlight_bench_1m] [--replace]"
 * </pre>
 * The URL may also come from {@code SUNLIGHT_BENCH_DB_URL} (user and password from {@code SUNLIGHT_BENCH_DB_USER},
 * default {@code postgres}, and {@code SUNLIGHT_BENCH_DB_PASSWORD}). The database is created when missing. A database
 * that already holds cases is left alone unless {@code --replace} is given (which empties the casework tables).
 *
 * <h2>How</h2>
 * The application is started on the database with the demo turned on and the demo cases off, so Flyway builds the
 * schema and the demo organisation, accounts, catalog, flowcharts and officers are there. Then each case's event log
 * is made up here — the events and payloads the commands write (receipt or filing, acceptance, the steps of the
 * licensing or penalty flowchart, assessment, decision, closing), acted by the demo people who work those steps
 * ({@link DemoCrew}) — and folded by casework's own projector ({@link CaseBulkWriter}) into the case row, its state
 * JSON and its open-step rows, exactly as the commands leave them. The rows go in with {@code COPY}, a batch per
 * transaction, while other threads make the next batches. Case numbers, query codes and document numbers follow the
 * application's formats; the numbering counters are left past the highest number used, so new cases continue them.
 *
 * <h2>What it is not</h2>
 * The cases never went through the commands: there are no audit entries and no event publications for them, and
 * every event is dated as recorded when it happened (synthetic history, not backfill). The cases are spread over the
 * last three years (closed) and the last weeks (open, some overdue). Fixed seed: the same count gives the same cases
 * except the query codes' randomness is seeded too, so they also repeat.
 *
 * <p>Writes {@code target/bench/lookup-sample.csv}: about 10,000 case numbers with their query codes, for the public
 * lookup load test.
 */
public final class CaseGenerator {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/sunlight_bench_1m";
    static final long SEED = 20261126L;
    static final int BATCH = 2_000;
    static final int SAMPLE = 10_000;
    static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** What a generated case went through. */
    enum Shape {
        /** applications */
        RECEIVED(false, 5, 0), AT_REVIEW(false, 9, 1), AT_DECISION(false, 5, 6), DECIDED(false, 4, 9), CLOSED_APPROVED(false, 68, 14),
        CLOSED_DENIED(false, 6, 14), REFUSED(false, 3, 2),
        /** penalties */
        P_REGISTERED(true, 4, 0), P_INVESTIGATING(true, 12, 5), P_AT_REVIEW(true, 6, 35), P_DECIDED(true, 6, 50), P_CLOSED(true, 72, 90);

        final boolean penalty;
        final int weight;
        /** days a case of this shape needs for its events, so that none is planned after today */
        final int days;

        Shape(boolean penalty, int weight, int days) {
            this.penalty = penalty;
            this.weight = weight;
            this.days = days;
        }

        boolean open() {
            return switch (this) {
                case RECEIVED, AT_REVIEW, AT_DECISION, DECIDED, P_REGISTERED, P_INVESTIGATING, P_AT_REVIEW, P_DECIDED -> true;
                default -> false;
            };
        }
    }

    /** An item as the generator uses it: the demo item, its versions in force and its document-number prefix. */
    record Item(DemoItem demo, long itemVersionId, long flowVersionId, Map<String, FlowStep> steps, String abbreviation,
            long departmentId, List<BenchmarkLevel> smallFines) {
    }

    private final ConfigurableApplicationContext app;
    private final DataSource dataSource;
    private final CaseBulkWriter writer;
    private final ZoneId zone;
    private final LocalDate today;
    private final Instant now;
    private final Map<String, AtomicInteger> documentCounters = new ConcurrentHashMap<>();
    private final Map<String, WorkingCalendar> calendars = new HashMap<>();
    private final List<Item> applications = new ArrayList<>();
    private final List<Item> penalties = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        int count = 1_000_000;
        String url = System.getenv().getOrDefault("SUNLIGHT_BENCH_DB_URL", DEFAULT_URL);
        boolean replace = false;
        int threads = Math.max(1, Integer.getInteger("bench.threads", 2));
        for (String a : args) {
            if (a.startsWith("jdbc:")) {
                url = a;
            } else if (a.equals("--replace")) {
                replace = true;
            } else if (!a.isBlank()) {
                count = Integer.parseInt(a.replace("_", "").replace(",", ""));
            }
        }
        String user = System.getenv().getOrDefault("SUNLIGHT_BENCH_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("SUNLIGHT_BENCH_DB_PASSWORD", "");
        int status = 0;
        try {
            run(url, user, password, count, replace, threads);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status); // nothing may linger in the Maven JVM
    }

    static void run(String url, String user, String password, int count, boolean replace, int threads) throws Exception {
        long t0 = System.nanoTime();
        createIfMissing(url, user, password);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(SunlightApplication.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                "--spring.datasource.hikari.maximum-pool-size=" + (threads + 4), "--server.port=0", "--server.address=127.0.0.1",
                "--sunlight.demo.mode=true", "--sunlight.casework.demo.cases=0", "--sunlight.catalog.search.index-dir=memory",
                "--logging.level.root=WARN", "--logging.level.org.sunlight=INFO");
        System.out.printf("application started (schema migrated, demo organisation, catalog and flowcharts loaded) in %,d ms%n",
                ms(t0));
        try {
            CaseGenerator g = new CaseGenerator(app);
            long present = g.jdbc().queryForObject("select count(*) from case_record", Long.class);
            if (present > 0 && !replace) {
                System.out.printf("the database already holds %,d cases; give --replace to empty the casework tables first%n", present);
                return;
            }
            if (present > 0) {
                g.jdbc().execute("truncate table case_task, case_event, case_record, case_number_counter, document_counter, "
                        + "case_submission restart identity");
                System.out.printf("emptied the casework tables (%,d cases)%n", present);
            }
            g.generate(count, threads);
        } finally {
            app.close();
        }
    }

    CaseGenerator(ConfigurableApplicationContext app) {
        this.app = app;
        this.dataSource = app.getBean(DataSource.class);
        this.writer = app.getBean(CaseBulkWriter.class);
        Clock clock = app.getBean(Clock.class);
        this.zone = clock.getZone();
        this.today = LocalDate.now(clock);
        // whole seconds, like every generated time: the database keeps microseconds, the state JSON what it was given
        this.now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        CatalogQueries catalog = app.getBean(CatalogQueries.class);
        FlowQueries flows = app.getBean(FlowQueries.class);
        OrganizationDirectory organization = app.getBean(OrganizationDirectory.class);
        DemoCrew crew = new DemoCrew(catalog, flows, organization, app.getBean(CurrentUser.class), app.getBean(EnforcementOfficers.class),
                app.getBean(DemoActors.class));
        BigDecimal major = new BigDecimal(app.getEnvironment().getProperty("sunlight.casework.major-fine", "50000"));
        CalendarService calendarService = app.getBean(CalendarService.class);
        for (DemoItem d : crew.items(today, major)) {
            PowerItemVersionView version = catalog.versionInForce(d.item().id(), today).orElseThrow();
            FlowVersionView flow = flows.flowInForce(d.item().id(), today).orElseThrow();
            Map<String, FlowStep> steps = new LinkedHashMap<>();
            flow.definition().steps().forEach(s -> steps.put(s.key(), s));
            DepartmentView department = organization.department(d.item().departmentId()).orElseThrow();
            String abbreviation = department.shortName() == null || department.shortName().isBlank() ? department.name()
                    : department.shortName();
            List<BenchmarkLevel> small = d.levels().stream().filter(l -> kind(l) == FineKind.NONE
                    || (kind(l) == FineKind.AMOUNT && l.max() != null && l.max().compareTo(major) < 0)).toList();
            if (d.penalty() && small.isEmpty()) {
                continue; // every generated fine stays below the legal-review threshold
            }
            (d.penalty() ? penalties : applications).add(new Item(d, version.id(), flow.id(), steps, abbreviation, department.id(),
                    small));
            calendars.computeIfAbsent(d.regionCode(), calendarService::calendar);
        }
        System.out.printf("%d application items and %d penalty items the demo people work%n", applications.size(), penalties.size());
    }

    JdbcTemplate jdbc() {
        return app.getBean(JdbcTemplate.class);
    }

    // ---- the plan: which case, on which item, from which day, with which number ----------------------------

    /** One case to make. */
    record Planned(long id, Shape shape, Item item, LocalDate day, String number, long seed) {
    }

    void generate(int count, int threads) throws Exception {
        long t0 = System.nanoTime();
        long firstId = 1 + jdbc().queryForObject("select coalesce(max(id), 0) from case_record", Long.class);
        Random random = new Random(SEED);
        Shape[] shapes = Shape.values();
        int total = Arrays.stream(shapes).mapToInt(s -> s.weight).sum();
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            boolean penalty = !penalties.isEmpty() && random.nextInt(100) < 20;
            Shape shape;
            do {
                int x = random.nextInt(total);
                int k = 0;
                while (x >= shapes[k].weight) {
                    x -= shapes[k].weight;
                    k++;
                }
                shape = shapes[k];
            } while (shape.penalty != penalty);
            int age;
            if (shape.open()) {
                // mostly started within the last two weeks before it could have reached its state; one in seven
                // earlier (and so, for most, past its due date)
                age = shape.days + (random.nextInt(7) == 0 ? 14 + random.nextInt(shape.penalty ? 60 : 40) : random.nextInt(14));
            } else {
                age = shape.days + random.nextInt(3 * 365 - shape.days);
            }
            keys[i] = ((long) (4000 - age) << 32) | ((long) shape.ordinal() << 24) | i;
        }
        Arrays.sort(keys); // oldest first: numbers and document numbers run in time order
        List<Planned> plan = new ArrayList<>(count);
        Map<String, Integer> daySequences = new HashMap<>();
        for (int n = 0; n < count; n++) {
            long key = keys[n];
            int age = 4000 - (int) (key >>> 32);
            Shape shape = shapes[(int) ((key >>> 24) & 0xFF)];
            List<Item> items = shape.penalty ? penalties : applications;
            Item item = items.get(random.nextInt(items.size()));
            WorkingCalendar calendar = calendars.get(item.demo().regionCode());
            LocalDate day = today.minusDays(age);
            while (!calendar.isWorkingDay(day)) {
                day = day.minusDays(1);
            }
            String counter = item.demo().regionCode() + "|" + item.departmentId() + "|" + day;
            int seq = daySequences.merge(counter, 1, Integer::sum);
            String number = item.demo().regionCode() + DAY.format(day) + String.format("%04d", item.departmentId() % 10_000)
                    + String.format("%05d", seq);
            plan.add(new Planned(firstId + n, shape, item, day, number, random.nextLong()));
        }
        System.out.printf("planned %,d cases in %,d ms%n", count, ms(t0));

        long t1 = System.nanoTime();
        long cpu0 = processCpu();
        Path sample = Path.of("target/bench/lookup-sample.csv");
        Files.createDirectories(sample.getParent());
        StringBuilder samples = new StringBuilder("case_number,query_code\n");
        int every = Math.max(1, count / SAMPLE);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        BlockingQueue<Future<Batch>> pending = new ArrayBlockingQueue<>(threads * 2);
        long[] written = new long[3];
        Thread feeder = new Thread(() -> {
            try {
                for (int from = 0; from < plan.size(); from += BATCH) {
                    List<Planned> part = plan.subList(from, Math.min(plan.size(), from + BATCH));
                    pending.put(pool.submit(() -> batch(part)));
                }
                pending.put(pool.submit(() -> (Batch) null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "case-generator-feeder");
        feeder.start();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set synchronous_commit = off");
            }
            PGConnection pg = c.unwrap(PGConnection.class);
            long done = 0;
            long lastReport = System.nanoTime();
            while (true) {
                Batch b = pending.take().get();
                if (b == null) {
                    break;
                }
                written[0] += pg.getCopyAPI().copyIn("copy case_record (" + CASE_COLUMNS + ") from stdin", new StringReader(b.cases.toString()));
                written[1] += pg.getCopyAPI().copyIn("copy case_event (" + EVENT_COLUMNS + ") from stdin", new StringReader(b.events.toString()));
                written[2] += pg.getCopyAPI().copyIn("copy case_task (" + TASK_COLUMNS + ") from stdin", new StringReader(b.tasks.toString()));
                c.commit();
                for (String[] pair : b.lookups) {
                    if (Long.parseLong(pair[2]) % every == 0) {
                        samples.append(pair[0]).append(',').append(pair[1]).append('\n');
                    }
                }
                done += b.count;
                if (System.nanoTime() - lastReport > 15_000_000_000L || done == count) {
                    lastReport = System.nanoTime();
                    System.out.printf("  %,d cases, %,d events written (%,d ms, %.0f cases/s)%n", done, written[1], ms(t1),
                            done / ((System.nanoTime() - t1) / 1e9));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Files.writeString(sample, samples.toString(), StandardCharsets.UTF_8);
        long genMs = ms(t1);
        System.out.printf("wrote %,d cases, %,d events, %,d open steps in %,d ms (%.0f cases/s; process CPU %,d ms)%n", written[0],
                written[1], written[2], genMs, written[0] / (genMs / 1000.0), (processCpu() - cpu0) / 1_000_000);

        long t2 = System.nanoTime();
        finish(plan);
        System.out.printf("counters, identity and statistics in %,d ms%n", ms(t2));
        report(sample);
    }

    // ---- one batch: events, projection, COPY text -----------------------------------------------------------

    static final String CASE_COLUMNS = "id, case_number, query_code, kind, item_id, item_version_id, item_code, item_name, category, "
            + "flow_version_id, department_id, unit_id, region_code, channel, status, party_type, party_name, applicant_account_id, "
            + "received_at, accepted_at, due_at, paused_since, closed_at, result, document_number, fine_amount, backfill, irregular, "
            + "state_json, last_seq, version, recorded_at, updated_at";
    static final String EVENT_COLUMNS = "case_id, seq, type, occurred_at, recorded_at, actor_account_id, actor_staff_id, actor_name, "
            + "step_key, step_name, outcome, backfill, payload";
    static final String TASK_COLUMNS = "case_id, step_key, step_name, post_id, role, unit_id, department_id, opened_at, due_at";

    /** The COPY text of a batch of cases, and their numbers and codes. */
    static final class Batch {
        final StringBuilder cases = new StringBuilder(1 << 22);
        final StringBuilder events = new StringBuilder(1 << 22);
        final StringBuilder tasks = new StringBuilder(1 << 18);
        final List<String[]> lookups = new ArrayList<>();
        int count;
    }

    Batch batch(List<Planned> part) {
        Batch b = new Batch();
        for (Planned p : part) {
            List<CaseEvent> events = new CaseStory(p).events();
            Rows rows = writer.project(events);
            caseLine(b.cases, rows.row());
            for (int i = 0; i < events.size(); i++) {
                eventLine(b.events, events.get(i), rows.payloads().get(i));
            }
            for (TaskRow t : rows.tasks()) {
                taskLine(b.tasks, t);
            }
            b.lookups.add(new String[] {rows.row().number(), rows.row().queryCode(), String.valueOf(p.id())});
            b.count++;
        }
        return b;
    }

    /** The event log of one planned case. */
    final class CaseStory {

        private final Planned p;
        private final DemoItem d;
        private final Random r;
        private final WorkingCalendar calendar;
        private final List<CaseEvent> events = new ArrayList<>();
        private Instant at;

        CaseStory(Planned p) {
            this.p = p;
            this.d = p.item().demo();
            this.r = new Random(p.seed());
            this.calendar = calendars.get(d.regionCode());
            Instant start = p.day().atTime(8, 40).plusMinutes(r.nextInt(420)).atZone(zone).toInstant();
            Instant latest = now.minusSeconds(3600 + r.nextInt(3600));
            this.at = start.isAfter(latest) ? latest : start; // a case of today started earlier today
        }

        List<CaseEvent> events() {
            switch (p.shape()) {
                case RECEIVED -> applied();
                case REFUSED -> {
                    applied();
                    refused();
                }
                case AT_REVIEW -> {
                    applied();
                    accepted();
                }
                case AT_DECISION -> {
                    applied();
                    accepted();
                    step("review", "审查通过", "材料真实有效，符合法定条件，建议准予许可", "decide", 1 + r.nextInt(4));
                }
                case DECIDED, CLOSED_APPROVED, CLOSED_DENIED -> {
                    applied();
                    accepted();
                    step("review", "审查通过", "材料真实有效，符合法定条件，建议准予许可", "decide", 1 + r.nextInt(4));
                    boolean approve = p.shape() != Shape.CLOSED_DENIED;
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("approved", approve);
                    x.put("result", approve ? "APPROVED" : "DENIED");
                    x.put("documentNumber", documentNumber("LICENSING".equals(d.content().category().name()) ? "许" : "决"));
                    event(CaseEventType.DECIDED, "decide", approve ? "准予许可" : "不予许可",
                            approve ? "同意，准予许可" : "经现场核查，申请人不具备规定的专业技术人员条件，不予许可", "deliver", x, 1 + r.nextInt(2));
                    if (p.shape() != Shape.DECIDED) {
                        closed("deliver", "决定书已送达申请人", null, 1 + r.nextInt(2));
                    }
                }
                case P_REGISTERED -> filed();
                case P_INVESTIGATING -> {
                    filed();
                    fileApproved();
                }
                case P_AT_REVIEW -> {
                    filed();
                    fileApproved();
                    investigated();
                }
                case P_DECIDED, P_CLOSED -> {
                    filed();
                    fileApproved();
                    investigated();
                    step("review", "拟予处罚", "事实清楚，证据确凿，程序合法，裁量适当，拟予处罚", "notify", 2 + r.nextInt(3));
                    step("notify", "继续", "已告知当事人拟作出的处罚及其陈述申辩权，当事人未提出陈述申辩", "decide", 5 + r.nextInt(3));
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("approved", true);
                    x.put("result", "PENALIZED");
                    x.put("fine", fine.toPlainString());
                    x.put("documentNumber", documentNumber("罚决"));
                    event(CaseEventType.DECIDED, "decide", "作出决定", "同意处罚意见", "deliver", x, 1 + r.nextInt(2));
                    if (p.shape() == Shape.P_CLOSED) {
                        step("deliver", "送达完毕", "行政处罚决定书已直接送达当事人", "execute", 2);
                        step("execute", "执行完毕", "当事人已按期缴纳罚款", "close", 5 + r.nextInt(10));
                        closed("close", "处罚决定已执行完毕，予以结案", null, 2);
                    }
                }
                default -> throw new IllegalStateException(p.shape().name());
            }
            return events;
        }

        // -- applications

        private void applied() {
            PartyInput party = r.nextInt(4) > 0 ? DemoParties.any(r, d.city(), d.regionCode()) : DemoParties.person(r, d.city(), d.regionCode());
            Map<String, Object> payload = identity(CaseKind.APPLICATION, Channel.WINDOW, party);
            payload.put("variables", Map.of());
            numbered(payload);
            add(CaseEventType.APPLIED, d.receiver(), null, null, payload, at);
        }

        private void accepted() {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("documentNumber", documentNumber("受"));
            event(CaseEventType.ACCEPTED, "accept", "受理", "材料齐全，符合法定形式，予以受理", "review", x, r.nextInt(2));
        }

        private void refused() {
            Map<String, Object> p2 = new LinkedHashMap<>();
            p2.put("reason", "申请人不具备申请主体资格，依法不予受理");
            p2.put("documentNumber", documentNumber("不受"));
            p2.put("attachments", List.of());
            add(CaseEventType.REFUSED, d.worker("accept"), "accept", "不予受理", p2, later(r.nextInt(2)));
        }

        // -- penalties

        private BigDecimal fine = BigDecimal.ZERO;

        private void filed() {
            PartyInput party = DemoParties.any(r, d.city(), d.regionCode());
            FilingSource source = FilingSource.values()[r.nextInt(FilingSource.values().length)];
            Map<String, Object> payload = identity(CaseKind.PENALTY, Channel.ON_SITE, party);
            payload.put("source", source.name());
            payload.put("facts", "执法人员在日常检查中发现当事人涉嫌" + violation() + "，现场制作了检查笔录并拍照取证。");
            payload.put("officerStaffIds", d.officers());
            numbered(payload);
            add(CaseEventType.APPLIED, d.receiver(), null, null, payload, at);
        }

        private String violation() {
            String name = d.name();
            return name.startsWith("对") && name.endsWith("的处罚") ? name.substring(1, name.length() - 3) : "违反" + name + "相关规定";
        }

        private void fileApproved() {
            event(CaseEventType.FILED, "file", "立案", "符合立案条件，同意立案", "investigate", Map.of(), 1 + r.nextInt(3));
        }

        /** 裁量 inside the benchmark and below the legal-review threshold, then 调查终结. */
        private void investigated() {
            List<BenchmarkLevel> levels = p.item().smallFines();
            BenchmarkLevel level = levels.get(r.nextInt(levels.size()));
            BigDecimal min = level.min() == null ? BigDecimal.ZERO : level.min().setScale(2, RoundingMode.HALF_UP);
            BigDecimal max = level.max() == null ? min : level.max().setScale(2, RoundingMode.HALF_UP);
            if (kind(level) == FineKind.NONE) {
                fine = BigDecimal.ZERO.setScale(2);
            } else {
                long lo = min.longValue();
                long hi = max.longValue();
                long v = hi <= lo ? lo : lo + (long) (r.nextDouble() * (hi - lo));
                fine = BigDecimal.valueOf(Math.max(lo, v / 100 * 100)).setScale(2);
                if (fine.compareTo(min) < 0 || fine.compareTo(max) > 0) {
                    fine = min;
                }
            }
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("level", level.name());
            a.put("factors", List.of());
            a.put("min", min.toPlainString());
            a.put("max", max.toPlainString());
            a.put("fine", fine.toPlainString());
            a.put("outside", false);
            a.put("major", false);
            a.put("legalReviewRequired", false);
            add(CaseEventType.PENALTY_ASSESSED, d.worker("investigate"), null, null, a, later(5 + r.nextInt(15)));
            step("investigate", "调查终结", "违法事实清楚，证据确凿，调查终结", "review", 1);
        }

        // -- shared

        private void step(String step, String outcome, String opinion, String to, int days) {
            event(CaseEventType.STEP_COMPLETED, step, outcome, opinion, to, Map.of(), days);
        }

        /** A step finished with an outcome: the payload the command writes (opinion, to, returning, extras, attachments). */
        private void event(CaseEventType type, String step, String outcome, String opinion, String to, Map<String, Object> extras,
                int days) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("opinion", opinion);
            x.put("to", to);
            x.put("returning", false);
            x.putAll(extras);
            x.put("attachments", List.of());
            add(type, d.worker(step), step, outcome, x, later(days));
        }

        private void closed(String step, String opinion, String result, int days) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("opinion", opinion);
            if (result != null) {
                x.put("result", result);
            }
            x.put("attachments", List.of());
            add(CaseEventType.CLOSED, d.worker(step), step, null, x, later(days));
        }

        private Map<String, Object> identity(CaseKind kind, Channel channel, PartyInput party) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", kind.name());
            m.put("itemId", d.item().id());
            m.put("itemVersionId", p.item().itemVersionId());
            m.put("itemCode", d.item().code());
            m.put("itemName", d.name());
            m.put("category", d.content().category().name());
            m.put("flowVersionId", p.item().flowVersionId());
            m.put("departmentId", d.item().departmentId());
            m.put("unitId", d.item().unitId());
            m.put("regionCode", d.regionCode());
            m.put("channel", channel.name());
            m.put("partyType", party.type().name());
            m.put("partyName", party.name());
            m.put("partyIdNumber", party.idNumber());
            m.put("partyPhone", party.phone());
            m.put("partyAddress", party.address());
            m.put("applicantAccountId", null);
            m.put("subject", d.name());
            var limit = d.limit();
            m.put("limit", limit == null ? 0 : limit.days());
            m.put("limitUnit", limit == null ? null : limit.unit().name());
            return m;
        }

        private void numbered(Map<String, Object> payload) {
            payload.put("number", p.number());
            char[] code = new char[8];
            for (int i = 0; i < code.length; i++) {
                code[i] = CODE_ALPHABET.charAt(r.nextInt(CODE_ALPHABET.length()));
            }
            payload.put("queryCode", new String(code));
            payload.put("attachments", List.of());
        }

        private String documentNumber(String series) {
            int year = LocalDate.ofInstant(at, zone).getYear();
            String key = p.item().departmentId() + "|" + series + "|" + year;
            int n = documentCounters.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            return p.item().abbreviation() + series + "字〔" + year + "〕第" + n + "号";
        }

        /** The time {@code workingDays} after the last event (0: later the same day), never in the future. */
        private Instant later(int workingDays) {
            Instant next;
            if (workingDays <= 0) {
                next = at.plusSeconds(60L * (5 + r.nextInt(90)));
            } else {
                LocalDate day = calendar.nthWorkingDayAfter(LocalDate.ofInstant(at, zone), workingDays);
                next = day.atTime(8, 40).plusMinutes(r.nextInt(480)).atZone(zone).toInstant();
            }
            Instant limit = now.minusSeconds(60);
            if (next.isAfter(limit)) {
                next = at.plusSeconds(1).isAfter(limit) ? at.plusSeconds(1) : limit;
            }
            at = next;
            return next;
        }

        private void add(CaseEventType type, Actor actor, String step, String outcome, Map<String, Object> payload, Instant when) {
            FlowStep s = step == null ? null : p.item().steps().get(step);
            events.add(new CaseEvent(p.id(), events.size() + 1, type, when, when, actor.accountId(), actor.staffId(), actor.displayName(),
                    step, s == null ? null : s.name(), outcome, false, payload));
        }
    }

    // ---- COPY text -------------------------------------------------------------------------------------------

    private static void caseLine(StringBuilder b, CaseRow r) {
        b.append(r.id()).append('\t');
        field(b, r.number()).append('\t');
        field(b, r.queryCode()).append('\t');
        field(b, r.kind()).append('\t');
        b.append(r.itemId()).append('\t').append(r.itemVersionId()).append('\t');
        field(b, r.itemCode()).append('\t');
        field(b, r.itemName()).append('\t');
        field(b, r.category()).append('\t');
        b.append(r.flowVersionId()).append('\t').append(r.departmentId()).append('\t');
        field(b, r.unitId()).append('\t');
        field(b, r.regionCode()).append('\t');
        field(b, r.channel()).append('\t');
        field(b, r.status()).append('\t');
        field(b, r.partyType()).append('\t');
        field(b, r.partyName()).append('\t');
        field(b, r.applicantAccountId()).append('\t');
        field(b, r.receivedAt()).append('\t');
        field(b, r.acceptedAt()).append('\t');
        field(b, r.dueAt()).append('\t');
        field(b, r.pausedSince()).append('\t');
        field(b, r.closedAt()).append('\t');
        field(b, r.result()).append('\t');
        field(b, r.documentNumber()).append('\t');
        field(b, r.fineAmount() == null ? null : r.fineAmount().toPlainString()).append('\t');
        b.append(r.backfill()).append('\t').append(r.irregular()).append('\t');
        field(b, r.stateJson()).append('\t');
        b.append(r.lastSeq()).append('\t').append(r.version()).append('\t');
        field(b, r.recordedAt()).append('\t');
        field(b, r.updatedAt()).append('\n');
    }

    private static void eventLine(StringBuilder b, CaseEvent e, String payload) {
        b.append(e.caseId()).append('\t').append(e.seq()).append('\t');
        field(b, e.type().name()).append('\t');
        field(b, e.occurredAt()).append('\t');
        field(b, e.recordedAt()).append('\t');
        field(b, e.actorAccountId()).append('\t');
        field(b, e.actorStaffId()).append('\t');
        field(b, e.actorName()).append('\t');
        field(b, e.stepKey()).append('\t');
        field(b, e.stepName()).append('\t');
        field(b, e.outcome()).append('\t');
        b.append(e.backfill()).append('\t');
        field(b, payload).append('\n');
    }

    private static void taskLine(StringBuilder b, TaskRow t) {
        b.append(t.caseId()).append('\t');
        field(b, t.stepKey()).append('\t');
        field(b, t.stepName()).append('\t');
        field(b, t.postId()).append('\t');
        field(b, t.role()).append('\t');
        field(b, t.unitId()).append('\t');
        b.append(t.departmentId()).append('\t');
        field(b, t.openedAt()).append('\t');
        field(b, t.dueAt()).append('\n');
    }

    /** A value in COPY's text format: \N for null, backslash, tab and line ends escaped. */
    static StringBuilder field(StringBuilder b, Object value) {
        if (value == null) {
            return b.append("\\N");
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(ch);
            }
        }
        return b;
    }

    // ---- after the rows ----------------------------------------------------------------------------------------

    /** Counters past the numbers used, the identity past the ids used, statistics for the planner. */
    private void finish(List<Planned> plan) {
        JdbcTemplate jdbc = jdbc();
        Map<String, Integer> days = new HashMap<>();
        for (Planned p : plan) {
            String key = p.item().demo().regionCode() + "|" + p.item().departmentId() + "|" + p.day();
            days.merge(key, Integer.parseInt(p.number().substring(p.number().length() - 5)), Math::max);
        }
        List<Object[]> caseCounters = new ArrayList<>();
        days.forEach((k, v) -> {
            String[] parts = k.split("\\|");
            caseCounters.add(new Object[] {parts[0], Long.parseLong(parts[1]), LocalDate.parse(parts[2]), v});
        });
        jdbc.batchUpdate("""
                insert into case_number_counter (region_code, department_id, on_day, last_value) values (?, ?, ?, ?)
                on conflict (region_code, department_id, on_day) do update
                    set last_value = greatest(case_number_counter.last_value, excluded.last_value)
                """, caseCounters);
        List<Object[]> documents = new ArrayList<>();
        documentCounters.forEach((k, v) -> {
            String[] parts = k.split("\\|");
            documents.add(new Object[] {Long.parseLong(parts[0]), parts[1], Integer.parseInt(parts[2]), v.get()});
        });
        jdbc.batchUpdate("""
                insert into document_counter (department_id, series, doc_year, last_value) values (?, ?, ?, ?)
                on conflict (department_id, series, doc_year) do update
                    set last_value = greatest(document_counter.last_value, excluded.last_value)
                """, documents);
        jdbc.queryForObject("select setval(pg_get_serial_sequence('case_record', 'id'), (select max(id) from case_record))", Long.class);
        jdbc.execute("analyze case_record");
        jdbc.execute("analyze case_event");
        jdbc.execute("analyze case_task");
    }

    /** Counts per status, the database's size, and spot checks through the application's own code. */
    private void report(Path sample) throws IOException {
        JdbcTemplate jdbc = jdbc();
        System.out.println("cases per kind and status:");
        jdbc.query("""
                select kind, status, count(*) n,
                    sum(case when due_at < now() and status in ('IN_PROGRESS', 'DECIDED') then 1 else 0 end) overdue
                from case_record group by kind, status order by kind, status
                """, rs -> {
            System.out.printf("  %-12s %-12s %,10d  (overdue %,d)%n", rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4));
        });
        System.out.printf("events: %,d; open steps: %,d%n", jdbc.queryForObject("select count(*) from case_event", Long.class),
                jdbc.queryForObject("select count(*) from case_task", Long.class));
        jdbc.query("""
                select relname, pg_size_pretty(pg_total_relation_size(oid)) from pg_class
                where relname in ('case_record', 'case_event', 'case_task') order by relname
                """, rs -> {
            System.out.printf("  %-12s %s%n", rs.getString(1), rs.getString(2));
        });
        System.out.printf("database size: %s%n", jdbc.queryForObject("select pg_size_pretty(pg_database_size(current_database()))",
                String.class));
        // spot checks: the public lookup finds sampled cases; a replay of stored events gives the stored state
        CaseQueries queries = app.getBean(CaseQueries.class);
        List<String> lines = Files.readAllLines(sample);
        int found = 0;
        int tried = 0;
        for (int i = 1; i < lines.size() && tried < 50; i += Math.max(1, lines.size() / 50), tried++) {
            String[] f = lines.get(i).split(",");
            found += queries.lookup(f[0], f[1]).isPresent() ? 1 : 0;
        }
        long max = jdbc.queryForObject("select max(id) from case_record", Long.class);
        long min = jdbc.queryForObject("select min(id) from case_record", Long.class);
        Random r = new Random(SEED);
        int consistent = 0;
        for (int i = 0; i < 200; i++) {
            long id = min + (long) (r.nextDouble() * (max - min + 1));
            consistent += writer.replaysToStoredState(id) ? 1 : 0;
        }
        System.out.printf("spot checks: public lookup found %d of %d sampled cases; %d of 200 stored cases replay to their stored state%n",
                found, tried, consistent);
        System.out.printf("lookup sample: %s (%,d cases)%n", sample.toAbsolutePath(), lines.size() - 1);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    static void createIfMissing(String url, String user, String password) throws SQLException {
        String rest = url.replaceFirst("^jdbc:postgresql://[^/]*/", "");
        String name = rest.contains("?") ? rest.substring(0, rest.indexOf('?')) : rest;
        String admin = url.replaceFirst("^(jdbc:postgresql://[^/]*/)[^?]*", "$1postgres");
        try (Connection c = DriverManager.getConnection(admin, user, password);
                PreparedStatement q = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("create database \"" + name.replace("\"", "\"\"") + "\" encoding 'UTF8'");
            }
            System.out.println("created database " + name);
        }
    }

    static FineKind kind(BenchmarkLevel l) {
        return l.fineKind() == null ? FineKind.AMOUNT : l.fineKind();
    }

    static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
