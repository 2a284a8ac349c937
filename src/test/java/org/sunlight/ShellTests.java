package org.sunlight;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ShellTests {

    @Autowired
    MockMvc mvc;

    @Test
    void homeIsChineseByDefault() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("阳光权力运行平台")));
    }

    @Test
    void homeSwitchesToEnglish() throws Exception {
        mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Every administrative power, run in the open")));
    }

    @Test
    void languageSwitchKeepsThePageAndItsQuery() throws Exception {
        mvc.perform(get("/public/deadline?start=2026-09-30&limit=20"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/public/deadline?start=2026-09-30&amp;limit=20&amp;lang=en")));
    }

    @Test
    void workspaceNeedsSignIn() throws Exception {
        mvc.perform(get("/workspace").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
    }
}
