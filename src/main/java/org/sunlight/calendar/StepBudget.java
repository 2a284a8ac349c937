package org.sunlight.calendar;

/**
 * A step's share of the case limit, in the limit's unit. Budgets are planned one after another
 * from the start: step k is due when the budgets of steps 1..k are used up.
 */
public record StepBudget(String name, int limit) {
}
