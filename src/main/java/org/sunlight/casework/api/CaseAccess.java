package org.sunlight.casework.api;

/**
 * Who reaches the case API at all (by role; the service then checks post and scope for each case). The three
 * administrators see no cases (三员分立); applicants use the public pages.
 */
final class CaseAccess {

    static final String WORK = "hasAnyRole('HANDLER','UNIT_HEAD','LEADER','LEGAL_REVIEWER')";

    static final String READ = "hasAnyRole('HANDLER','UNIT_HEAD','LEADER','LEGAL_REVIEWER','SUPERVISOR')";

    static final String RECEIVE = "hasAnyRole('HANDLER','UNIT_HEAD','LEADER')";

    private CaseAccess() {
    }
}
