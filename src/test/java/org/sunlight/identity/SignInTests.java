package org.sunlight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.sunlight.IntegrationTest;
import org.sunlight.MutableClock;

/** Sign-in, the generic failure message, lockout and unlock, idle timeout, sign-out: all audited. */
@IntegrationTest
class SignInTests {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String PASSWORD = "Sunlight@2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    PublicRegistration registration;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String newCitizen() {
        String username = "signin" + SEQ.incrementAndGet() + "_" + System.nanoTime() % 100000;
        registration.register(new Registration(username, "测试用户", PASSWORD, PASSWORD, Role.CITIZEN, null));
        return username;
    }

    private MockHttpSession failLogin(String username, String password) throws Exception {
        MvcResult r = mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/login?error")).andReturn();
        return (MockHttpSession) r.getRequest().getSession();
    }

    private long auditCount(String action, String actor) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and actor = ?").params(action, actor)
                .query(Long.class).single();
    }

    @Test
    void demoAccountSignsInAndLandsInItsWorkspace() throws Exception {
        mvc.perform(formLogin("/login").user("handler").password(PASSWORD))
                .andExpect(redirectedUrl("/workspace"));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameGenericMessage() throws Exception {
        String username = newCitizen();
        MockHttpSession s1 = failLogin(username, "Wrong@password1");
        String page1 = mvc.perform(get("/login").param("error", "").session(s1)).andReturn().getResponse().getContentAsString();
        MockHttpSession s2 = failLogin("nobody-" + username, "Wrong@password1");
        String page2 = mvc.perform(get("/login").param("error", "").session(s2)).andReturn().getResponse().getContentAsString();
        assertThat(page1).contains("用户名或密码错误");
        assertThat(page2).contains("用户名或密码错误");
        assertThat(auditCount("login.failure", username)).isEqualTo(1);
        assertThat(auditCount("login.failure", "nobody-" + username)).isEqualTo(1);
    }

    @Test
    void fiveFailuresLockFor15MinutesThenTheRightPasswordWorks() throws Exception {
        String username = newCitizen();
        for (int i = 0; i < 5; i++) {
            failLogin(username, "Wrong@password" + i);
        }
        assertThat(auditCount("account.lockout", username)).isEqualTo(1);
        // Locked: even the right password is refused, and the page says until when (Beijing time).
        MockHttpSession locked = failLogin(username, PASSWORD);
        mvc.perform(get("/login").param("error", "").session(locked))
                .andExpect(content().string(Matchers.containsString("2026-11-02 09:45")));
        clock.advance(Duration.ofMinutes(14));
        failLogin(username, PASSWORD);
        clock.advance(Duration.ofMinutes(2));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/workspace"));
    }

    @Test
    void fourFailuresThenSuccessResetTheCount() throws Exception {
        String username = newCitizen();
        for (int i = 0; i < 4; i++) {
            failLogin(username, "Wrong@password" + i);
        }
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/workspace"));
        for (int i = 0; i < 4; i++) {
            failLogin(username, "Wrong@password" + i);
        }
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/workspace"));
        assertThat(auditCount("account.lockout", username)).isZero();
    }

    @Test
    void idleSessionEndsAfter30Minutes() throws Exception {
        String username = newCitizen();
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andReturn().getRequest().getSession();
        clock.advance(Duration.ofMinutes(29));
        mvc.perform(get("/workspace").session(session)).andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(29)); // 29 idle minutes since the last request: still alive
        mvc.perform(get("/workspace").session(session)).andExpect(status().isOk());
        clock.advance(Duration.ofMinutes(31));
        mvc.perform(get("/workspace").session(session).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login?expired"));
        assertThat(auditCount("session.idle-timeout", username)).isEqualTo(1);
    }

    @Test
    void signOutEndsTheSession() throws Exception {
        String username = newCitizen();
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/logout").session(session).accept(MediaType.TEXT_HTML)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/workspace").session(session).accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        assertThat(auditCount("logout", username)).isEqualTo(1);
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                .param("username", "handler").param("password", PASSWORD)).andExpect(status().isForbidden());
    }
}
