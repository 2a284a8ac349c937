package org.sunlight.identity;

import java.util.regex.Pattern;

import org.sunlight.common.Checks;

/** Usernames: 3–32 letters, digits, underscore, dot or hyphen; compared case-insensitively for uniqueness. */
final class UsernameRules {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_.-]{3,32}");

    private UsernameRules() {
    }

    static void check(Checks checks, String username, String field) {
        if (username == null || username.isBlank()) {
            checks.add(org.sunlight.common.FieldProblem.of(field, "error.required"));
        } else if (!FORM.matcher(username).matches()) {
            checks.add(org.sunlight.common.FieldProblem.of(field, "identity.username.form"));
        }
    }
}
