package org.sunlight.organization;

/** A unit (科室) of a department. */
public record UnitView(long id, long departmentId, String name, boolean active) {
}
