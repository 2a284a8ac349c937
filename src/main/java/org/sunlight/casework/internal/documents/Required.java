package org.sunlight.casework.internal.documents;

/** Checks of the document records: a missing field is the caller's bug, not the user's input. */
final class Required {

    private Required() {
    }

    static void text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    static void value(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
