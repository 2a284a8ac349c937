package org.sunlight.bench.casework;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.sunlight.SunlightApplication;
import org.sunlight.casework.CaseCommands.NewApplication;
import org.sunlight.casework.CaseCommands.PartyInput;
import org.sunlight.casework.CaseCommands.StepCompletion;
import org.sunlight.casework.CaseHandling;
import org.sunlight.casework.CaseView;
import org.sunlight.casework.Channel;
import org.sunlight.casework.PartyType;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.identity.Actor;
import org.sunlight.identity.DemoActors;
import org.sunlight.organization.OrganizationDirectory;

/**
 * Sunlight itself: the whole application (Spring context on the harness's pool, Flyway, demo organisation,
 * catalog and flowcharts), cases received at the window for the demo licensing item 物业服务企业资质核定（三级）
 * and moved by the demo people of 物管科 through the real {@link CaseHandling} commands — post and scope
 * checks, flowchart, deadline clock, event log, projections, work queue, audit chain and all.
 */
public class SunlightContender implements Contender {

    private static final String ITEM = "物业服务企业资质核定（三级）";

    private ConfigurableApplicationContext app;
    private CaseHandling cases;
    private JdbcTemplate jdbc;
    private long itemId;
    private Actor accepter;
    private Actor reviewer;
    private Actor head;
    /** The version each open case is at; a worker owns its cases, so no two threads touch one entry. */
    private final Map<Long, Long> versions = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "sunlight";
    }

    @Override
    public void setUp(DataSource dataSource) {
        app = new SpringApplicationBuilder(SunlightApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("dataSource", dataSource))
                .run("--server.port=0", "--server.address=127.0.0.1", "--sunlight.demo.mode=true", "--sunlight.casework.demo.cases=0", "--sunlight.catalog.search.index-dir=memory",
                        "--sunlight.casework.attachments.dir=target/bench-files", "--logging.level.root=WARN");
        cases = app.getBean(CaseHandling.class);
        jdbc = new JdbcTemplate(dataSource);
        DemoActors actors = app.getBean(DemoActors.class);
        accepter = actors.actor("wg_handler").orElseThrow();
        reviewer = actors.actor("wg_reviewer").orElseThrow();
        head = actors.actor("wg_head").orElseThrow();
        CatalogQueries catalog = app.getBean(CatalogQueries.class);
        OrganizationDirectory organization = app.getBean(OrganizationDirectory.class);
        long department = organization.departmentsNamed("仪征市住房和城乡建设局").get(0).id();
        itemId = catalog.itemsOf(department).stream()
                .filter(i -> catalog.versions(i.id()).stream().anyMatch(v -> v.content().name().equals(ITEM)))
                .findFirst().orElseThrow().id();
    }

    @Override
    public long createCase(int i) {
        Application a = Application.of(i);
        CaseView c = cases.apply(accepter, new NewApplication(itemId, Channel.WINDOW,
                new PartyInput(PartyType.CITIZEN, a.applicant(), null, null, null), a.caseNumber(), Map.of(), null, null, List.of()));
        versions.put(c.id(), c.version());
        return c.id();
    }

    @Override
    public void transition(long handle, int step) {
        long version = versions.get(handle);
        CaseView c = switch (step) {
            case 1 -> cases.complete(accepter, handle, new StepCompletion(version, "accept", "受理", Step.ACCEPT.opinion, null, null, null));
            case 2 -> cases.complete(reviewer, handle, new StepCompletion(version, "review", "审查通过", Step.REVIEW.opinion, null, null, null));
            case 3 -> cases.complete(head, handle, new StepCompletion(version, "decide", "准予许可", Step.DECIDE.opinion, null, null, null));
            case 4 -> cases.complete(accepter, handle, new StepCompletion(version, "deliver", null, Step.DELIVER.opinion, null, null, null));
            default -> throw new IllegalArgumentException("step " + step);
        };
        if (step == 4) {
            versions.remove(handle);
        } else {
            versions.put(handle, c.version());
        }
    }

    @Override
    public void verify(long closedCases) {
        long closed = jdbc.queryForObject("select count(*) from case_record where status = 'CLOSED'", Long.class);
        long open = jdbc.queryForObject("select count(*) from case_record where status <> 'CLOSED'", Long.class);
        if (closed != closedCases || open != 0) {
            throw new IllegalStateException("sunlight: " + closed + " closed (expected " + closedCases + "), " + open + " open");
        }
    }

    @Override
    public void tearDown() {
        if (app != null) {
            app.close();
        }
    }
}
