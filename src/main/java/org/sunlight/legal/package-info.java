/**
 * Legal supervision (法制监督), part 1: the register of enforcement bodies (执法主体) and of the
 * enforcement certificates (执法证) held by enforcement officers (执法人员).
 * <p>
 * Its API for other modules: {@link org.sunlight.legal.EnforcementOfficers} (is this person certified,
 * do these officers qualify for a penalty case, and why not), {@link org.sunlight.legal.OfficerRegister}
 * (the legal reviewer's changes, audited, scoped) with the view records beside them, and the
 * {@link org.sunlight.legal.LegalEvent} records it publishes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legal supervision")
package org.sunlight.legal;
