package org.sunlight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.sunlight.IntegrationTest;

/** Public registration: bad input named per field, duplicates refused, nothing half-saved. */
@IntegrationTest
class RegistrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long accounts(String username) {
        return jdbc.sql("select count(*) from account where username = ?").param(username).query(Long.class).single();
    }

    @Test
    void apiNamesEveryBadField() throws Exception {
        mvc.perform(post("/api/v1/public/accounts").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"a\",\"displayName\":\"\",\"password\":\"short\",\"confirmPassword\":\"other\",\"role\":\"CITIZEN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("username", "displayName", "password", "confirmPassword")));
        assertThat(accounts("a")).isZero();
    }

    @Test
    void aValueOfTheWrongKindIsNamedByItsField() throws Exception {
        mvc.perform(post("/api/v1/public/accounts").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"kinduser\",\"displayName\":\"x\",\"password\":\"Sunlight@2026\","
                                + "\"confirmPassword\":\"Sunlight@2026\",\"role\":\"EMPEROR\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        assertThat(accounts("kinduser")).isZero();
    }

    @Test
    void oversizeNameIsRefused() throws Exception {
        String longName = "名".repeat(101);
        mvc.perform(post("/api/v1/public/accounts").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"oversize_user\",\"displayName\":\"" + longName
                                + "\",\"password\":\"Sunlight@2026\",\"confirmPassword\":\"Sunlight@2026\",\"role\":\"CITIZEN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("displayName"));
        assertThat(accounts("oversize_user")).isZero();
    }

    @Test
    void duplicateUsernameIsAConflictWhateverTheCase() throws Exception {
        mvc.perform(post("/api/v1/public/accounts").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"HANDLER\",\"displayName\":\"重名\",\"password\":\"Sunlight@2026\",\"confirmPassword\":\"Sunlight@2026\",\"role\":\"CITIZEN\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
        assertThat(accounts("HANDLER")).isZero();
    }

    @Test
    void formShowsTheMessageBesideTheField() throws Exception {
        mvc.perform(post("/register").with(csrf()).param("username", "formuser1").param("displayName", "表单用户")
                        .param("password", "abc").param("confirmPassword", "abc").param("role", "citizen"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"password-error\"")))
                .andExpect(content().string(Matchers.containsString("密码至少 10 位")));
        assertThat(accounts("formuser1")).isZero();
    }

    @Test
    void aGoodRegistrationCanSignIn() throws Exception {
        mvc.perform(post("/register").with(csrf()).param("username", "goodcitizen1").param("displayName", "李四")
                        .param("password", "Citizen#2026a").param("confirmPassword", "Citizen#2026a").param("role", "citizen"))
                .andExpect(redirectedUrl("/login?registered"));
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
                .user("goodcitizen1").password("Citizen#2026a")).andExpect(redirectedUrl("/workspace"));
    }
}
