package org.sunlight.casework.web;

/**
 * Who may reach the staff pages of casework (coarse, by role; the services then check post and scope, and
 * the case queries show only the cases the user may see). The three administrators have no business data
 * here (三员分立); applicants have their own pages.
 */
final class CaseAccess {

    static final String STAFF = "hasAnyRole('HANDLER','UNIT_HEAD','LEADER','LEGAL_REVIEWER','SUPERVISOR')";

    static final String TASKS = "hasAnyRole('HANDLER','UNIT_HEAD','LEADER','LEGAL_REVIEWER')";

    static final String HEADS = "hasAnyRole('UNIT_HEAD','LEADER')";

    static final String RECEIVE = "hasRole('HANDLER')";

    static final String FILE = "hasAnyRole('HANDLER','UNIT_HEAD','LEADER')";

    private CaseAccess() {
    }
}
