package org.sunlight.flow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sunlight.catalog.LimitUnit;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent.RiskGrade;
import org.sunlight.catalog.PowerItemContent.RiskPoint;
import org.sunlight.catalog.TimeLimit;
import org.sunlight.flow.FlowDefinition;
import org.sunlight.flow.FlowGraph;
import org.sunlight.flow.FlowModel;
import org.sunlight.flow.FlowPosition;
import org.sunlight.flow.FlowStep;
import org.sunlight.flow.FlowTemplate;
import org.sunlight.flow.FlowValidation;
import org.sunlight.flow.FlowValidator;
import org.sunlight.flow.StepKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every template instantiates, validates clean, runs, draws and exports. */
class FlowTemplatesTests {

    static final List<FlowTemplate> TEMPLATES = FlowTemplateLibrary.load(new FlowJson());
    static final Map<String, Long> POSTS = Map.of("受理岗", 11L, "审核岗", 12L, "科长岗", 13L, "执法岗", 14L);
    static final List<RiskPoint> RISKS = List.of(
            new RiskPoint("受理", "对符合条件的申请不予受理", RiskGrade.B, "一次性告知", "受理岗", true),
            new RiskPoint("决定", "擅自降低标准作出决定", RiskGrade.A, "集体研究", "分管领导", true));
    /** A promised limit each template fits, as a typical item of its category has. */
    static final Map<String, TimeLimit> PROMISES = Map.of(
            "licensing", new TimeLimit(20, LimitUnit.WORKING_DAYS),
            "penalty-general", new TimeLimit(90, LimitUnit.NATURAL_DAYS),
            "penalty-simple", new TimeLimit(3, LimitUnit.WORKING_DAYS),
            "compulsion", new TimeLimit(60, LimitUnit.NATURAL_DAYS),
            "inspection", new TimeLimit(60, LimitUnit.NATURAL_DAYS));

    static FlowDefinition instantiate(String code) {
        FlowTemplate t = TEMPLATES.stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
        return t.instantiate(name -> Optional.ofNullable(POSTS.get(name)), RISKS);
    }

    @Test
    void theFiveTemplatesExistForTheirCategories() {
        assertThat(TEMPLATES).extracting(FlowTemplate::code)
                .containsExactly("licensing", "penalty-general", "penalty-simple", "compulsion", "inspection");
        FlowTemplateLibrary library = new FlowTemplateLibrary(new FlowJson());
        assertThat(library.forCategory(PowerCategory.PENALTY)).extracting(FlowTemplate::code).startsWith("penalty-general", "penalty-simple");
        assertThat(library.forCategory(PowerCategory.LICENSING).get(0).code()).isEqualTo("licensing");
        assertThat(library.forCategory(PowerCategory.COMPULSION).get(0).code()).isEqualTo("compulsion");
        assertThat(library.forCategory(PowerCategory.INSPECTION).get(0).code()).isEqualTo("inspection");
        for (FlowTemplate t : TEMPLATES) {
            assertThat(t.basis()).as("legal basis of %s", t.code()).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"licensing", "penalty-general", "penalty-simple", "compulsion", "inspection"})
    void instantiatesAndValidatesClean(String code) {
        FlowDefinition d = instantiate(code);
        FlowValidation v = FlowValidator.validate(d, FlowValidator.Context.of(PROMISES.get(code), RISKS.size(), id -> id >= 11 && id <= 14));
        assertThat(v.problems()).as("problems of template %s", code).isEmpty();
        for (FlowStep s : d.steps()) {
            if (!s.gateway()) {
                assertThat(s.postId() != null || s.role() != null).as("%s has a post or role", s.key()).isTrue();
            }
        }
        // post names resolved to the department's posts
        assertThat(d.steps()).filteredOn(s -> s.postId() != null).isNotEmpty()
                .allSatisfy(s -> assertThat(POSTS.values()).contains(s.postId()));
        FlowModel model = FlowModel.of(d);
        assertThat(model.startSteps()).isNotEmpty();
    }

    @Test
    void riskPointsAreLinkedToTheStepsTheyName() {
        FlowDefinition licensing = instantiate("licensing");
        assertThat(licensing.step("accept").orElseThrow().riskPoints()).containsExactly(1);
        assertThat(licensing.step("decide").orElseThrow().riskPoints()).containsExactly(2);
        assertThat(licensing.step("review").orElseThrow().riskPoints()).isEmpty();
    }

    @Test
    void thePenaltyProcedureHearsAndReviewsOnlyWhenNeeded() {
        FlowModel m = FlowModel.of(instantiate("penalty-general"));
        FlowPosition p = m.take(m.start(), "file", "立案", Map.of());
        p = m.take(p, "investigate", "调查终结", Map.of());
        p = m.take(p, "review", "拟予处罚", Map.of());
        assertThat(m.moves("notify", Map.of())).extracting(x -> x.to()).containsExactly("decide");
        assertThat(m.moves("notify", Map.of("hearingRequested", true, "major", true))).extracting(x -> x.to())
                .containsExactly("hearing", "legal");
        p = m.take(p, "notify", "申请听证", Map.of("hearingRequested", true, "major", true));
        p = m.take(p, "hearing", "听证结束", Map.of("major", true));
        assertThat(p.active()).containsExactly("legal");
        // the hearing does not count toward the 90-day limit; the longest counted path is 64 days
        assertThat(FlowValidator.timing(m.definition()).naturalDays()).isEqualTo(7 + 30 + 7 + 5 + 10 + 5);
    }

    @Test
    void compulsionRunsDeliveryAndTestingInParallel() {
        FlowModel m = FlowModel.of(instantiate("compulsion"));
        FlowPosition p = m.take(m.start(), "apply", "报批", Map.of());
        p = m.take(p, "approve", "批准", Map.of());
        p = m.take(p, "implement", "实施完毕", Map.of());
        assertThat(p.activeIn(m.definition())).containsExactly("deliver", "appraise");
        p = m.take(p, "appraise", "鉴定完毕", Map.of());
        p = m.take(p, "deliver", "送达完毕", Map.of());
        assertThat(p.active()).containsExactly("decide");
    }

    // ---- drawing ------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"licensing", "penalty-general", "penalty-simple", "compulsion", "inspection"})
    void rendersWellFormedSvgWithEveryStep(String code) throws Exception {
        FlowDefinition d = instantiate(code);
        FlowSvg svg = new FlowSvg(FlowTestMessages.chinese());
        String text = svg.render(d, new FlowSvg.Options("测试事项 · 运行流程图", "第 1 版", Set.of(), true, "sf"));
        // kept for people to look at (target/flow-svg/*.svg)
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/flow-svg"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/flow-svg", code + ".svg"), text);
        Document doc = parse(text);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("font-family")).contains("WenQuanYi Micro Hei").contains("Noto Sans CJK SC");
        String allText = texts(doc);
        for (FlowStep s : d.steps()) {
            assertThat(allText).as("%s shows step %s", code, s.name()).contains(s.name());
        }
        assertThat(allText).contains("开始", "结束");
        NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        Set<String> drawnSteps = new HashSet<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.hasAttribute("data-step")) {
                drawnSteps.add(g.getAttribute("data-step"));
            }
        }
        assertThat(drawnSteps).containsExactlyInAnyOrderElementsOf(d.steps().stream().map(FlowStep::key).toList());
        assertThat(svg.render(d, new FlowSvg.Options("测试事项 · 运行流程图", "第 1 版", Set.of(), true, "sf")))
                .as("deterministic").isEqualTo(text);
    }

    @Test
    void limitsAndUncountedStepsAreShown() throws Exception {
        String text = texts(parse(new FlowSvg(FlowTestMessages.chinese()).render(instantiate("penalty-general"), FlowSvg.Options.plain())));
        assertThat(text).contains("30 个自然日").contains("（不计时）").contains("[hearingRequested == true]").contains("申请听证");
        String en = texts(parse(new FlowSvg(FlowTestMessages.labels(java.util.Locale.ENGLISH))
                .render(instantiate("licensing"), FlowSvg.Options.plain())));
        assertThat(en).contains("8 working days").contains("Start").contains("End");
    }

    @Test
    void problemStepsAreOutlined() {
        String text = new FlowSvg(FlowTestMessages.chinese()).render(instantiate("licensing"),
                new FlowSvg.Options(null, null, Set.of("review"), false, "sfp"));
        assertThat(text).contains("class=\"sfp-step sfp-problem\" data-step=\"review\"");
        assertThat(text).doesNotContain("sfp-problem\" data-step=\"accept\"");
    }

    @Test
    void parallelBranchesAreDrawnSideBySide() {
        FlowDefinition d = instantiate("compulsion");
        FlowLayout layout = FlowLayout.of(new FlowGraph(d), new FlowSvg(FlowTestMessages.chinese())::size);
        FlowLayout.Node deliver = layout.stepNode(d.steps().indexOf(d.step("deliver").orElseThrow()));
        FlowLayout.Node appraise = layout.stepNode(d.steps().indexOf(d.step("appraise").orElseThrow()));
        FlowLayout.Node split = layout.stepNode(d.steps().indexOf(d.step("split").orElseThrow()));
        assertThat(deliver.y).isEqualTo(appraise.y);
        assertThat(deliver.right() <= appraise.x || appraise.right() <= deliver.x).as("no overlap").isTrue();
        assertThat(split.cx()).isBetween(Math.min(deliver.cx(), appraise.cx()), Math.max(deliver.cx(), appraise.cx()));
    }

    // ---- BPMN ---------------------------------------------------------------------------------------

    static final String BPMN = BpmnExport.BPMN;

    @ParameterizedTest
    @ValueSource(strings = {"licensing", "penalty-general", "penalty-simple", "compulsion", "inspection"})
    void exportsBpmnMatchingTheStructure(String code) throws Exception {
        FlowDefinition d = instantiate(code);
        String xml = new BpmnExport(FlowTestMessages.chinese()).export(d, "Process_test_v1", "测试事项", "Definitions_1");
        Document doc = parse(xml);
        BpmnStructure.check(doc, d);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static String texts(Document doc) {
        NodeList ts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> all = new ArrayList<>();
        for (int i = 0; i < ts.getLength(); i++) {
            all.add(ts.item(i).getTextContent());
        }
        return String.join("\n", all);
    }

    /** The BPMN 2.0 structure a flowchart must map to, checked element by element. */
    static final class BpmnStructure {

        static void check(Document doc, FlowDefinition d) {
            Element root = doc.getDocumentElement();
            assertThat(root.getNamespaceURI()).isEqualTo(BPMN);
            assertThat(root.getLocalName()).isEqualTo("definitions");
            assertThat(root.getAttribute("targetNamespace")).isNotBlank();
            NodeList processes = root.getElementsByTagNameNS(BPMN, "process");
            assertThat(processes.getLength()).isEqualTo(1);
            Element process = (Element) processes.item(0);

            Map<String, Element> byId = new HashMap<>();
            Map<String, String> tagOf = new HashMap<>();
            NodeList children = process.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element e) {
                    assertThat(e.getNamespaceURI()).isEqualTo(BPMN);
                    assertThat(byId.put(e.getAttribute("id"), e)).as("unique id %s", e.getAttribute("id")).isNull();
                    tagOf.put(e.getAttribute("id"), e.getLocalName());
                }
            }
            assertThat(tagOf.values().stream().filter("startEvent"::equals).count()).isEqualTo(1);
            assertThat(tagOf.values()).contains("endEvent", "sequenceFlow", "userTask");
            Set<String> allowed = Set.of("startEvent", "endEvent", "userTask", "exclusiveGateway", "parallelGateway", "sequenceFlow");
            assertThat(allowed).containsAll(tagOf.values());

            // every step is a task, every split/join a parallel gateway with its direction
            for (FlowStep s : d.steps()) {
                Element e = byId.get("step_" + s.key());
                assertThat(e).as("element for step %s", s.key()).isNotNull();
                if (s.kind() == StepKind.PARALLEL_SPLIT || s.kind() == StepKind.PARALLEL_JOIN) {
                    assertThat(e.getLocalName()).isEqualTo("parallelGateway");
                    assertThat(e.getAttribute("gatewayDirection")).isEqualTo(s.kind() == StepKind.PARALLEL_SPLIT ? "Diverging" : "Converging");
                } else {
                    assertThat(e.getLocalName()).isEqualTo("userTask");
                    assertThat(e.getAttribute("name")).isEqualTo(s.name());
                }
                if (s.end()) {
                    assertThat(tagOf.get("end_" + s.key())).isEqualTo("endEvent");
                }
            }
            // every transition is a sequenceFlow to its target, from the step or the step's decision gateway
            FlowGraph graph = new FlowGraph(d);
            for (int t = 0; t < d.transitions().size(); t++) {
                Element f = byId.get("flow_" + t);
                assertThat(f).as("sequenceFlow for transition %d", t).isNotNull();
                assertThat(f.getLocalName()).isEqualTo("sequenceFlow");
                var tr = d.transitions().get(t);
                assertThat(f.getAttribute("targetRef")).isEqualTo("step_" + tr.to());
                String source = f.getAttribute("sourceRef");
                if (graph.outgoing(graph.indexOf(tr.from()).getAsInt()).size() > 1 && !d.step(tr.from()).orElseThrow().gateway()) {
                    assertThat(source).isEqualTo("choice_" + tr.from());
                    assertThat(tagOf.get(source)).isEqualTo("exclusiveGateway");
                    assertThat(condition(f)).as("outcome condition of flow_%d", t).contains("outcome == '" + tr.outcome() + "'");
                } else {
                    assertThat(source).isEqualTo("step_" + tr.from());
                }
                if (tr.conditional()) {
                    assertThat(condition(f)).contains(tr.condition());
                }
            }
            // references resolve; every node but the start has a way in, every node but an end a way out
            Map<String, Integer> in = new HashMap<>();
            Map<String, Integer> out = new HashMap<>();
            for (Element e : byId.values()) {
                if (e.getLocalName().equals("sequenceFlow")) {
                    String s = e.getAttribute("sourceRef");
                    String g = e.getAttribute("targetRef");
                    assertThat(byId).containsKey(s).containsKey(g);
                    out.merge(s, 1, Integer::sum);
                    in.merge(g, 1, Integer::sum);
                }
            }
            for (Map.Entry<String, String> e : tagOf.entrySet()) {
                if (e.getValue().equals("sequenceFlow")) {
                    continue;
                }
                if (!e.getValue().equals("startEvent")) {
                    assertThat(in.getOrDefault(e.getKey(), 0)).as("incoming of %s", e.getKey()).isPositive();
                }
                if (!e.getValue().equals("endEvent")) {
                    assertThat(out.getOrDefault(e.getKey(), 0)).as("outgoing of %s", e.getKey()).isPositive();
                }
            }
            // diagram interchange: a shape per flow node
            NodeList shapes = root.getElementsByTagNameNS(BpmnExport.BPMNDI, "BPMNShape");
            assertThat(shapes.getLength()).isEqualTo((int) tagOf.values().stream().filter(v -> !v.equals("sequenceFlow")).count());
        }

        private static String condition(Element flow) {
            NodeList c = flow.getElementsByTagNameNS(BPMN, "conditionExpression");
            assertThat(c.getLength()).isEqualTo(1);
            Element e = (Element) c.item(0);
            assertThat(e.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type")).isEqualTo("bpmn:tFormalExpression");
            return e.getTextContent();
        }
    }
}
