package org.sunlight.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionTests {

    private static Map<String, Object> vars(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void comparesNumbersByValueWhateverTheirJavaType() {
        Condition c = Condition.parse("fine >= 50000");
        assertThat(c.test(vars("fine", 50000))).isTrue();
        assertThat(c.test(vars("fine", 50000L))).isTrue();
        assertThat(c.test(vars("fine", new BigDecimal("50000.00")))).isTrue();
        assertThat(c.test(vars("fine", 49999.99))).isFalse();
        assertThat(Condition.parse("fine == 50000").test(vars("fine", new BigDecimal("5E4")))).isTrue();
    }

    @Test
    void booleansTextAndNull() {
        assertThat(Condition.parse("hearingRequested == true").test(vars("hearingRequested", true))).isTrue();
        assertThat(Condition.parse("hearingRequested").test(vars("hearingRequested", true))).isTrue();
        assertThat(Condition.parse("hearingRequested").test(vars("hearingRequested", "true"))).as("only the boolean true is true").isFalse();
        assertThat(Condition.parse("!hearingRequested").test(vars())).isTrue();
        assertThat(Condition.parse("level == '严重'").test(vars("level", "严重"))).isTrue();
        assertThat(Condition.parse("level != \"轻微\"").test(vars("level", "严重"))).isTrue();
        assertThat(Condition.parse("level == null").test(vars())).isTrue();
        assertThat(Condition.parse("违法金额 > 1000").test(vars("违法金额", 2000))).as("Chinese variable names").isTrue();
        assertThat(Condition.parse("party.type == 'ORG'").test(vars("party.type", "ORG"))).isTrue();
    }

    @Test
    void logicWithPrecedenceAndWords() {
        Condition c = Condition.parse("major && !simple || fine > 100000");
        assertThat(c.test(vars("major", true, "simple", false))).isTrue();
        assertThat(c.test(vars("major", true, "simple", true))).isFalse();
        assertThat(c.test(vars("major", false, "fine", 200000))).isTrue();
        Condition words = Condition.parse("not (a and b) or c");
        assertThat(words.test(vars("a", true, "b", true))).isFalse();
        assertThat(words.test(vars("a", true, "b", false))).isTrue();
        assertThat(words.test(vars("a", true, "b", true, "c", true))).isTrue();
        assertThat(c.variables()).containsExactly("fine", "major", "simple");
    }

    @Test
    void mismatchedTypesNeverSelectAndNeverFail() {
        Condition c = Condition.parse("fine >= 50000");
        assertThat(c.test(vars("fine", "a lot"))).isFalse();
        assertThat(c.test(vars())).isFalse();
        assertThat(c.test(vars("fine", Double.NaN))).isFalse();
        assertThat(Condition.parse("fine < 50000").test(vars())).as("null is not less than anything").isFalse();
    }

    @ParameterizedTest(name = "{0} → {1} at {2}")
    @CsvSource(delimiter = '|', value = {
            "fine >=          | flow.condition.incomplete     | 8",
            "fine = 5         | flow.condition.single-equals  | 6",
            "a & b            | flow.condition.single-logic   | 3",
            "(a == 1          | flow.condition.missing-paren  | 8",
            "a == 1)          | flow.condition.unopened-paren | 7",
            "name == 'x       | flow.condition.unclosed-text  | 9",
            "fine >= 5.0.1    | flow.condition.bad-number     | 9",
            "fine >= 12abc    | flow.condition.bad-number     | 9",
            "50000            | flow.condition.not-boolean    | 1",
            "a && 5           | flow.condition.not-boolean    | 6",
            "a > true         | flow.condition.bad-compare    | 3",
            "a # b            | flow.condition.unexpected     | 3",
            "a == 1 b         | flow.condition.unexpected     | 8",
            "and              | flow.condition.unexpected     | 1",
            "java.lang.System.exit(0) | flow.condition.unexpected | 22"})
    void badConditionsNameWhatAndWhere(String text, String code, int position) {
        assertThatThrownBy(() -> Condition.parse(text))
                .isInstanceOfSatisfying(ConditionSyntaxException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.position()).isEqualTo(position);
                });
    }

    @Test
    void limitsLengthAndDepth() {
        assertThatThrownBy(() -> Condition.parse("a == 1 && ".repeat(40) + "b")).isInstanceOfSatisfying(ConditionSyntaxException.class,
                e -> assertThat(e.code()).isEqualTo("flow.condition.too-long"));
        assertThatThrownBy(() -> Condition.parse("(".repeat(30) + "a" + ")".repeat(30))).isInstanceOfSatisfying(ConditionSyntaxException.class,
                e -> assertThat(e.code()).isEqualTo("flow.condition.too-deep"));
        assertThat(Condition.parse("(".repeat(10) + "a" + ")".repeat(10)).test(vars("a", true))).isTrue();
    }

    /**
     * Property: for any text at all, parsing either succeeds or fails with a ConditionSyntaxException at a
     * position inside the text (never another exception, never a hang), and a parsed condition evaluates
     * without failing for any variables.
     */
    @Test
    void anyTextParsesOrFailsCleanly() {
        Random random = new Random(20261126L);
        String alphabet = "ab fine 0123456789.=!<>&|()'\"_违法 true false null and or not";
        Map<String, Object> values = vars("a", true, "b", 3, "fine", "x", "违法", new BigDecimal("1.5"));
        for (int run = 0; run < 20_000; run++) {
            int len = 1 + random.nextInt(24);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            if (text.isBlank()) {
                continue;
            }
            try {
                Condition c = Condition.parse(text);
                c.test(values);
                c.test(Map.of());
            } catch (ConditionSyntaxException e) {
                assertThat(e.position()).as("position for [%s]", text).isBetween(1, text.length() + 1);
            } catch (RuntimeException e) {
                throw new AssertionError("unexpected " + e + " for input [" + text + "] (run " + run + ")", e);
            }
        }
    }
}
