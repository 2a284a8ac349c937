package org.sunlight.legal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.sunlight.common.FieldProblem;

/**
 * One reason an officer does not qualify, ready to be shown in the user's language:
 * {@code messageKey} with {@code args} (plain strings and dates as yyyy-MM-dd, or message-source
 * resolvables for labels such as the enforcement field). {@code certificateNumber} is null for reasons
 * about the person or the department rather than one certificate.
 */
public record OfficerReason(OfficerProblem problem, String certificateNumber, List<Object> args) {

    public String messageKey() {
        return problem.messageKey();
    }

    /** As a field problem, so a refusal can name the field the officers were entered in. */
    public FieldProblem asFieldProblem(String field) {
        return FieldProblem.of(field, messageKey(), args.toArray());
    }

    public String message(MessageSource messages, Locale locale) {
        return messages.getMessage(messageKey(), args.toArray(), messageKey(), locale);
    }
}
