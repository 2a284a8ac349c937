package org.sunlight.flow.internal;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.sunlight.flow.FlowDefinition;
import org.sunlight.flow.FlowGraph;
import org.sunlight.flow.FlowStep;
import org.sunlight.flow.FlowTransition;
import org.sunlight.flow.FlowValidator;
import org.sunlight.flow.StepKind;

/**
 * Writes a flowchart as BPMN 2.0 XML (OMG, namespace {@value #BPMN}), with diagram interchange so
 * modelling tools show it laid out as on the site.
 * <ul>
 *   <li>a {@code startEvent} leading to the start step;</li>
 *   <li>each work step a {@code userTask} ({@code id="step_<key>"}), its post, role, limit, documents and
 *       risk points as {@code sunlight:step} extension elements;</li>
 *   <li>a step with several outcomes continues through an {@code exclusiveGateway}
 *       ({@code choice_<key>}); each transition is one {@code sequenceFlow} ({@code flow_<row>}) whose
 *       {@code conditionExpression} is {@code ${outcome == '<outcome>' && (<condition>)}} (the
 *       condition language is a subset of JUEL, so BPMN engines can evaluate it);</li>
 *   <li>parallel split and join steps are {@code parallelGateway}s (diverging, converging);</li>
 *   <li>each end step leads to its own {@code endEvent} ({@code end_<key>}).</li>
 * </ul>
 */
public final class BpmnExport {

    public static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    public static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    public static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    public static final String SUNLIGHT = "urn:sunlight:flow";

    /** A flow node to write: BPMN element name, id, name, and for tasks the step. */
    private record Element(String tag, String id, String name, FlowStep step, String direction) {
    }

    private record Flow(String id, String name, String source, String target, String condition) {
    }

    private final FlowLabels labels;

    public BpmnExport(FlowLabels labels) {
        this.labels = labels;
    }

    public String export(FlowDefinition d, String processId, String processName, String definitionsId) {
        FlowGraph graph = new FlowGraph(d);
        List<Element> elements = new ArrayList<>();
        List<Flow> flows = new ArrayList<>();
        String[] ids = stepIds(d);
        Map<Integer, String> exitOf = new LinkedHashMap<>();
        elements.add(new Element("startEvent", "start", labels.message("flow.svg.start"), null, null));
        if (graph.start() >= 0) {
            flows.add(new Flow("flow_start", null, "start", ids[graph.start()], null));
        }
        for (int i = 0; i < d.steps().size(); i++) {
            FlowStep s = d.steps().get(i);
            String name = s.name() == null ? s.key() : s.name();
            if (s.kind() == StepKind.PARALLEL_SPLIT || s.kind() == StepKind.PARALLEL_JOIN) {
                elements.add(new Element("parallelGateway", ids[i], name, s,
                        s.kind() == StepKind.PARALLEL_SPLIT ? "Diverging" : "Converging"));
                exitOf.put(i, ids[i]);
                continue;
            }
            elements.add(new Element("userTask", ids[i], name, s, null));
            exitOf.put(i, ids[i]);
            if (graph.outgoing(i).size() > 1) {
                String choice = "choice_" + ids[i].substring("step_".length());
                elements.add(new Element("exclusiveGateway", choice, labels.message("flow.bpmn.choice", name), null, "Diverging"));
                flows.add(new Flow("flow_" + ids[i].substring("step_".length()) + "_choice", null, ids[i], choice, null));
                exitOf.put(i, choice);
            }
            if (s.end()) {
                String end = "end_" + ids[i].substring("step_".length());
                elements.add(new Element("endEvent", end, labels.message("flow.svg.end"), null, null));
                flows.add(new Flow("flow_" + ids[i].substring("step_".length()) + "_end", null, ids[i], end, null));
            }
        }
        for (int t = 0; t < d.transitions().size(); t++) {
            int f = graph.from(t);
            int g = graph.to(t);
            if (f < 0 || g < 0) {
                continue;
            }
            FlowTransition tr = d.transitions().get(t);
            boolean choice = !exitOf.get(f).equals(ids[f]);
            flows.add(new Flow("flow_" + t, tr.outcome(), exitOf.get(f), ids[g], condition(tr, choice)));
        }
        return write(d, graph, elements, flows, processId, processName, definitionsId, ids);
    }

    /** step_&lt;key&gt; when the key is a valid, unique NCName-friendly key, else step_&lt;row&gt;. */
    static String[] stepIds(FlowDefinition d) {
        String[] ids = new String[d.steps().size()];
        Set<String> used = new HashSet<>();
        for (int i = 0; i < ids.length; i++) {
            String key = d.steps().get(i).key();
            String id = key != null && FlowValidator.KEY.matcher(key).matches() ? "step_" + key : "step_" + (i + 1);
            ids[i] = used.add(id) ? id : "step_row" + (i + 1);
            used.add(ids[i]);
        }
        return ids;
    }

    private static String condition(FlowTransition tr, boolean afterChoice) {
        String c = tr.conditional() ? tr.condition().strip() : null;
        if (!afterChoice) {
            return c == null ? null : "${" + c + "}";
        }
        String o = tr.outcome() == null ? "" : tr.outcome().strip();
        String literal = o.contains("'") ? "\"" + o.replace("\"", "") + "\"" : "'" + o + "'";
        return "${outcome == " + literal + (c == null ? "" : " && (" + c + ")") + "}";
    }

    private String write(FlowDefinition d, FlowGraph graph, List<Element> elements, List<Flow> flows, String processId, String processName,
            String definitionsId, String[] ids) {
        Map<String, List<String>> incoming = new LinkedHashMap<>();
        Map<String, List<String>> outgoing = new LinkedHashMap<>();
        for (Flow f : flows) {
            outgoing.computeIfAbsent(f.source, k -> new ArrayList<>()).add(f.id);
            incoming.computeIfAbsent(f.target, k -> new ArrayList<>()).add(f.id);
        }
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            nl(x, 0);
            x.writeStartElement("bpmn", "definitions", BPMN);
            x.writeNamespace("bpmn", BPMN);
            x.writeNamespace("bpmndi", BPMNDI);
            x.writeNamespace("dc", DC);
            x.writeNamespace("di", DI);
            x.writeNamespace("xsi", XSI);
            x.writeNamespace("sunlight", SUNLIGHT);
            x.writeAttribute("id", definitionsId);
            x.writeAttribute("targetNamespace", SUNLIGHT);
            x.writeAttribute("exporter", "Sunlight");
            x.writeAttribute("exporterVersion", "1");
            nl(x, 1);
            x.writeStartElement("bpmn", "process", BPMN);
            x.writeAttribute("id", processId);
            x.writeAttribute("name", processName);
            x.writeAttribute("isExecutable", "false");
            for (Element e : elements) {
                nl(x, 2);
                x.writeStartElement("bpmn", e.tag, BPMN);
                x.writeAttribute("id", e.id);
                if (e.name != null) {
                    x.writeAttribute("name", e.name);
                }
                if (e.direction != null) {
                    x.writeAttribute("gatewayDirection", e.direction);
                }
                if (e.tag.equals("userTask")) {
                    taskDetails(x, e.step);
                }
                for (String f : incoming.getOrDefault(e.id, List.of())) {
                    nl(x, 3);
                    x.writeStartElement("bpmn", "incoming", BPMN);
                    x.writeCharacters(f);
                    x.writeEndElement();
                }
                for (String f : outgoing.getOrDefault(e.id, List.of())) {
                    nl(x, 3);
                    x.writeStartElement("bpmn", "outgoing", BPMN);
                    x.writeCharacters(f);
                    x.writeEndElement();
                }
                nl(x, 2);
                x.writeEndElement();
            }
            for (Flow f : flows) {
                nl(x, 2);
                x.writeStartElement("bpmn", "sequenceFlow", BPMN);
                x.writeAttribute("id", f.id);
                if (f.name != null && !f.name.isBlank()) {
                    x.writeAttribute("name", f.name);
                }
                x.writeAttribute("sourceRef", f.source);
                x.writeAttribute("targetRef", f.target);
                if (f.condition != null) {
                    nl(x, 3);
                    x.writeStartElement("bpmn", "conditionExpression", BPMN);
                    x.writeAttribute("xsi", XSI, "type", "bpmn:tFormalExpression");
                    x.writeCharacters(f.condition);
                    x.writeEndElement();
                    nl(x, 2);
                }
                x.writeEndElement();
            }
            nl(x, 1);
            x.writeEndElement();
            diagram(x, d, graph, elements, flows, processId, ids);
            nl(x, 0);
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("BPMN export failed", e);
        }
        return out.toString() + "\n";
    }

    private void taskDetails(XMLStreamWriter x, FlowStep s) throws XMLStreamException {
        StringBuilder doc = new StringBuilder();
        String post = labels.post(s.postId());
        if (post != null) {
            doc.append(post).append("; ");
        }
        if (s.role() != null) {
            doc.append(labels.role(s.role())).append("; ");
        }
        doc.append(labels.amount(s.limit(), s.unit()));
        if (!s.countsTowardLimit()) {
            doc.append(labels.message("flow.svg.not-counted"));
        }
        nl(x, 3);
        x.writeStartElement("bpmn", "documentation", BPMN);
        x.writeCharacters(doc.toString());
        x.writeEndElement();
        nl(x, 3);
        x.writeStartElement("bpmn", "extensionElements", BPMN);
        nl(x, 4);
        x.writeStartElement("sunlight", "step", SUNLIGHT);
        x.writeAttribute("key", String.valueOf(s.key()));
        x.writeAttribute("kind", s.kind() == null ? "" : s.kind().name());
        if (s.limit() != null) {
            x.writeAttribute("limit", String.valueOf(s.limit()));
        }
        if (s.unit() != null) {
            x.writeAttribute("unit", s.unit().name());
        }
        x.writeAttribute("countsTowardLimit", String.valueOf(s.countsTowardLimit()));
        if (s.postId() != null) {
            x.writeAttribute("postId", String.valueOf(s.postId()));
        }
        if (s.role() != null) {
            x.writeAttribute("role", s.role().name());
        }
        for (String document : s.documents()) {
            nl(x, 5);
            x.writeStartElement("sunlight", "document", SUNLIGHT);
            x.writeCharacters(document);
            x.writeEndElement();
        }
        for (Integer r : s.riskPoints()) {
            nl(x, 5);
            x.writeEmptyElement("sunlight", "riskPoint", SUNLIGHT);
            x.writeAttribute("number", String.valueOf(r));
        }
        nl(x, 4);
        x.writeEndElement();
        nl(x, 3);
        x.writeEndElement();
    }

    /** BPMN DI: shapes where the site's layout puts them (tasks 120×80, gateways and events 36). */
    private void diagram(XMLStreamWriter x, FlowDefinition d, FlowGraph graph, List<Element> elements, List<Flow> flows, String processId,
            String[] ids) throws XMLStreamException {
        FlowLayout layout = FlowLayout.of(graph, s -> s.gateway() ? new int[] {50, 50} : new int[] {120, 80});
        Map<String, int[]> bounds = new LinkedHashMap<>();
        bounds.put("start", new int[] {layout.start().x, layout.start().y, 36, 36});
        for (int i = 0; i < d.steps().size(); i++) {
            FlowLayout.Node n = layout.stepNode(i);
            bounds.put(ids[i], new int[] {n.x, n.y, n.w, n.h});
            String suffix = ids[i].substring("step_".length());
            bounds.put("choice_" + suffix, new int[] {n.cx() - 18, n.bottom() + 14, 36, 36});
            bounds.put("end_" + suffix, new int[] {n.right() + 40, n.y + n.h / 2 - 18, 36, 36});
        }
        nl(x, 1);
        x.writeStartElement("bpmndi", "BPMNDiagram", BPMNDI);
        x.writeAttribute("id", "Diagram_" + processId);
        nl(x, 2);
        x.writeStartElement("bpmndi", "BPMNPlane", BPMNDI);
        x.writeAttribute("id", "Plane_" + processId);
        x.writeAttribute("bpmnElement", processId);
        for (Element e : elements) {
            int[] b = bounds.get(e.id);
            nl(x, 3);
            x.writeStartElement("bpmndi", "BPMNShape", BPMNDI);
            x.writeAttribute("id", e.id + "_di");
            x.writeAttribute("bpmnElement", e.id);
            nl(x, 4);
            x.writeEmptyElement("dc", "Bounds", DC);
            x.writeAttribute("x", String.valueOf(b[0]));
            x.writeAttribute("y", String.valueOf(b[1]));
            x.writeAttribute("width", String.valueOf(b[2]));
            x.writeAttribute("height", String.valueOf(b[3]));
            nl(x, 3);
            x.writeEndElement();
        }
        for (Flow f : flows) {
            int[] s = bounds.get(f.source);
            int[] t = bounds.get(f.target);
            nl(x, 3);
            x.writeStartElement("bpmndi", "BPMNEdge", BPMNDI);
            x.writeAttribute("id", f.id + "_di");
            x.writeAttribute("bpmnElement", f.id);
            waypoint(x, s[0] + s[2] / 2, s[1] + s[3]);
            waypoint(x, t[0] + t[2] / 2, t[1]);
            nl(x, 3);
            x.writeEndElement();
        }
        nl(x, 2);
        x.writeEndElement();
        nl(x, 1);
        x.writeEndElement();
    }

    private static void waypoint(XMLStreamWriter x, int px, int py) throws XMLStreamException {
        nl(x, 4);
        x.writeEmptyElement("di", "waypoint", DI);
        x.writeAttribute("x", String.valueOf(px));
        x.writeAttribute("y", String.valueOf(py));
    }

    private static void nl(XMLStreamWriter x, int depth) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
    }
}
