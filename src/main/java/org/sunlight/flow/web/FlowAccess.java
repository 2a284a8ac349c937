package org.sunlight.flow.web;

/**
 * Who may use the flowchart API and pages. Published flowcharts are readable by every staff role
 * that works with cases or the catalog (and by the public as SVG); drafts and every change belong to
 * the catalog clerk of the item's department or unit (checked per item in the service). The three
 * administrators see no business data.
 */
final class FlowAccess {

    static final String STAFF = "hasAnyRole('HANDLER','UNIT_HEAD','LEADER','CATALOG_CLERK','LEGAL_REVIEWER','SUPERVISOR')";
    static final String CLERK = "hasRole('CATALOG_CLERK')";

    private FlowAccess() {
    }
}
