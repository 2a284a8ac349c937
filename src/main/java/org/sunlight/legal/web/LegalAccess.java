package org.sunlight.legal.web;

/**
 * Who may reach the register's pages and API (coarse, by role; the service then checks the scope):
 * legal reviewers keep it; legal reviewers, supervisors and leaders read it; any staff role outside
 * the three administrators reads their own certificates and may ask whether officers qualify.
 * The administrators have no business data here (三员分立), citizens only the public list.
 */
final class LegalAccess {

    static final String KEEP = "hasRole('LEGAL_REVIEWER')";

    static final String READ = "hasAnyRole('LEGAL_REVIEWER','SUPERVISOR','LEADER')";

    static final String STAFF = "hasAnyRole('HANDLER','UNIT_HEAD','LEADER','CATALOG_CLERK','LEGAL_REVIEWER','SUPERVISOR')";

    private LegalAccess() {
    }
}
