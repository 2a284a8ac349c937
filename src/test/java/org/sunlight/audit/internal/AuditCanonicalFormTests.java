package org.sunlight.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class AuditCanonicalFormTests {

    static final Instant AT = Instant.parse("2026-11-02T01:30:00Z");

    static EntryContent sample() {
        return new EntryContent(AT, "alice", "system_admin", "region.create", "region", "320000", null,
                "{\"name\":\"江苏省\"}", "127.0.0.1", true);
    }

    @Test
    void exactTextOfVersionOne() {
        assertThat(AuditCanonicalForm.of(sample())).isEqualTo("""
                sunlight-audit-v1
                occurred_at=2026-11-02T01:30:00.000000Z
                actor="alice"
                role="system_admin"
                action="region.create"
                object_type="region"
                object_id="320000"
                before=null
                after="{\\"name\\":\\"江苏省\\"}"
                client_address="127.0.0.1"
                success=true
                """);
    }

    @Test
    void sm3KnownAnswer() {
        // GB/T 32905-2016, example 1
        assertThat(Sm3.hex("abc")).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void hashIsSm3OfPreviousHashFollowedByCanonicalText() {
        String prev = "ab".repeat(32);
        assertThat(AuditCanonicalForm.hash(prev, sample())).isEqualTo(Sm3.hex(prev + AuditCanonicalForm.of(sample())))
                .hasSize(64).matches("[0-9a-f]{64}");
        assertThat(AuditCanonicalForm.hash(AuditCanonicalForm.GENESIS, sample())).isNotEqualTo(AuditCanonicalForm.hash(prev, sample()));
    }

    @Test
    void instantsAreUtcWithExactlySixFractionalDigits() {
        assertThat(AuditCanonicalForm.instant(Instant.parse("1970-01-01T00:00:00Z"))).isEqualTo("1970-01-01T00:00:00.000000Z");
        assertThat(AuditCanonicalForm.instant(Instant.parse("2026-02-16T23:59:59.123456Z"))).isEqualTo("2026-02-16T23:59:59.123456Z");
        assertThat(AuditCanonicalForm.instant(Instant.parse("1969-12-31T23:59:59.5Z"))).isEqualTo("1969-12-31T23:59:59.500000Z");
    }

    @Test
    void contentKeepsMicrosecondsOnlySoDatabaseRoundTripsHashTheSame() {
        EntryContent nanos = new EntryContent(Instant.parse("2026-11-02T01:30:00.123456789Z"), "a", null, "x", null, null, null, null, null, true);
        EntryContent micros = new EntryContent(Instant.parse("2026-11-02T01:30:00.123456Z"), "a", null, "x", null, null, null, null, null, true);
        assertThat(nanos).isEqualTo(micros);
        assertThat(AuditCanonicalForm.of(nanos)).contains("occurred_at=2026-11-02T01:30:00.123456Z\n");
    }

    @Test
    void nullEmptyAndTheWordNullAreThreeDifferentValues() {
        String nul = AuditCanonicalForm.of(withActor(null));
        String empty = AuditCanonicalForm.of(withActor(""));
        String word = AuditCanonicalForm.of(withActor("null"));
        assertThat(nul).contains("\nactor=null\n");
        assertThat(empty).contains("\nactor=\"\"\n");
        assertThat(word).contains("\nactor=\"null\"\n");
    }

    @Test
    void escapesKeepEveryFieldOnOneLine() {
        assertThat(AuditCanonicalForm.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(AuditCanonicalForm.quote("l1\nl2\r\t\b\f")).isEqualTo("\"l1\\nl2\\r\\t\\b\\f\"");
        assertThat(AuditCanonicalForm.quote("\u0000\u001f\u007f\u2028\u2029")).isEqualTo("\"\\u0000\\u001f\\u007f\\u2028\\u2029\"");
        assertThat(AuditCanonicalForm.quote("中文😀")).isEqualTo("\"中文😀\"");
        assertThat(AuditCanonicalForm.quote("x\ud800y\udc00")).isEqualTo("\"x\\ud800y\\udc00\"");
        // a value cannot fake the next field
        EntryContent forged = new EntryContent(AT, "alice\"\nrole=\"leader", null, "a", null, null, null, null, null, true);
        assertThat(AuditCanonicalForm.of(forged).lines()).hasSize(11);
        assertThat(AuditCanonicalForm.of(forged)).contains("\nrole=null\n");
    }

    @Test
    void everyFieldCounts() {
        EntryContent base = sample();
        List<EntryContent> variants = List.of(
                new EntryContent(AT.plusNanos(1000), base.actor(), base.role(), base.action(), base.objectType(), base.objectId(), base.before(), base.after(), base.clientAddress(), base.success()),
                new EntryContent(AT, "bob", base.role(), base.action(), base.objectType(), base.objectId(), base.before(), base.after(), base.clientAddress(), base.success()),
                new EntryContent(AT, base.actor(), "leader", base.action(), base.objectType(), base.objectId(), base.before(), base.after(), base.clientAddress(), base.success()),
                new EntryContent(AT, base.actor(), base.role(), "region.rename", base.objectType(), base.objectId(), base.before(), base.after(), base.clientAddress(), base.success()),
                new EntryContent(AT, base.actor(), base.role(), base.action(), "unit", base.objectId(), base.before(), base.after(), base.clientAddress(), base.success()),
                new EntryContent(AT, base.actor(), base.role(), base.action(), base.objectType(), "321000", base.before(), base.after(), base.clientAddress(), base.success()),
                new EntryContent(AT, base.actor(), base.role(), base.action(), base.objectType(), base.objectId(), "{}", base.after(), base.clientAddress(), base.success()),
                new EntryContent(AT, base.actor(), base.role(), base.action(), base.objectType(), base.objectId(), base.before(), "{}", base.clientAddress(), base.success()),
                new EntryContent(AT, base.actor(), base.role(), base.action(), base.objectType(), base.objectId(), base.before(), base.after(), "10.0.0.1", base.success()),
                new EntryContent(AT, base.actor(), base.role(), base.action(), base.objectType(), base.objectId(), base.before(), base.after(), base.clientAddress(), false));
        String baseHash = AuditCanonicalForm.hash(AuditCanonicalForm.GENESIS, base);
        for (EntryContent v : variants) {
            assertThat(AuditCanonicalForm.hash(AuditCanonicalForm.GENESIS, v)).as("changed %s", v).isNotEqualTo(baseHash);
        }
    }

    /** Property: the canonical form parses back to the same content, so no two contents share a form. */
    @Test
    void roundTripsForRandomContent() {
        Random random = new Random(20261102L);
        for (int i = 0; i < 3000; i++) {
            EntryContent c = new EntryContent(Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(1_000_000) * 1000L),
                    text(random), text(random), text(random), text(random), text(random), text(random), text(random), text(random),
                    random.nextBoolean());
            String form = AuditCanonicalForm.of(c);
            assertThat(CanonicalParser.parse(form)).as("content %s, form %s", c, form).isEqualTo(c);
        }
    }

    private static final String[] PIECES = {"a", "Z", "0", "=", "\"", "\\", "\n", "\r", "\t", "\u0000", "\u001f", "null",
            " ", "中", "😀", "\u2028", "\\u0041", "\ud800", "\udc00", "actor=", "é"};

    static String text(Random random) {
        if (random.nextInt(5) == 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static EntryContent withActor(String actor) {
        return new EntryContent(AT, actor, null, "a", null, null, null, null, null, true);
    }

    /** A reader of the canonical form, written from its specification only (test side). */
    static final class CanonicalParser {

        static EntryContent parse(String form) {
            assertThat(form).endsWith("\n");
            List<String> lines = new ArrayList<>(List.of(form.split("\n", -1)));
            lines.remove(lines.size() - 1);
            assertThat(lines).hasSize(11);
            assertThat(lines.get(0)).isEqualTo("sunlight-audit-v1");
            String[] names = {"occurred_at", "actor", "role", "action", "object_type", "object_id", "before", "after", "client_address", "success"};
            String[] values = new String[names.length];
            for (int i = 0; i < names.length; i++) {
                String line = lines.get(i + 1);
                assertThat(line).startsWith(names[i] + "=");
                values[i] = line.substring(names[i].length() + 1);
            }
            return new EntryContent(Instant.parse(values[0]), unquote(values[1]), unquote(values[2]), unquote(values[3]),
                    unquote(values[4]), unquote(values[5]), unquote(values[6]), unquote(values[7]), unquote(values[8]),
                    Boolean.parseBoolean(values[9]));
        }

        static String unquote(String v) {
            if (v.equals("null")) {
                return null;
            }
            assertThat(v).startsWith("\"").endsWith("\"");
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i < v.length() - 1; i++) {
                char ch = v.charAt(i);
                assertThat(ch).as("raw quote or control in %s", v).isNotEqualTo('"').isGreaterThanOrEqualTo(' ');
                if (ch != '\\') {
                    sb.append(ch);
                    continue;
                }
                char e = v.charAt(++i);
                switch (e) {
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(v.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> throw new AssertionError("bad escape in " + v);
                }
            }
            return sb.toString();
        }
    }
}
