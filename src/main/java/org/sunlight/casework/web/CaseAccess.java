package org.sunlight.casework.web;

/**
 * Who may reach the staff pages of casework (coarse, by role, the same sets as the case API; the services then
 * check post and scope, and the case queries show only the cases the user may see). The three administrators
 * have no business data here (三员分立); applicants have their own pages.
 */
final class CaseAccess {

    /** Read a case (supervisors too). */
    static final String READ = "hasAnyRole('HANDLER','UNIT_HEAD','LEADER','LEGAL_REVIEWER','SUPERVISOR')";

    /** Work cases: my tasks, the actions of the case page. */
    static final String WORK = "hasAnyRole('HANDLER','UNIT_HEAD','LEADER','LEGAL_REVIEWER')";

    static final String HEADS = "hasAnyRole('UNIT_HEAD','LEADER')";

    /** Open cases: window receipt and penalty filing. */
    static final String RECEIVE = "hasAnyRole('HANDLER','UNIT_HEAD','LEADER')";

    private CaseAccess() {
    }
}
