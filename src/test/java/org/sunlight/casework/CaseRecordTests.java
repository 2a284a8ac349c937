package org.sunlight.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.IntegrationTest;
import org.sunlight.casework.CaseCommands.Backdate;
import org.sunlight.casework.CaseCommands.FeeCharge;
import org.sunlight.casework.CaseCommands.NewApplication;
import org.sunlight.casework.CaseCommands.StepCompletion;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.common.ConflictException;
import org.sunlight.common.ForbiddenException;
import org.sunlight.common.InvalidInputException;
import org.sunlight.identity.Actor;

/** Fees against the catalog, backfilling, the rebuild of projections from the log, and concurrent handlers. */
@IntegrationTest
class CaseRecordTests {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    CaseFixture fx;
    @Autowired
    CaseHandling cases;
    @Autowired
    CaseQueries queries;
    @Autowired
    CaseProjections projections;
    @Autowired
    CatalogQueries catalog;
    @Autowired
    JdbcClient jdbc;

    private static Instant at(String date) {
        return LocalDate.parse(date).atTime(10, 0).atZone(BEIJING).toInstant();
    }

    @Test
    void feesMustBeListedOrCarryAnOverrideSupervisionSees() {
        CaseView c = fx.acceptedLicence();
        long id = c.id();
        long v = c.version();
        // The licence item lists no fee at all.
        assertThatThrownBy(() -> cases.chargeFee(fx.actor("wg_reviewer"), id, new FeeCharge(v, "资质证书工本费", new BigDecimal("10"), null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> cases.chargeFee(fx.actor("wg_reviewer"), id, new FeeCharge(v, "资质证书工本费", new BigDecimal("10.005"),
                "申请人要求加急制作纸质证书，按规定收取工本费", null))).isInstanceOf(InvalidInputException.class);
        c = cases.chargeFee(fx.actor("wg_reviewer"), id, new FeeCharge(v, "资质证书工本费", new BigDecimal("10"),
                "申请人要求加急制作纸质证书，按规定收取工本费", null));
        assertThat(c.feeOverride()).isTrue();
        assertThat(c.fees()).extracting(CaseView.Fee::amount).containsExactly(new BigDecimal("10.00"));
        assertThat(jdbc.sql("select irregular from case_record where id = ?").param(id).query(Boolean.class).single()).isTrue();
    }

    @Test
    void backfillIsMarkedAndRefusedBeforeTheStartOrWithoutAReason() {
        long item = fx.item(CaseFixture.LICENCE).id();
        Actor handler = fx.actor("wg_handler");
        assertThatThrownBy(() -> cases.apply(handler, new NewApplication(item, Channel.WINDOW, CaseFixture.company(), null, Map.of(),
                new Backdate(at("2013-06-28"), "系统上线前纸质受理的办件补录"), null, List.of()))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> cases.apply(handler, new NewApplication(item, Channel.WINDOW, CaseFixture.company(), null, Map.of(),
                new Backdate(at("2015-03-02"), ""), null, List.of()))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> cases.apply(fx.actor("citizen"), new NewApplication(item, null, CaseFixture.company(), null, Map.of(),
                new Backdate(at("2015-03-02"), "系统上线前纸质受理的办件补录"), null, List.of()))).isInstanceOf(ForbiddenException.class);

        CaseView c = cases.apply(handler, new NewApplication(item, Channel.WINDOW, CaseFixture.company(), null, Map.of(),
                new Backdate(at("2015-03-02"), "系统上线前纸质受理的办件补录"), null, List.of()));
        assertThat(c.backfill()).isTrue();
        assertThat(c.receivedAt()).isEqualTo(at("2015-03-02"));
        assertThat(c.number()).startsWith("32108120150302");
        long id = c.id();
        long v = c.version();
        assertThatThrownBy(() -> cases.complete(handler, id, new StepCompletion(v, "accept", "受理", null, null,
                new Backdate(at("2015-03-01"), "系统上线前纸质受理的办件补录"), null)))
                .as("not before what the log already holds").isInstanceOf(InvalidInputException.class);
        c = cases.complete(handler, id, new StepCompletion(v, "accept", "受理", null, null,
                new Backdate(at("2015-03-03"), "系统上线前纸质受理的办件补录"), null));
        assertThat(c.acceptedAt()).isEqualTo(at("2015-03-03"));
        List<CaseEvent> log = queries.events(handler, id);
        assertThat(log).allSatisfy(e -> assertThat(e.backfill()).isTrue());
        assertThat(log).allSatisfy(e -> assertThat(e.recordedAt()).isAfter(e.occurredAt()));
        assertThat(log.get(1).payload()).containsEntry("backfillReason", "系统上线前纸质受理的办件补录");
        assertThat(queries.lookup(c.number(), jdbc.sql("select query_code from case_record where id = ?").param(id).query(String.class).single())
                .orElseThrow().backfill()).isTrue();
    }

    @Test
    void theProjectionsRebuiltFromTheLogEqualWhatIsStored() {
        CaseView licence = fx.acceptedLicence();
        cases.complete(fx.actor("wg_reviewer"), licence.id(), new StepCompletion(licence.version(), "review", "审查通过", null, null, null, null));
        CaseView penalty = fx.filePenalty();
        cases.complete(fx.actor("handler"), penalty.id(), new StepCompletion(penalty.version(), "file", "立案", null, null, null, null));
        assertThat(projections.verify().differing()).isEmpty();

        // Someone edits a projection behind the log's back: verify sees it, rebuild puts it right.
        jdbc.sql("update case_record set state_json = replace(state_json, '\"IN_PROGRESS\"', '\"CLOSED\"'), status = 'CLOSED' where id = ?")
                .param(licence.id()).update();
        jdbc.sql("delete from case_task where case_id = ?").param(penalty.id()).update();
        assertThat(projections.verify().differing()).containsExactlyInAnyOrder(licence.number(), penalty.number());
        CaseProjections.Report rebuilt = projections.rebuild();
        assertThat(rebuilt.differing()).containsExactlyInAnyOrder(licence.number(), penalty.number());
        assertThat(projections.verify().differing()).isEmpty();
        assertThat(queries.find(fx.actor("wg_head"), licence.id()).orElseThrow().status()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void twoHandlersCompletingTheSameStepAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
        CaseView c = fx.acceptedLicence();
        Actor reviewer = fx.actor("wg_reviewer");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<CaseView>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return cases.complete(reviewer, c.id(), new StepCompletion(c.version(), "review", "审查通过", null, null, null, null));
                }));
            }
            go.countDown();
            int won = 0;
            int conflicts = 0;
            for (Future<CaseView> f : results) {
                try {
                    f.get();
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                    conflicts++;
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(conflicts).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(queries.events(reviewer, c.id())).extracting(CaseEvent::seq).containsExactly(1, 2, 3);
    }

    @Test
    void caseNumbersStayUniqueUnderConcurrentReceipts() throws Exception {
        long item = fx.item(CaseFixture.LICENCE).id();
        Actor handler = fx.actor("wg_handler");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<CaseView>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return cases.apply(handler, new NewApplication(item, Channel.WINDOW, CaseFixture.company(), null, Map.of(), null, null,
                            List.of()));
                }));
            }
            go.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<CaseView> f : results) {
                numbers.add(f.get().number());
            }
            assertThat(numbers).doesNotHaveDuplicates().hasSize(12);
        } finally {
            pool.shutdownNow();
        }
    }
}
