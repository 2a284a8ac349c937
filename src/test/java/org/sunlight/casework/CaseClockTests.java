package org.sunlight.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunlight.IntegrationTest;
import org.sunlight.MutableClock;
import org.sunlight.calendar.CalendarService;
import org.sunlight.calendar.WorkingCalendar;
import org.sunlight.casework.CaseCommands.ExtensionRequest;
import org.sunlight.casework.CaseCommands.Note;
import org.sunlight.casework.CaseCommands.SpecialProcedureEnd;
import org.sunlight.casework.CaseCommands.SpecialProcedureStart;
import org.sunlight.casework.CaseCommands.SupplementRequest;
import org.sunlight.common.ForbiddenException;
import org.sunlight.common.InvalidInputException;

/** The deadline through real events: acceptance starts it, supplements and special procedures stop it, extensions add to it. */
@IntegrationTest
class CaseClockTests {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    CaseFixture fx;
    @Autowired
    CaseHandling cases;
    @Autowired
    CaseQueries queries;
    @Autowired
    CalendarService calendar;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The last day of the limit: the due instant is the end of that day. */
    private LocalDate due(CaseView c) {
        return LocalDate.ofInstant(c.dueAt().minusNanos(1), BEIJING);
    }

    private int workingDaysBetween(LocalDate from, LocalDate to) {
        WorkingCalendar cal = calendar.calendar("321081");
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            n += cal.isWorkingDay(d) ? 1 : 0;
        }
        return n;
    }

    @Test
    void acceptanceStartsTheClockOnWorkingDays() {
        CaseView c = fx.acceptedLicence();
        LocalDate accepted = LocalDate.ofInstant(c.acceptedAt(), BEIJING);
        assertThat(c.limitUnit()).isEqualTo("WORKING_DAYS");
        assertThat(workingDaysBetween(accepted, due(c))).isEqualTo(c.limit());
        assertThat(queries.deadlineExplanation(fx.actor("wg_handler"), c.id(), Locale.SIMPLIFIED_CHINESE)).isNotEmpty();
    }

    @Test
    void aSupplementStopsTheClockUntilTheMaterialsArrive() {
        CaseView c = fx.acceptedLicence();
        LocalDate before = due(c);
        c = cases.requestSupplement(fx.actor("wg_reviewer"), c.id(),
                new SupplementRequest(c.version(), List.of("物业管理专业人员职业资格证书", "劳动合同"), "请一次性补齐", null));
        assertThat(c.status()).isEqualTo(CaseStatus.SUPPLEMENTING);
        assertThat(c.dueAt()).as("no due date while paused").isNull();
        clock.advance(Duration.ofDays(7)); // Mon 2 Nov → Mon 9 Nov: five working days paused
        c = cases.receiveSupplement(fx.actor("wg_handler"), c.id(), new Note(c.version(), "材料已补齐", null));
        assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(workingDaysBetween(before, due(c))).isEqualTo(5);
    }

    @Test
    void aSpecialProcedureStopsTheClockToo() {
        CaseView c = fx.acceptedLicence();
        LocalDate before = due(c);
        c = cases.startSpecialProcedure(fx.actor("wg_reviewer"), c.id(), new SpecialProcedureStart(c.version(),
                SpecialProcedureKind.EXPERT_REVIEW, "需组织专家对企业管理制度进行评审", "赵志强", 10, null));
        assertThat(c.status()).isEqualTo(CaseStatus.SPECIAL_PROCEDURE);
        clock.advance(Duration.ofDays(14));
        c = cases.endSpecialProcedure(fx.actor("wg_reviewer"), c.id(), new SpecialProcedureEnd(c.version(), "专家评审通过", null, null));
        assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(workingDaysBetween(before, due(c))).isEqualTo(10);
    }

    @Test
    void anExtensionIsALeadersDecisionWithinTheStatutoryTenDays() {
        CaseView c = fx.acceptedLicence();
        LocalDate before = due(c);
        long id = c.id();
        long v = c.version();
        assertThatThrownBy(() -> cases.extend(fx.actor("wg_head"), id, new ExtensionRequest(v, 5, "现场核查需要协调多个部门参与", null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> cases.extend(fx.actor("leader"), id, new ExtensionRequest(v, 11, "现场核查需要协调多个部门参与", null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> cases.extend(fx.actor("leader"), id, new ExtensionRequest(v, 5, "需要", null)))
                .isInstanceOf(InvalidInputException.class);
        c = cases.extend(fx.actor("leader"), id, new ExtensionRequest(v, 5, "现场核查需要协调多个部门参与", null));
        assertThat(workingDaysBetween(before, due(c))).isEqualTo(5);
        assertThat(c.extensions()).extracting(CaseView.Extension::days).containsExactly(5);
    }
}
