package org.sunlight.organization.web;

import java.util.ArrayList;
import java.util.List;

/**
 * One admin form, described as data so a single template renders every create/rename/move form:
 * a title, where it posts, its labelled fields, the version it edits (hidden) and where "cancel" goes.
 */
record FormPage(String titleKey, String subject, String action, List<Field> fields, Long version, String cancelHref) {

    /** A labelled input: {@code type} is "text" or "select"; {@code hintKey} explains the expected form. */
    record Field(String name, String labelKey, String type, String value, List<Option> options, Integer maxLength,
            boolean required, String hintKey) {
    }

    /** A choice of a select: either a message key (translated) or a ready label (e.g. a region's name). */
    record Option(String value, String labelKey, String label) {

        static Option keyed(String value, String labelKey) {
            return new Option(value, labelKey, null);
        }

        static Option labelled(String value, String label) {
            return new Option(value, null, label);
        }
    }

    static Builder form(String titleKey, String subject, String action, String cancelHref) {
        return new Builder(titleKey, subject, action, cancelHref);
    }

    boolean hasField(String name) {
        return fields.stream().anyMatch(f -> f.name().equals(name));
    }

    static final class Builder {
        private final String titleKey;
        private final String subject;
        private final String action;
        private final String cancelHref;
        private final List<Field> fields = new ArrayList<>();
        private Long version;

        private Builder(String titleKey, String subject, String action, String cancelHref) {
            this.titleKey = titleKey;
            this.subject = subject;
            this.action = action;
            this.cancelHref = cancelHref;
        }

        Builder text(String name, String labelKey, String value, int maxLength, boolean required, String hintKey) {
            fields.add(new Field(name, labelKey, "text", value, List.of(), maxLength, required, hintKey));
            return this;
        }

        Builder select(String name, String labelKey, String value, List<Option> options, boolean required) {
            fields.add(new Field(name, labelKey, "select", value, options, null, required, null));
            return this;
        }

        Builder version(long version) {
            this.version = version;
            return this;
        }

        FormPage build() {
            return new FormPage(titleKey, subject, action, List.copyOf(fields), version, cancelHref);
        }
    }
}
