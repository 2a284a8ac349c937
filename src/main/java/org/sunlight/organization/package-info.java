/**
 * Organisation: the region tree (GB/T 2260 codes: province › city › county › town), departments
 * in regions, units (科室) in departments, posts in units, and staff placed in units holding posts.
 * Its API is {@link org.sunlight.organization.OrganizationDirectory} and the view records beside it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package org.sunlight.organization;
