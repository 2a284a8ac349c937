package org.sunlight.organization;

/** A post (岗位) in a unit: the place in a flowchart a step is assigned to. */
public record PostView(long id, long unitId, String name, boolean active) {
}
