/**
 * The applicant's and the public's side of casework: online application (网上申请) with its receipt, 我的办件 with
 * withdrawal, and the public lookup by case number and query code (page and JSON API), with failed lookups
 * slowed down ({@link org.sunlight.casework.publicweb.LookupThrottle}).
 */
package org.sunlight.casework.publicweb;
