package org.sunlight.bench.casework;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.engine.HistoryService;
import org.flowable.engine.IdentityService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;

/**
 * The peer: Flowable 8 running the same four-step flow as BPMN, history level AUDIT, no async executor,
 * a standalone engine (no Spring Boot: nothing of Flowable's auto-configuration meets the application's),
 * in its own schema of the benchmark database, tables made by the engine ({@code databaseSchemaUpdate=true}).
 * Ids are {@link StrongUuidGenerator} UUIDs, as Flowable's Spring Boot starter configures them.
 * <p>
 * A case is a process instance started by key with its case number as business key and the variables
 * applicant, itemCode, caseNumber. A step is what an application on Flowable does for one officer's
 * action: find the instance's open task, claim it for the officer, add the opinion as a comment, complete
 * it with the variable {@code outcome} (which the next exclusive gateway reads).
 * <ul>
 * <li>{@code flowable}: those four calls as an application makes them, each its own command
 * (one read, three transactions);</li>
 * <li>{@code flowable-tx} ({@code oneTransaction}): the same four calls inside one
 * {@link ManagementService#executeCommand} (Flowable reuses the command context: one transaction per
 * step), the fairest setting for the peer.</li>
 * </ul>
 */
public final class FlowableContender implements Contender {

    static final String PROCESS_KEY = "licensing";

    private final boolean oneTransaction;
    private final Map<Long, String> instances = new ConcurrentHashMap<>();
    private ProcessEngine engine;
    private RuntimeService runtime;
    private TaskService tasks;
    private IdentityService identity;
    private ManagementService management;
    private HistoryService history;

    public FlowableContender() {
        this(false);
    }

    public FlowableContender(boolean oneTransaction) {
        this.oneTransaction = oneTransaction;
    }

    @Override
    public String name() {
        return oneTransaction ? "flowable-tx" : "flowable";
    }

    @Override
    public void setUp(DataSource dataSource) {
        StandaloneProcessEngineConfiguration cfg = (StandaloneProcessEngineConfiguration)
                ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
        cfg.setEngineName("bench-" + name());
        cfg.setDataSource(dataSource);
        cfg.setDatabaseType("postgres");
        // The pool's connections already point at this schema (search_path); telling the engine too makes
        // its "are my tables there?" check look only here, not at same-named tables in another schema.
        cfg.setDatabaseSchema(schema());
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        cfg.setHistoryLevel(HistoryLevel.AUDIT);
        cfg.setAsyncExecutorActivate(false);
        cfg.setIdGenerator(new StrongUuidGenerator());
        cfg.setDisableIdmEngine(true); // users and groups are not Flowable's here; candidate groups are plain strings
        cfg.setDisableEventRegistry(true);
        engine = cfg.buildProcessEngine();
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        identity = engine.getIdentityService();
        management = engine.getManagementService();
        history = engine.getHistoryService();
        engine.getRepositoryService().createDeployment()
                .name("四步许可流程")
                .addString("licensing.bpmn20.xml", BPMN)
                .deploy();
    }

    @Override
    public long createCase(int i) {
        Application a = Application.of(i);
        identity.setAuthenticatedUserId(Step.ACCEPT.actor); // the start user, as the registering clerk
        try {
            String id = runtime.startProcessInstanceByKey(PROCESS_KEY, a.caseNumber(),
                    Map.of("applicant", a.applicant(), "itemCode", a.itemCode(), "caseNumber", a.caseNumber())).getId();
            instances.put((long) i, id);
            return i;
        } finally {
            identity.setAuthenticatedUserId(null);
        }
    }

    @Override
    public void transition(long handle, int step) {
        String instance = instances.get(handle);
        Step s = Step.of(step);
        identity.setAuthenticatedUserId(s.actor); // the comment's author
        try {
            if (oneTransaction) {
                management.executeCommand(context -> {
                    complete(instance, s);
                    return null;
                });
            } else {
                complete(instance, s);
            }
        } finally {
            identity.setAuthenticatedUserId(null);
        }
        if (step == 4) {
            instances.remove(handle);
        }
    }

    private void complete(String instance, Step s) {
        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        if (task == null || !task.getTaskDefinitionKey().equals(s.name().toLowerCase())) {
            throw new IllegalStateException("case " + instance + " is not at " + s + ": " + task);
        }
        tasks.claim(task.getId(), s.actor);
        tasks.addComment(task.getId(), instance, s.opinion);
        tasks.complete(task.getId(), Map.of("outcome", s.outcome));
    }

    @Override
    public void verify(long closedCases) {
        long open = runtime.createProcessInstanceQuery().count();
        long finished = history.createHistoricProcessInstanceQuery().finished().count();
        if (open != 0 || finished != closedCases) {
            throw new IllegalStateException(name() + ": " + open + " open, " + finished + " closed, expected 0 and " + closedCases);
        }
    }

    @Override
    public void tearDown() {
        if (engine != null) {
            engine.close();
        }
    }

    /**
     * 受理 › 审查 › 决定 › 送达, with the turns back the flowchart allows (the benchmark takes the straight way):
     * 不予受理 goes to delivery of the refusal, 退回 from review goes back to acceptance, 退回重审 from the
     * decision goes back to review.
     */
    static final String BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:flowable="http://flowable.org/bpmn"
                         targetNamespace="http://sunlight.org/bench">
              <process id="licensing" name="行政许可（四步）" isExecutable="true">
                <startEvent id="start"/>
                <sequenceFlow id="f_start" sourceRef="start" targetRef="accept"/>

                <userTask id="accept" name="受理" flowable:candidateGroups="受理岗"/>
                <sequenceFlow id="f_accept" sourceRef="accept" targetRef="g_accept"/>
                <exclusiveGateway id="g_accept"/>
                <sequenceFlow id="f_accepted" sourceRef="g_accept" targetRef="review">
                  <conditionExpression xsi:type="tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><![CDATA[${outcome == '受理'}]]></conditionExpression>
                </sequenceFlow>
                <sequenceFlow id="f_refused" sourceRef="g_accept" targetRef="deliver">
                  <conditionExpression xsi:type="tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><![CDATA[${outcome == '不予受理'}]]></conditionExpression>
                </sequenceFlow>

                <userTask id="review" name="审查" flowable:candidateGroups="审查岗"/>
                <sequenceFlow id="f_review" sourceRef="review" targetRef="g_review"/>
                <exclusiveGateway id="g_review"/>
                <sequenceFlow id="f_passed" sourceRef="g_review" targetRef="decide">
                  <conditionExpression xsi:type="tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><![CDATA[${outcome == '审查通过'}]]></conditionExpression>
                </sequenceFlow>
                <sequenceFlow id="f_returned" sourceRef="g_review" targetRef="accept">
                  <conditionExpression xsi:type="tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><![CDATA[${outcome == '退回'}]]></conditionExpression>
                </sequenceFlow>

                <userTask id="decide" name="决定" flowable:candidateGroups="决定岗"/>
                <sequenceFlow id="f_decide" sourceRef="decide" targetRef="g_decide"/>
                <exclusiveGateway id="g_decide"/>
                <sequenceFlow id="f_granted" sourceRef="g_decide" targetRef="deliver">
                  <conditionExpression xsi:type="tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><![CDATA[${outcome == '准予许可'}]]></conditionExpression>
                </sequenceFlow>
                <sequenceFlow id="f_denied" sourceRef="g_decide" targetRef="deliver">
                  <conditionExpression xsi:type="tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><![CDATA[${outcome == '不予许可'}]]></conditionExpression>
                </sequenceFlow>
                <sequenceFlow id="f_rereview" sourceRef="g_decide" targetRef="review">
                  <conditionExpression xsi:type="tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><![CDATA[${outcome == '退回重审'}]]></conditionExpression>
                </sequenceFlow>

                <userTask id="deliver" name="送达/办结" flowable:candidateGroups="送达岗"/>
                <sequenceFlow id="f_deliver" sourceRef="deliver" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>
            """;
}
