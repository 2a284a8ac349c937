package org.sunlight.casework.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.sunlight.calendar.CalendarService;
import org.sunlight.calendar.DeadlineRequest;
import org.sunlight.calendar.Deadlines;
import org.sunlight.calendar.Extension;
import org.sunlight.calendar.LimitUnit;
import org.sunlight.calendar.Pause;
import org.sunlight.calendar.PauseKind;
import org.sunlight.flow.FlowStep;

/**
 * Deadlines (the pure kernel, no explanation text) on the region's working-day calendar: the case's limit counts from acceptance (that day is
 * day zero), skips the finished pauses (补正, 特别程序) and adds the approved extensions.
 */
@Component
class CalendarCaseClock implements CaseClock {

    private final CalendarService calendar;

    CalendarCaseClock(CalendarService calendar) {
        this.calendar = calendar;
    }

    @Override
    public Instant caseDue(CaseFile f) {
        if (f.acceptedAt == null || f.limit < 1 || f.limitUnit == null) {
            return null;
        }
        return Deadlines.compute(calendar.calendar(f.regionCode), request(f)).dueInstant();
    }

    DeadlineRequest request(CaseFile f) {
        List<Pause> pauses = f.pauses.stream()
                .map(p -> Pause.between("SUPPLEMENT".equals(p.kind()) ? PauseKind.SUPPLEMENT : PauseKind.SPECIAL_PROCEDURE,
                        p.from(), p.to()))
                .toList();
        List<Extension> extensions = f.extensions.stream().map(e -> new Extension(e.days(), e.reason())).toList();
        return DeadlineRequest.of(f.acceptedAt, f.limit, LimitUnit.valueOf(f.limitUnit)).withPauses(pauses)
                .withExtensions(extensions);
    }

    @Override
    public Instant stepDue(CaseFile f, FlowStep step, Instant opened) {
        if (step.limit() == null || step.limit() < 1 || step.unit() == null || opened == null) {
            return null;
        }
        return Deadlines.compute(calendar.calendar(f.regionCode),
                DeadlineRequest.of(opened, step.limit(), LimitUnit.valueOf(step.unit().name()))).dueInstant();
    }
}
