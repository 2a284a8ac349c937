package org.sunlight.catalog.excel;

import org.sunlight.catalog.PowerItemContent;

/**
 * One item as the workbook carries it: its stable code, its number in the department's list and the
 * content of the version. The host unit's name ({@code content.hostUnit().name()}) decides the unit the
 * item is assigned to.
 */
public record CatalogRow(String code, int seqNo, PowerItemContent content) {

    /** The host unit's name, or null when none is given. */
    public String unitName() {
        return content.hostUnit() == null ? null : content.hostUnit().name();
    }
}
