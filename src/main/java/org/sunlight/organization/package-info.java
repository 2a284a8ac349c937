/**
 * Organisation: the region tree (GB/T 2260 codes: province › city › county › town), departments
 * in regions, units (科室) in departments, posts in units, and staff placed in units holding posts.
 * Its API: {@link org.sunlight.organization.OrganizationDirectory} (reads, with the view records
 * beside it), {@link org.sunlight.organization.OrganizationAdmin} (the system administrator's
 * changes, audited) and the {@link org.sunlight.organization.OrganizationEvent} records it publishes.
 * Nothing is deleted: regions, departments, units, posts and staff are deactivated.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package org.sunlight.organization;
