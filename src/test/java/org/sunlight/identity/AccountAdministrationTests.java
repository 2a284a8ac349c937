package org.sunlight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.sunlight.IntegrationTest;
import org.sunlight.TestUsers;
import org.sunlight.common.ConflictException;
import org.sunlight.common.InvalidInputException;
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.StaffView;

/** The system administrator opens accounts; the owner must change the initial password at first sign-in. */
@IntegrationTest
class AccountAdministrationTests {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    RoleAdministration roles;
    @Autowired
    OrganizationAdmin organizationAdmin;
    @Autowired
    OrganizationDirectory organization;

    private StaffView newStaff() {
        long unitId = organization.staffNamed("王晓明").get(0).unitId();
        return users.callAs("system_admin", () -> organizationAdmin.createStaff("新同事" + SEQ.incrementAndGet(), unitId).value());
    }

    @Test
    void firstSignInForcesAPasswordChangeThenTheWorkspaceOpens() throws Exception {
        StaffView staff = newStaff();
        String username = "newstaff" + SEQ.incrementAndGet();
        users.runAs("system_admin", () -> accounts.createStaffAccount(new NewStaffAccount(username, staff.id(), null, "Initial#2026")));

        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("Initial#2026"))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/workspace").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isForbidden());

        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "Initial#2026")
                .param("newPassword", "Changed#2026x").param("confirmPassword", "Changed#2026x"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/workspace").session(session)).andExpect(status().isOk());
        mvc.perform(formLogin("/login").user(username).password("Changed#2026x")).andExpect(redirectedUrl("/workspace"));
    }

    @Test
    void theInitialPasswordMustMeetThePolicyAndNothingIsWritten() {
        StaffView staff = newStaff();
        String username = "weakpw" + SEQ.incrementAndGet();
        assertThatThrownBy(() -> users.runAs("system_admin",
                () -> accounts.createStaffAccount(new NewStaffAccount(username, staff.id(), null, "weak"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field()).contains("initialPassword"));
        assertThat(users.callAs("system_admin", () -> accounts.list(username, null, 0, 10))).isEmpty();
    }

    @Test
    void oneAccountPerStaffMember() {
        StaffView staff = newStaff();
        users.runAs("system_admin", () -> accounts.createStaffAccount(new NewStaffAccount("first" + SEQ.incrementAndGet(), staff.id(), null, "Initial#2026")));
        assertThatThrownBy(() -> users.runAs("system_admin",
                () -> accounts.createStaffAccount(new NewStaffAccount("second" + SEQ.incrementAndGet(), staff.id(), null, "Initial#2026"))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aStaleVersionIsAConflict() {
        StaffView staff = newStaff();
        AccountView a = users.callAs("system_admin",
                () -> accounts.createStaffAccount(new NewStaffAccount("stale" + SEQ.incrementAndGet(), staff.id(), null, "Initial#2026")));
        users.runAs("system_admin", () -> accounts.setEnabled(a.id(), a.version(), false));
        assertThatThrownBy(() -> users.runAs("system_admin", () -> accounts.setEnabled(a.id(), a.version(), true)))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void grantedRolesTakeEffectAtTheNextSignIn() throws Exception {
        StaffView staff = newStaff();
        String username = "granted" + SEQ.incrementAndGet();
        AccountView a = users.callAs("system_admin",
                () -> accounts.createStaffAccount(new NewStaffAccount(username, staff.id(), null, "Initial#2026")));
        users.runAs("security_admin", () -> roles.grant(a.id(), a.version(), Role.HANDLER, ScopeKind.UNIT, String.valueOf(staff.unitId())));
        mvc.perform(get("/api/v1/me").with(users.as(username)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden()); // still must change the password
        assertThat(users.callAs("security_admin", () -> accounts.get(a.id())).grants()).extracting(Grant::role).containsExactly(Role.HANDLER);
    }
}
