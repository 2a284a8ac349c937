package org.sunlight.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sunlight.IntegrationTest;
import org.sunlight.MutableClock;
import org.sunlight.common.WorkspaceNotice;
import org.sunlight.common.WorkspaceNoticeProvider;

/**
 * From 1 December the system administrator is warned while next year's national calendar is
 * missing (2027 is not in the seed), and at any time when the current year's is.
 */
@IntegrationTest
class CalendarNoticesTests {

    @Autowired
    MutableClock clock;
    @Autowired
    List<WorkspaceNoticeProvider> providers;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private List<WorkspaceNotice> notices(String... roles) {
        return providers.stream().flatMap(p -> p.notices(Set.of(roles)).stream())
                .filter(n -> n.messageKey().startsWith("calendar.")).toList();
    }

    private void at(String beijing) {
        clock.set(ZonedDateTime.parse(beijing + "+08:00[Asia/Shanghai]").toInstant());
    }

    @Test
    void quietInNovemberWarnsFromFirstDecember() {
        at("2026-11-30T23:59");
        assertThat(notices("system_admin")).isEmpty();

        at("2026-12-01T00:00");
        assertThat(notices("system_admin")).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("calendar.notice.next-year-missing");
            assertThat(n.args()).containsExactly("2027");
            assertThat(n.level()).isEqualTo("warning");
            assertThat(n.href()).isEqualTo("/admin/calendar?year=2027");
        });
        // Only the administrator who keeps calendars is told.
        assertThat(notices("security_admin", "audit_admin", "handler")).isEmpty();
    }

    @Test
    void noWarningWhenNextYearIsLoaded() {
        // 2025 in December: 2026 is in the seed.
        at("2025-12-15T10:00");
        assertThat(notices("system_admin")).isEmpty();
    }

    @Test
    void aMissingCurrentYearIsAnError() {
        at("2031-03-01T09:00");
        assertThat(notices("system_admin")).extracting(WorkspaceNotice::messageKey)
                .containsExactly("calendar.notice.current-year-missing");
    }

    @Test
    void shownOnTheWorkspacePage() throws Exception {
        at("2026-12-01T09:00");
        mvc.perform(get("/workspace").with(user("sysadmin").roles("SYSTEM_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2027年全国节假日安排尚未载入")))
                .andExpect(content().string(Matchers.containsString("/admin/calendar?year=2027")));
        clock.reset();
        mvc.perform(get("/workspace").with(user("sysadmin").roles("SYSTEM_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("2027年全国节假日安排尚未载入"))));
    }
}
