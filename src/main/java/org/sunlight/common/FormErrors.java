package org.sunlight.common;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * Turns a refusal into what a form shows: a message per field (beside the field) and, under the key
 * {@code _form}, the overall reason when no single field is to blame.
 */
public final class FormErrors {

    public static final String FORM = "_form";

    private FormErrors() {
    }

    public static Map<String, String> of(SunlightException e, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            errors.merge(p.field(), messages.getMessage(p.code(), p.args(), p.defaultMessage(), locale), (a, b) -> a + "；" + b);
        }
        if (errors.isEmpty() || !(e instanceof InvalidInputException)) {
            errors.put(FORM, messages.getMessage(e.code(), e.args(), e.code(), locale));
        }
        return errors;
    }
}
