package org.sunlight.organization.web;

/**
 * Who may use the organisation API and pages. Reading the tree is open to every staff role (the
 * tree is reference data every workflow needs); changing it is the system administrator's job
 * alone (三员分立). Citizens and organisations see none of it.
 */
final class ApiAccess {

    static final String STAFF = "hasAnyRole('HANDLER','UNIT_HEAD','LEADER','CATALOG_CLERK','LEGAL_REVIEWER','SUPERVISOR',"
            + "'SYSTEM_ADMIN','SECURITY_ADMIN','AUDIT_ADMIN')";

    static final String ADMIN = "hasRole('SYSTEM_ADMIN')";

    private ApiAccess() {
    }
}
