package org.sunlight.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sunlight.common.FieldProblem;

/**
 * Checks a new password against the policy: long enough, enough character classes (lower case,
 * upper case, digits, other), and not containing the username. Pure; reports every problem at once.
 */
public final class PasswordRules {

    private PasswordRules() {
    }

    public static List<FieldProblem> check(SecurityPolicy policy, String username, String password, String field) {
        List<FieldProblem> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(FieldProblem.of(field, "error.required"));
            return problems;
        }
        if (password.length() > 128) {
            problems.add(FieldProblem.of(field, "error.too-long", 128));
        }
        if (password.length() < policy.minLength()) {
            problems.add(FieldProblem.of(field, "identity.password.too-short", policy.minLength()));
        }
        if (charClasses(password) < policy.minCharClasses()) {
            problems.add(FieldProblem.of(field, "identity.password.classes", policy.minCharClasses()));
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(FieldProblem.of(field, "identity.password.contains-username"));
        }
        return problems;
    }

    /** How many of the four classes (lower, upper, digit, other) the password uses. */
    static int charClasses(String password) {
        boolean lower = false, upper = false, digit = false, other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
