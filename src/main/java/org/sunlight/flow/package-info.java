/**
 * Flowcharts (运行流程图): one versioned flow definition per power item version — steps with their
 * posts, roles and time limits, transitions with named outcomes and conditions, parallel split and
 * join (并联) — with templates per category, validation on publication, SVG rendering and BPMN 2.0
 * export.
 * <p>
 * Other modules use {@link org.sunlight.flow.FlowQueries} (which version applies on a date) and
 * {@link org.sunlight.flow.FlowModel} (how a case moves through a version: start steps, allowed
 * transitions, join semantics). Clerks' commands are in {@link org.sunlight.flow.FlowEditing}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Flow")
package org.sunlight.flow;
