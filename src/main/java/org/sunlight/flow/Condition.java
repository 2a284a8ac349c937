package org.sunlight.flow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A transition's condition: a small, safe expression language over case variables, parsed once and
 * evaluated without any scripting engine.
 *
 * <pre>
 * condition  := or
 * or         := and ( ("||" | "or") and )*
 * and        := not ( ("&amp;&amp;" | "and") not )*
 * not        := ("!" | "not") not | comparison
 * comparison := operand ( ("==" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=") operand )?
 * operand    := number | 'text' | "text" | true | false | null | variable | "(" or ")"
 * </pre>
 *
 * Examples: {@code hearingRequested == true}, {@code fine >= 50000}, {@code major && !simple},
 * {@code level == '严重' or fine > 100000}. A variable name starts with a letter or '_' (Chinese
 * letters too) and may contain digits and dots. A bare variable is true only when its value is the
 * boolean true. Semantics: numbers compare by value (50000 == 50000.00); a missing variable is null;
 * ordering comparisons between values of different types (or with null) are false, never errors, so a
 * badly typed case variable just does not select the transition.
 * Limits: 300 characters, nesting depth 20.
 */
public final class Condition {

    public static final int MAX_LENGTH = 300;
    static final int MAX_DEPTH = 20;

    private final String text;
    private final Node root;
    private final Set<String> variables;

    private Condition(String text, Node root, Set<String> variables) {
        this.text = text;
        this.root = root;
        this.variables = Collections.unmodifiableSet(variables);
    }

    /** Parses {@code text}; throws {@link ConditionSyntaxException} naming the position of the problem. */
    public static Condition parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ConditionSyntaxException("flow.condition.empty", 1, null);
        }
        if (text.length() > MAX_LENGTH) {
            throw new ConditionSyntaxException("flow.condition.too-long", MAX_LENGTH + 1, String.valueOf(MAX_LENGTH));
        }
        Parser parser = new Parser(new Lexer(text).tokens());
        Node root = parser.parseAll();
        if (root instanceof Literal l && !(l.value instanceof Boolean)) {
            throw new ConditionSyntaxException("flow.condition.not-boolean", 1, text.strip());
        }
        return new Condition(text.strip(), root, parser.variables);
    }

    /** Whether the condition holds for these case variables (values: Boolean, Number, String or null). */
    public boolean test(Map<String, ?> values) {
        return Boolean.TRUE.equals(root.eval(values == null ? Map.of() : values));
    }

    /** The variable names the condition reads, sorted. */
    public Set<String> variables() {
        return variables;
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    // ---- evaluation tree ------------------------------------------------------------------------

    private interface Node {
        Object eval(Map<String, ?> values);
    }

    private record Literal(Object value) implements Node {
        public Object eval(Map<String, ?> values) {
            return value;
        }
    }

    private record Variable(String name) implements Node {
        public Object eval(Map<String, ?> values) {
            return normalise(values.get(name));
        }
    }

    private record Not(Node operand) implements Node {
        public Object eval(Map<String, ?> values) {
            return !Boolean.TRUE.equals(operand.eval(values));
        }
    }

    private record And(Node left, Node right) implements Node {
        public Object eval(Map<String, ?> values) {
            return Boolean.TRUE.equals(left.eval(values)) && Boolean.TRUE.equals(right.eval(values));
        }
    }

    private record Or(Node left, Node right) implements Node {
        public Object eval(Map<String, ?> values) {
            return Boolean.TRUE.equals(left.eval(values)) || Boolean.TRUE.equals(right.eval(values));
        }
    }

    private record Compare(String op, Node left, Node right) implements Node {
        public Object eval(Map<String, ?> values) {
            Object a = left.eval(values);
            Object b = right.eval(values);
            return switch (op) {
                case "==" -> same(a, b);
                case "!=" -> !same(a, b);
                default -> ordered(op, a, b);
            };
        }
    }

    private static Object normalise(Object v) {
        if (v == null || v instanceof Boolean || v instanceof String || v instanceof BigDecimal) {
            return v;
        }
        if (v instanceof Number n) {
            try {
                return new BigDecimal(n.toString());
            } catch (NumberFormatException e) {
                return null; // NaN, infinity: not a number a case can hold
            }
        }
        return v.toString();
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static boolean ordered(String op, Object a, Object b) {
        int c;
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            c = x.compareTo(y);
        } else if (a instanceof String x && b instanceof String y) {
            c = x.compareTo(y);
        } else {
            return false;
        }
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    // ---- lexer ----------------------------------------------------------------------------------

    private enum Kind { NUMBER, STRING, NAME, OP, LPAREN, RPAREN, END }

    private record Token(Kind kind, String text, int position) {
    }

    private static final class Lexer {
        private final String s;
        private int i;

        Lexer(String s) {
            this.s = s;
        }

        List<Token> tokens() {
            List<Token> out = new ArrayList<>();
            while (true) {
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (i >= s.length()) {
                    out.add(new Token(Kind.END, "", i + 1));
                    return out;
                }
                out.add(next());
            }
        }

        private Token next() {
            int start = i;
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                String n = s.substring(start, i);
                if (n.chars().filter(ch -> ch == '.').count() > 1 || n.endsWith(".")) {
                    throw new ConditionSyntaxException("flow.condition.bad-number", start + 1, n);
                }
                if (i < s.length() && isNameStart(s.charAt(i))) {
                    throw new ConditionSyntaxException("flow.condition.bad-number", start + 1, n + s.charAt(i));
                }
                return new Token(Kind.NUMBER, n, start + 1);
            }
            if (c == '\'' || c == '"') {
                int close = s.indexOf(c, i + 1);
                if (close < 0) {
                    throw new ConditionSyntaxException("flow.condition.unclosed-text", start + 1, s.substring(start));
                }
                i = close + 1;
                return new Token(Kind.STRING, s.substring(start + 1, close), start + 1);
            }
            if (isNameStart(c)) {
                while (i < s.length() && (isNameStart(s.charAt(i)) || Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                return new Token(Kind.NAME, s.substring(start, i), start + 1);
            }
            if (c == '(') {
                i++;
                return new Token(Kind.LPAREN, "(", start + 1);
            }
            if (c == ')') {
                i++;
                return new Token(Kind.RPAREN, ")", start + 1);
            }
            String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
            switch (two) {
                case "==", "!=", "<=", ">=", "&&", "||" -> {
                    i += 2;
                    return new Token(Kind.OP, two, start + 1);
                }
                default -> {
                }
            }
            switch (c) {
                case '<', '>', '!' -> {
                    i++;
                    return new Token(Kind.OP, String.valueOf(c), start + 1);
                }
                case '=' -> throw new ConditionSyntaxException("flow.condition.single-equals", start + 1, "=");
                case '&', '|' -> throw new ConditionSyntaxException("flow.condition.single-logic", start + 1, String.valueOf(c));
                default -> throw new ConditionSyntaxException("flow.condition.unexpected", start + 1, String.valueOf(c));
            }
        }

        private static boolean isNameStart(char c) {
            return Character.isLetter(c) || c == '_';
        }
    }

    // ---- parser ---------------------------------------------------------------------------------

    private static final class Parser {
        private final List<Token> tokens;
        private final Set<String> variables = new TreeSet<>();
        private int p;
        private int depth;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        Node parseAll() {
            Node n = or();
            Token t = peek();
            if (t.kind != Kind.END) {
                throw new ConditionSyntaxException(t.kind == Kind.RPAREN ? "flow.condition.unopened-paren" : "flow.condition.unexpected",
                        t.position, t.text);
            }
            return n;
        }

        private Node or() {
            Node left = and();
            while (isOp("||") || isWord("or")) {
                p++;
                left = new Or(bool(left), bool(and()));
            }
            return left;
        }

        private Node and() {
            Node left = not();
            while (isOp("&&") || isWord("and")) {
                p++;
                left = new And(bool(left), bool(not()));
            }
            return left;
        }

        private Node not() {
            if (isOp("!") || isWord("not")) {
                p++;
                enter();
                Node operand = bool(not());
                depth--;
                return new Not(operand);
            }
            return comparison();
        }

        private Node comparison() {
            Node left = operand();
            Token t = peek();
            if (t.kind == Kind.OP && List.of("==", "!=", "<", "<=", ">", ">=").contains(t.text)) {
                p++;
                Node right = operand();
                if (!t.text.equals("==") && !t.text.equals("!=")) {
                    rejectUnordered(left, t);
                    rejectUnordered(right, t);
                }
                return new Compare(t.text, left, right);
            }
            return left;
        }

        private Node operand() {
            Token t = peek();
            switch (t.kind) {
                case NUMBER -> {
                    p++;
                    return new Literal(new BigDecimal(t.text));
                }
                case STRING -> {
                    p++;
                    return new Literal(t.text);
                }
                case NAME -> {
                    p++;
                    switch (t.text) {
                        case "true" -> {
                            return new Literal(Boolean.TRUE);
                        }
                        case "false" -> {
                            return new Literal(Boolean.FALSE);
                        }
                        case "null" -> {
                            return new Literal(null);
                        }
                        case "and", "or", "not" -> throw new ConditionSyntaxException("flow.condition.unexpected", t.position, t.text);
                        default -> {
                            variables.add(t.text);
                            return new Variable(t.text);
                        }
                    }
                }
                case LPAREN -> {
                    p++;
                    enter();
                    Node inner = or();
                    depth--;
                    Token close = peek();
                    if (close.kind != Kind.RPAREN) {
                        throw new ConditionSyntaxException("flow.condition.missing-paren", close.position, close.text);
                    }
                    p++;
                    return inner;
                }
                case END -> throw new ConditionSyntaxException("flow.condition.incomplete", t.position, "");
                default -> throw new ConditionSyntaxException("flow.condition.unexpected", t.position, t.text);
            }
        }

        /** Operands of and/or/not must be able to be true or false: a number or text literal cannot. */
        private Node bool(Node n) {
            if (n instanceof Literal l && l.value != null && !(l.value instanceof Boolean)) {
                throw new ConditionSyntaxException("flow.condition.not-boolean", tokens.get(Math.max(0, p - 1)).position,
                        String.valueOf(l.value));
            }
            return n;
        }

        private void rejectUnordered(Node n, Token op) {
            if (n instanceof Literal l && (l.value == null || l.value instanceof Boolean)) {
                throw new ConditionSyntaxException("flow.condition.bad-compare", op.position, op.text);
            }
        }

        private void enter() {
            if (++depth > MAX_DEPTH) {
                throw new ConditionSyntaxException("flow.condition.too-deep", peek().position, String.valueOf(MAX_DEPTH));
            }
        }

        private Token peek() {
            return tokens.get(p);
        }

        private boolean isOp(String op) {
            Token t = peek();
            return t.kind == Kind.OP && t.text.equals(op);
        }

        private boolean isWord(String w) {
            Token t = peek();
            return t.kind == Kind.NAME && t.text.equals(w);
        }
    }
}
