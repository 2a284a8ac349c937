package org.sunlight.catalog.excel;

/** What an import creates: drafts for review (the normal way), or published versions (system and demo only). */
public enum ImportMode {
    DRAFT,
    PUBLISH
}
