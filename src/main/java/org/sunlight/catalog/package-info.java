/**
 * Power catalog (权力库, 职权目录): power items, their versions and the level-by-level sign-off, suspend,
 * abolish, delegate, unit assignment, Excel import/export, the public catalog and Chinese search.
 * Other modules use {@link org.sunlight.catalog.CatalogQueries} and listen to the events beside it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.sunlight.catalog;
