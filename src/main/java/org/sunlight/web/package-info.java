/**
 * The web shell: public and workspace layouts, the home page, the workspace landing page,
 * language switching and role-aware navigation assembled from every module's contributions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package org.sunlight.web;
