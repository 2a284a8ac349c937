package org.sunlight.calendar;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.sunlight.IntegrationTest;

/** GET /api/v1/public/deadline: the issue's example, languages, regions and bad input. */
@IntegrationTest
class PublicDeadlineApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theIssueExampleAsJson() throws Exception {
        mvc.perform(get("/api/v1/public/deadline").param("start", "2026-09-30").param("limit", "20")
                        .param("unit", "WORKING_DAYS").param("pause", "2026-10-12/2026-10-15").param("region", "321081"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.due").value("2026-11-09"))
                .andExpect(jsonPath("$.dueInstant").value("2026-11-09T16:00:00Z"))
                .andExpect(jsonPath("$.provisional").value(false))
                .andExpect(jsonPath("$.workingDaysCounted").value(20))
                .andExpect(jsonPath("$.pausedDays").value(4))
                .andExpect(jsonPath("$.region").value("321081"))
                .andExpect(jsonPath("$.regionName").value("仪征市"))
                .andExpect(jsonPath("$.explanation[0]").value("受理日 2026-09-30 不计入"))
                .andExpect(jsonPath("$.explanation").value(hasItems("10月1日至7日 国庆节放假", "10月10日 调休上班，计入",
                        "补正 10月12日至15日 不计时", "第20个工作日为 11月9日", "截止 11月9日 24:00")));
    }

    @Test
    void englishOnRequestAndNationalByDefault() throws Exception {
        mvc.perform(get("/api/v1/public/deadline").param("start", "2026-09-30").param("limit", "20")
                        .param("pause", "2026-10-12/2026-10-15").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.due").value("2026-11-09"))
                .andExpect(jsonPath("$.region").value("CN"))
                .andExpect(jsonPath("$.explanation").value(hasItems("Day of acceptance 2026-09-30 is not counted",
                        "1–7 Oct: National Day holiday, not counted", "Supplement 12–15 Oct: the clock is stopped",
                        "Due by 24:00 on 9 Nov")));
    }

    @Test
    void repeatablePausesKindsNaturalDaysAndExtensions() throws Exception {
        mvc.perform(get("/api/v1/public/deadline").param("start", "2026-02-10").param("limit", "10")
                        .param("unit", "natural_days"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.due").value("2026-02-24"))
                .andExpect(jsonPath("$.unrolledDue").value("2026-02-20"));
        mvc.perform(get("/api/v1/public/deadline").param("start", "2026-03-02").param("limit", "10")
                        .param("pause", "2026-03-04/2026-03-06", "SPECIAL_PROCEDURE:2026-03-05/2026-03-10")
                        .param("extension", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalLimit").value(12))
                .andExpect(jsonPath("$.due").value("2026-03-25"))
                .andExpect(jsonPath("$.explanation").value(hasItem("补正、特别程序 3月4日至10日 不计时")));
    }

    @Test
    void aYearWithoutItsNoticeIsProvisional() throws Exception {
        // 2027's notice is not in the seed: the 2026-12-15 + 20 working days crosses into it.
        mvc.perform(get("/api/v1/public/deadline").param("start", "2026-12-15").param("limit", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.provisional").value(true))
                .andExpect(jsonPath("$.provisionalYears[0]").value(2027))
                .andExpect(jsonPath("$.explanation").value(hasItem(startsWith("2027年节假日安排尚未载入"))));
    }

    @Test
    void badInputNamesEachField() throws Exception {
        mvc.perform(get("/api/v1/public/deadline").param("start", "2026-02-30").param("limit", "0")
                        .param("unit", "FORTNIGHTS").param("pause", "2026-10-12", "2026-10-15/2026-10-12"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("start", "limit", "unit", "pause[0]", "pause[1].to")))
                .andExpect(jsonPath("$.errors[?(@.field == 'start')].message").value("日期格式应为 yyyy-MM-dd，例如 2026-09-30"))
                .andExpect(jsonPath("$.errors[?(@.field == 'limit')].message").value("时限必须是正整数"));
    }

    @Test
    void aPauseBeforeTheStartIsOutsideTheCase() throws Exception {
        mvc.perform(get("/api/v1/public/deadline").param("start", "2026-09-30").param("limit", "20")
                        .param("pause", "2026-09-01/2026-09-05").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pause[0].from"))
                .andExpect(jsonPath("$.errors[0].message").value("The pause begins before the starting day, outside the life of the case"));
    }

    @Test
    void missingStartAndUnknownRegion() throws Exception {
        mvc.perform(get("/api/v1/public/deadline").param("limit", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("start", "limit")));
        mvc.perform(get("/api/v1/public/deadline").param("start", "2026-09-30").param("limit", "-5").param("region", "999999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("region", "limit")))
                .andExpect(jsonPath("$.errors[?(@.field == 'region')].message").value("未知的行政区划代码“999999”"));
    }

    @Test
    void documentedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/public/deadline'].get.summary").value("Compute a deadline"));
    }
}
