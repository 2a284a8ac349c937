package org.sunlight.flow;

/**
 * Unit of a step's time limit; the same names as the deadline clock's units (calendar module), so a
 * case maps them by name. Hours are wall-clock hours (nights and holidays count).
 */
public enum StepUnit {
    WORKING_DAYS,
    NATURAL_DAYS,
    HOURS
}
