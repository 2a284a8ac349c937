package org.sunlight.casework.internal.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.calendar.CalendarService;
import org.sunlight.calendar.WorkingCalendar;
import org.sunlight.casework.CaseHandling;
import org.sunlight.casework.internal.demo.DemoScenario.History;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.LimitUnit;
import org.sunlight.catalog.TimeLimit;
import org.sunlight.common.DemoDataLoader;
import org.sunlight.flow.FlowQueries;
import org.sunlight.identity.Actor;
import org.sunlight.identity.CurrentUser;
import org.sunlight.identity.DemoActors;
import org.sunlight.legal.EnforcementOfficers;
import org.sunlight.organization.OrganizationDirectory;

/**
 * The demo's cases: about {@code sunlight.casework.demo.cases} (2,000 by default; 0 turns the loader off)
 * across every demo department whose items the demo people can work, in every state a case can be in —
 * received, pre-accepted online, at each step, paused for 补正 or a special procedure, extended, overdue,
 * decided, closed approved and denied, refused, withdrawn, terminated, backfilled; penalties with their
 * officers, fines inside and outside the benchmark, legal review, hearings and decisions (see
 * {@link DemoScenario}).
 *
 * <h2>Through the real commands</h2>
 * Every case is made by {@link CaseHandling}'s commands, each acted by the demo account whose post and scope
 * cover that step ({@link DemoCrew}); so each case's event log, projection, work-queue rows, numbers,
 * document numbers and audit entries are what the platform itself writes, and a command the rules refuse
 * fails the load instead of leaving a case no user could have made.
 *
 * <h2>Time: the go-live day</h2>
 * The demo tells the story of the day the platform went live, because that is what loading it is: every
 * event is recorded now. Cases said to have started earlier are 补录 (backfilled) — their events carry the
 * day they happened ({@code occurredAt}) and a reason, and are marked backfill — exactly as a bureau enters
 * its paper cases when it moves onto the platform. So the historical cases (months or years back, after the
 * backfill start), and the open cases that need a past (overdue, extended), are backfilled; every other case
 * happens today, live, with nothing marked. The alternative — running the commands under a clock moved back
 * in time — was rejected: the audit trail takes its timestamps from the same clock and chains its entries in
 * the order written, so a moved clock would forge recording times and put the chain's timestamps out of
 * order, and the application's one {@link Clock} must not be replaced. (A cleaner way to have un-backfilled
 * history would be to load the demo into an empty database with a clock that starts in the past and runs
 * forward to today, before anything else is recorded; that is a change to how the clock is provided, left
 * to the lead.)
 *
 * <h2>Repeatable</h2>
 * A fixed seed picks the scenarios, items, parties and gaps; past days are counted back from the clock's
 * today, so a load on another day has the same shape. Query codes are random (they are secrets). Cases are
 * made oldest first, so numbers and document numbers run in time order. Idempotent: nothing is loaded when
 * any case exists. The cases are made {@value #BATCH} to a transaction; a refused command fails the start-up
 * with the case's scenario and item (demo data the rules refuse is a bug to fix, not to skip).
 */
@Component
public class CaseDemoData implements DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(CaseDemoData.class);
    static final long SEED = 20130701L;
    static final String BACKFILL_REASON = "平台上线前的纸质案卷，上线时补录";
    /** Applications are this share of the cases (per mille); penalties the rest. */
    private static final int APPLICATIONS_PER_MILLE = 620;
    /** Cases per transaction: a failing command fails the load anyway, so fewer commits is all the choice decides. */
    private static final int BATCH = 50;

    private final CaseHandling cases;
    private final CatalogQueries catalog;
    private final FlowQueries flows;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final EnforcementOfficers officers;
    private final DemoActors demoActors;
    private final CalendarService calendars;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int count;
    private final BigDecimal majorFine;
    private final LocalDate backfillStart;

    CaseDemoData(CaseHandling cases, CatalogQueries catalog, FlowQueries flows, OrganizationDirectory organization,
            CurrentUser currentUser, EnforcementOfficers officers, DemoActors demoActors, CalendarService calendars, JdbcClient jdbc,
            PlatformTransactionManager transactions, Clock clock, @Value("${sunlight.casework.demo.cases:2000}") int count,
            @Value("${sunlight.casework.major-fine:50000}") BigDecimal majorFine,
            @Value("${sunlight.casework.backfill-start:2013-07-01}") LocalDate backfillStart) {
        this.cases = cases;
        this.catalog = catalog;
        this.flows = flows;
        this.organization = organization;
        this.currentUser = currentUser;
        this.officers = officers;
        this.demoActors = demoActors;
        this.calendars = calendars;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.count = count;
        this.majorFine = majorFine;
        this.backfillStart = backfillStart;
    }

    @Override
    public int order() {
        return CASEWORK;
    }

    /** One planned case: what happens, to which item, from when. */
    record Plan(int index, DemoScenario scenario, DemoItem item, LocalDate start, long seed) {
    }

    @Override
    public void load() {
        if (count <= 0 || jdbc.sql("select count(*) from case_record").query(Long.class).single() > 0) {
            return;
        }
        long began = System.nanoTime();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBegan = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
        LocalDate today = LocalDate.now(clock);
        DemoCrew crew = new DemoCrew(catalog, flows, organization, currentUser, officers, demoActors);
        List<DemoItem> items = crew.items(today, majorFine);
        Actor applicant = demoActors.actor(DemoCrew.APPLICANT).orElse(null);
        if (items.isEmpty() || applicant == null) {
            log.warn("Demo cases skipped: no demo item can be worked by the demo accounts");
            return;
        }
        List<Plan> plans = plan(items, today);
        long planned = System.nanoTime();
        for (int from = 0; from < plans.size(); from += BATCH) {
            List<Plan> part = plans.subList(from, Math.min(plans.size(), from + BATCH));
            transaction.executeWithoutResult(status -> part.forEach(p -> run(p, applicant)));
        }
        long done = System.nanoTime();
        long cpu = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() - cpuBegan : 0;
        log.info("Demo cases: {} made in {} ms, {} ms CPU ({} items, planned in {} ms, {} ms per case)", plans.size(),
                (done - began) / 1_000_000, cpu / 1_000_000, items.size(), (planned - began) / 1_000_000,
                String.format(java.util.Locale.ROOT, "%.1f", (done - planned) / 1e6 / Math.max(1, plans.size())));
    }

    private void run(Plan p, Actor applicant) {
        Random r = new Random(p.seed());
        ZoneId zone = clock.getZone();
        WorkingCalendar calendar = calendars.calendar(p.item().regionCode());
        Instant now = clock.instant();
        DemoTimeline timeline = p.start() == null ? DemoTimeline.live(now, zone, calendar, r)
                : DemoTimeline.since(p.start(), now, zone, calendar, r, BACKFILL_REASON);
        try {
            new DemoScript(cases, applicant, p.item(), r, timeline, "demo-case-" + p.index()).play(p.scenario());
        } catch (RuntimeException e) {
            throw new IllegalStateException("Demo case " + p.index() + " (" + p.scenario() + ", item " + p.item().item().code()
                    + ", " + p.item().name() + ", from " + p.start() + ") failed: " + e.getMessage(), e);
        }
    }

    /**
     * The cases to make, oldest first: every scenario once, then scenarios drawn by weight (applications and
     * penalties in a fixed proportion), each on an item it fits, the items of the seed's bureau twice as often.
     */
    List<Plan> plan(List<DemoItem> items, LocalDate today) {
        Random random = new Random(SEED);
        List<DemoScenario> applications = new ArrayList<>();
        List<DemoScenario> penalties = new ArrayList<>();
        for (DemoScenario s : DemoScenario.values()) {
            if (items.stream().anyMatch(s::fits)) {
                (s.penalty ? penalties : applications).add(s);
            }
        }
        List<Plan> plans = new ArrayList<>(count);
        List<DemoScenario> once = new ArrayList<>(applications);
        once.addAll(penalties);
        for (int i = 0; i < count; i++) {
            DemoScenario s;
            if (i < once.size()) {
                s = once.get(i);
            } else {
                boolean application = !applications.isEmpty()
                        && (penalties.isEmpty() || random.nextInt(1000) < APPLICATIONS_PER_MILLE);
                s = weighted(application ? applications : penalties, random);
            }
            DemoItem item = item(items, s, random);
            plans.add(new Plan(i, s, item, start(s, item, today, random), random.nextLong()));
        }
        plans.sort(Comparator.comparing((Plan p) -> p.start() == null ? today.plusDays(1) : p.start()).thenComparingInt(Plan::index));
        return plans;
    }

    private static DemoScenario weighted(List<DemoScenario> scenarios, Random random) {
        int total = scenarios.stream().mapToInt(s -> s.weight).sum();
        int x = random.nextInt(total);
        for (DemoScenario s : scenarios) {
            x -= s.weight;
            if (x < 0) {
                return s;
            }
        }
        return scenarios.get(scenarios.size() - 1);
    }

    private static DemoItem item(List<DemoItem> items, DemoScenario s, Random random) {
        List<DemoItem> fitting = new ArrayList<>();
        for (DemoItem i : items) {
            if (s.fits(i)) {
                fitting.add(i);
                if (i.item().code().startsWith("321081-ZJJ")) {
                    fitting.add(i);
                }
            }
        }
        return fitting.get(random.nextInt(fitting.size()));
    }

    /** The day a case starts: null for today (live); for cases with a past, a day counted back from today. */
    private LocalDate start(DemoScenario s, DemoItem item, LocalDate today, Random random) {
        LocalDate start = switch (s.history) {
            case LIVE -> null;
            case RECENT -> {
                TimeLimit limit = item.limit();
                int days = s == DemoScenario.EXTENDED ? limit.days() + 2 : limit.days() + 5 + random.nextInt(20);
                yield limit.unit() == LimitUnit.WORKING_DAYS ? DemoTimeline.workingDaysBefore(calendars.calendar(item.regionCode()),
                        today, days) : today.minusDays(days + 5L);
            }
            case PAST -> today.minusDays(30 + random.nextInt(item.penalty() ? 700 : 1100));
        };
        if (start == null) {
            return null;
        }
        LocalDate earliest = backfillStart;
        if (item.penalty() && item.officersFrom() != null && item.officersFrom().isAfter(earliest)) {
            earliest = item.officersFrom();
        }
        if (item.inForceFrom().isAfter(earliest)) {
            earliest = item.inForceFrom();
        }
        if (start.isBefore(earliest)) {
            // the item (or the officers' certificates) did not exist that far back: as far back as they go
            start = earliest.plusDays(random.nextInt(30));
        }
        return start.isBefore(today) ? start : null;
    }
}
