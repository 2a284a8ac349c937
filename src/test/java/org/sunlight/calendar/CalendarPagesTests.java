package org.sunlight.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.sunlight.IntegrationTest;
import org.sunlight.calendar.internal.CalendarAdministration;

/** The public calculator page and the administration page, through MockMvc. */
@IntegrationTest
class CalendarPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    CalendarAdministration admin;

    @Test
    void calculatorShowsTheExplanation() throws Exception {
        mvc.perform(get("/public/deadline").param("start", "2026-09-30").param("limit", "20").param("unit", "WORKING_DAYS")
                        .param("pauseKind", "SUPPLEMENT").param("pauseFrom", "2026-10-12").param("pauseTo", "2026-10-15"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"due-date\">2026-11-09<")))
                .andExpect(content().string(Matchers.containsString("<li>10月1日至7日 国庆节放假</li>")))
                .andExpect(content().string(Matchers.containsString("<li>补正 10月12日至15日 不计时</li>")))
                .andExpect(content().string(Matchers.containsString("<li>截止 11月9日 24:00</li>")));
    }

    @Test
    void calculatorInHoursShowsHoursLeft() throws Exception {
        // The test clock stands at 2026-11-02 09:30 Beijing time.
        mvc.perform(get("/public/deadline").param("start", "2026-11-02T08:00").param("limit", "24").param("unit", "HOURS"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("距截止还有 23 小时")))
                .andExpect(content().string(Matchers.containsString("<li>截止 11月3日 08:00</li>")));
    }

    @Test
    void calculatorIsPublicAndListedInThePublicNavigation() throws Exception {
        mvc.perform(get("/public/deadline"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"deadline-form\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"deadline-result\""))));
        mvc.perform(get("/"))
                .andExpect(content().string(Matchers.containsString("href=\"/public/deadline\"")));
    }

    @Test
    void calculatorShowsErrorsBesideTheirFields() throws Exception {
        mvc.perform(get("/public/deadline").param("start", "2026-09-30").param("limit", "0")
                        .param("pauseKind", "SUPPLEMENT", "SUPPLEMENT").param("pauseFrom", "", "2026-10-15").param("pauseTo", "", "2026-10-12")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"limit-error\">The limit must be a positive whole number<")))
                .andExpect(content().string(Matchers.containsString("id=\"pause1-error\">The pause ends before it starts<")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"deadline-result\""))));
    }

    @Test
    void adminPageForTheSystemAdministratorOnly() throws Exception {
        mvc.perform(get("/admin/calendar").param("year", "2026").with(user("sysadmin").roles("SYSTEM_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("国办发明电〔2025〕7号")))
                .andExpect(content().string(Matchers.containsString("data-date=\"2026-10-10\"")))
                // 365 days - 104 weekend days - 19 weekday holidays + 6 adjusted weekends
                .andExpect(content().string(Matchers.containsString("全年工作日 248 天")));
        mvc.perform(get("/admin/calendar").with(user("handler").roles("HANDLER")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/calendar").with(user("auditor").roles("AUDIT_ADMIN")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
    }

    @Test
    void adminAddsOverridesAndRemovesAnEntry() throws Exception {
        // 2036-03-02 is a Sunday: the city makes it a working day, then takes that back.
        mvc.perform(post("/admin/calendar/entries").param("region", "321000").param("date", "2036-03-02")
                        .param("kind", "WORKING_DAY").param("name", "市级调休测试").param("source", "扬府办测试")
                        .with(user("sysadmin").roles("SYSTEM_ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/calendar?year=2036&region=321000"))
                .andExpect(flash().attribute("message", "已保存 2036-03-02"));
        assertThat(admin.rows("321081", 2036)).singleElement().satisfies(r -> {
            assertThat(r.own()).isFalse();
            assertThat(r.day().regionCode()).isEqualTo("321000");
        });
        mvc.perform(get("/admin/calendar").param("year", "2036").param("region", "321081").with(user("sysadmin").roles("SYSTEM_ADMIN")))
                .andExpect(content().string(Matchers.containsString("继承自 扬州市")));

        mvc.perform(post("/admin/calendar/entries/remove").param("region", "321000").param("date", "2036-03-02")
                        .with(user("sysadmin").roles("SYSTEM_ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(admin.rows("321000", 2036)).isEmpty();
        // removing it again: nothing there, said so
        mvc.perform(post("/admin/calendar/entries/remove").param("region", "321000").param("date", "2036-03-02")
                        .with(user("sysadmin").roles("SYSTEM_ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("failure", "本级在 2036-03-02 没有安排"));
    }

    @Test
    void adminFormErrorsBesideTheirFields() throws Exception {
        mvc.perform(post("/admin/calendar/entries").param("region", "CN").param("date", "2036-02-31")
                        .param("kind", "DAY_OFF").param("name", "")
                        .with(user("sysadmin").roles("SYSTEM_ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"date-error\">日期格式应为 yyyy-MM-dd")))
                .andExpect(content().string(Matchers.containsString("id=\"name-error\">必填<")));
        assertThat(admin.rows("CN", 2036)).isEmpty();
    }

    @Test
    void adminMarksAYear() throws Exception {
        mvc.perform(post("/admin/calendar/years").param("year", "2037").param("loaded", "true").param("source", "")
                        .with(user("sysadmin").roles("SYSTEM_ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("必填")));
        assertThat(admin.yearSource(2037)).isEmpty();
        mvc.perform(post("/admin/calendar/years").param("year", "2037").param("loaded", "true").param("source", "测试通知")
                        .with(user("sysadmin").roles("SYSTEM_ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(admin.yearSource(2037)).contains("测试通知");
        admin.markYear(2037, false, null);
        assertThat(admin.yearSource(2037)).isEmpty();
    }
}
