/**
 * Online case handling (网上运行, 办件): the case and its append-only event log, acceptance, the steps of
 * the case's flowchart version, pauses of the clock, decisions with document numbers, penalties with
 * their officers and discretion benchmark, backfilling, and the public lookup by case number and query
 * code. The event log is the truth; the case row and the work queues are projections of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package org.sunlight.casework;
