package org.sunlight.casework.publicweb;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.sunlight.casework.CaseEventType;
import org.sunlight.casework.CaseLookupResult;
import org.sunlight.casework.CaseStatus;
import org.sunlight.common.FormErrors;
import org.sunlight.common.SunlightException;

/** (Public for the templates' expressions.) Words for statuses, results and steps in the reader's language, and refusals as a form shows them. */
@Component
public class PublicCaseLabels {

    private final MessageSource messages;

    PublicCaseLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String status(CaseStatus status, Locale locale) {
        return status == null ? "" : messages.getMessage(status.key(), null, status.name(), locale);
    }

    /** APPROVED, DENIED, PENALIZED, NOT_PENALIZED, CLOSED, REFUSED, WITHDRAWN, TERMINATED. */
    public String result(String result, Locale locale) {
        return result == null ? null : messages.getMessage("casework-public.result." + result, null, result, locale);
    }

    public String event(CaseEventType type, Locale locale) {
        return messages.getMessage(type.key(), null, type.name(), locale);
    }

    /**
     * The public name of a step: for a step of the flowchart finished (受理, 审查, 决定 …) the step's name; for
     * everything else what happened (申办, 预受理, 补正告知, 撤回 …), even where the event sits at a step (预受理 is
     * recorded at the 受理 step, and would otherwise read as a second 受理).
     */
    public String step(CaseLookupResult.Step step, Locale locale) {
        boolean atStep = FLOW_STEPS.contains(step.type()) && step.stepName() != null && !step.stepName().isBlank();
        return atStep ? step.stepName() : event(step.type(), locale);
    }

    /** The outcome worth showing beside the name: none when it only repeats it (受理 · 受理). */
    public String outcome(CaseLookupResult.Step step, Locale locale) {
        String outcome = step.outcome();
        return outcome == null || outcome.isBlank() || outcome.equals(step(step, locale)) ? null : outcome;
    }

    private static final Set<CaseEventType> FLOW_STEPS = EnumSet.of(CaseEventType.ACCEPTED, CaseEventType.FILED,
            CaseEventType.REFUSED, CaseEventType.STEP_COMPLETED, CaseEventType.DECIDED, CaseEventType.CLOSED);

    /** The form errors of a refusal, as every page shows them. */
    Map<String, String> errors(SunlightException e, Locale locale) {
        return FormErrors.of(e, messages, locale);
    }

    public String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
