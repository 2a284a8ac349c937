package org.sunlight.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sunlight.common.FieldProblem;

class PasswordRulesTests {

    private static final SecurityPolicy DEFAULTS = SecurityPolicy.DEFAULTS;

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "wang | Sunlight@2026      | ",
            "wang | sunlight2026x      | identity.password.classes",
            "wang | Short@1            | identity.password.too-short",
            "wang | alllowercaseletters | identity.password.classes",
            "wang | ALLUPPER12345      | identity.password.classes",
            "wang | ALLUPPER12345x     | ",
            "wang | abcdefghij12       | identity.password.classes",
            "wang | Wang@2026xyz       | identity.password.contains-username",
            "wang | xxWANGxx@2026      | identity.password.contains-username",
            "wang | NULL               | error.required",
            "wang | Aa1!               | identity.password.too-short"
    })
    void checksPolicy(String username, String password, String expected) {
        List<FieldProblem> problems = PasswordRules.check(DEFAULTS, username, password, "password");
        if (expected == null) {
            assertThat(problems).as("accepted").isEmpty();
        } else {
            assertThat(problems).extracting(FieldProblem::code).contains(expected);
            assertThat(problems).allMatch(p -> p.field().equals("password"));
        }
    }

    @ParameterizedTest
    @CsvSource({"abc,1", "abcABC,2", "abcABC123,3", "aA1!,4", "密码密码,1", "12345,1", "!!!,1"})
    void countsCharacterClasses(String password, int classes) {
        assertThat(PasswordRules.charClasses(password)).isEqualTo(classes);
    }

    @ParameterizedTest
    @CsvSource({"8,2,Abcdefg1,true", "12,3,Abcdefg1!,false", "12,3,Abcdefg1!xyz,true", "10,4,Abcdefgh12,false"})
    void followsAChangedPolicy(int minLength, int classes, String password, boolean ok) {
        SecurityPolicy policy = new SecurityPolicy(minLength, classes, 5, 15, 30, 0, 0);
        assertThat(PasswordRules.check(policy, "someone", password, "p").isEmpty()).isEqualTo(ok);
    }
}
