package org.sunlight.bench.casework;

import javax.sql.DataSource;

/**
 * One way of running the four-step licensing flow (受理 accept › 审查 review › 决定 decide › 送达/办结
 * deliver-close), measured by {@link TransitionBench}.
 * <p>
 * Life: the harness makes one instance, empties its {@link #schema()} (drop cascade, create) and calls
 * {@link #setUp(DataSource)} once with a pool of 10 connections (8 workers + 2) whose connections
 * use that schema; then it calls {@link #createCase(int)} and {@link #transition(long, int)} from up
 * to 8 threads at once (warm-up and every measured round), {@link #verify(long)} after each run and
 * {@link #tearDown()} at the end. The pool is the harness's: the contender does not close it.
 * <p>
 * Contract: one worker creates a case and then moves it, step by step, through steps 1..4; each step is
 * one finished, durable change (committed when the call returns) that records who did it (the actor),
 * the opinion and the outcome: 1 受理, 2 审查通过, 3 准予许可, 4 送达 (which closes the case). Different
 * workers never touch the same case.
 * <p>
 * A contender that needs the whole application (Sunlight) may start a Spring context in
 * {@link #setUp(DataSource)} and hand it the pool (e.g. registered as the {@code dataSource} singleton
 * before refresh, which Boot's auto-configuration then backs off from).
 */
public interface Contender {

    /** Short name in the report, e.g. {@code flowable}, {@code floor}, {@code sunlight}. */
    String name();

    /**
     * Database schema this contender works in; the harness drops and re-creates it before
     * {@link #setUp(DataSource)}, and the pool's connections have it as their current schema.
     */
    default String schema() {
        return name().replaceAll("[^a-z0-9_]", "_");
    }

    /** Creates the tables (or boots what creates them), deploys the flow and so on. Not timed. */
    void setUp(DataSource dataSource) throws Exception;

    /**
     * Registers case number {@code i} (unique over the whole run for this contender) and returns a
     * handle the same worker passes back to {@link #transition(long, int)}. Timed as a creation.
     */
    long createCase(int i);

    /** Completes step {@code step} (1..4) of the case. Timed as one transition. */
    void transition(long handle, int step);

    /**
     * After each run (not timed): checks that {@code closedCases} cases in all have been closed so far
     * and none is left open; throws if not.
     */
    default void verify(long closedCases) {
    }

    /** Releases what {@link #setUp(DataSource)} made (engines, contexts), not the pool. */
    default void tearDown() throws Exception {
    }

    /** What case {@code i} is about: the same for every contender. */
    record Application(String caseNumber, String applicant, String itemCode) {

        private static final String[] ITEMS = {"00012345600Y", "00012345601Y", "00012345602Y", "00012345603Y"};
        private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄"};

        public static Application of(int i) {
            return new Application(String.format("扬行审许〔2026〕%07d号", i),
                    SURNAMES[i % SURNAMES.length] + "某某" + (i % 997), ITEMS[i % ITEMS.length]);
        }
    }

    /** The four steps, with the outcome each records when the case goes the ordinary way. */
    enum Step {
        ACCEPT("受理", "受理", "受理岗", "clerk.li", "材料齐全，予以受理。"),
        REVIEW("审查", "审查通过", "审查岗", "reviewer.wang", "经审查，符合法定条件。"),
        DECIDE("决定", "准予许可", "决定岗", "head.zhao", "同意，准予行政许可。"),
        DELIVER("送达", "送达", "送达岗", "clerk.chen", "决定书已送达申请人，办结。");

        public final String label;
        public final String outcome;
        /** Post (candidate group) that holds the step. */
        public final String post;
        /** The one who does the step. */
        public final String actor;
        public final String opinion;

        Step(String label, String outcome, String post, String actor, String opinion) {
            this.label = label;
            this.outcome = outcome;
            this.post = post;
            this.actor = actor;
            this.opinion = opinion;
        }

        /** Step 1..4. */
        public static Step of(int step) {
            return values()[step - 1];
        }
    }
}
