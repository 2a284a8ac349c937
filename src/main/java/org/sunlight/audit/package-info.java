/**
 * Audit trail (全程留痕): every state-changing action appends an entry to an SM3 hash chain that the
 * application only ever inserts into. Its API is {@link org.sunlight.audit.AuditTrail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.sunlight.audit;
