package org.sunlight.casework.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.unit.DataSize;
import org.sunlight.casework.internal.attachments.AttachmentPolicy;
import org.sunlight.casework.internal.attachments.AttachmentStore;
import org.sunlight.casework.internal.attachments.Upload;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.InvalidInputException;

/**
 * Refusals while streaming, without a database: a refused file never reaches one. A store with a 1 KB
 * limit in its own directory under target/, so "nothing left behind" can be checked file by file.
 */
class AttachmentStreamingTests {

    private Path dir;
    private AttachmentStore store;

    @BeforeEach
    void setUp() throws IOException {
        dir = Files.createDirectories(Path.of("target", "attachment-streaming", UUID.randomUUID().toString()));
        // a database nobody may touch: every call in these tests must be refused before it
        JdbcClient noDatabase = JdbcClient.create(new SimpleDriverDataSource() {
            @Override
            protected java.sql.Connection getConnectionFromDriver(String user, String password) {
                throw new AssertionError("a refused file reached the database");
            }
        });
        store = new AttachmentStore(noDatabase, new AttachmentPolicy(DataSize.ofKilobytes(1), 3), Clock.systemUTC(), dir.toString());
    }

    @Test
    void anEndlessStreamIsCutOffAtTheLimitAndLeavesNothing() throws IOException {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return '%';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) '%');
                served.addAndGet(len);
                return len;
            }
        };

        assertThatThrownBy(() -> store.store("attachments[0]", 1, null, "大文件.pdf", endless, "clerk"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.field()).isEqualTo("attachments[0]");
                            assertThat(p.code()).isEqualTo("casework.attachment.too-large");
                            assertThat(p.args()).containsExactly("大文件.pdf", "0.000977");
                        }));
        assertThat(served.get()).isLessThanOrEqualTo(1024 + 64 * 1024);
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void exactlyAtTheLimitPassesTheSizeCheck() {
        byte[] atLimit = new byte[1024];
        byte[] pdf = Samples.pdf("x");
        System.arraycopy(pdf, 0, atLimit, 0, pdf.length);
        // passes size and type; only the (forbidden) database stops it
        assertThatThrownBy(() -> store.store("f", 1, null, "a.pdf", new ByteArrayInputStream(atLimit), "clerk"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("reached the database");
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void aRenamedProgramIsRefusedAndLeavesNothing() {
        assertThatThrownBy(() -> store.store("attachments[1]", 1, null, "invoice.pdf", new ByteArrayInputStream(Samples.exe()), "clerk"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.field()).isEqualTo("attachments[1]");
                            assertThat(p.code()).isEqualTo("casework.attachment.type-forbidden");
                            assertThat(p.args()[0]).isEqualTo("invoice.pdf");
                        }));
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> store.store("attachments[0]", 1, null, "空.pdf", InputStream.nullInputStream(), "clerk"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("casework.attachment.empty"));
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void aRequestWithOneBadFileStoresNoneAndNamesEveryProblem() {
        List<Upload> uploads = List.of(
                Upload.of("attachments[0]", "ok.pdf", Samples.pdf("ok")),
                Upload.of("attachments[1]", "page.html", Samples.utf8("<html><script>x()</script></html>")),
                Upload.of("attachments[2]", "big.pdf", new byte[2048]),
                Upload.of("attachments[3]", "empty.png", new byte[0]));
        assertThatThrownBy(() -> store.storeAll(1, 7, "attachments", uploads, "clerk"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("attachments", "casework.attachment.too-many"),
                                org.assertj.core.groups.Tuple.tuple("attachments[1]", "casework.attachment.type-forbidden"),
                                org.assertj.core.groups.Tuple.tuple("attachments[2]", "casework.attachment.too-large"),
                                org.assertj.core.groups.Tuple.tuple("attachments[3]", "casework.attachment.empty")));
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void aSizeThatLiedIsCaughtWhileStreaming() {
        // declares 10 bytes, delivers 5000: the pre-check passes, the stream is cut off
        byte[] big = new byte[5000];
        System.arraycopy(Samples.pdf("x"), 0, big, 0, 10);
        Upload liar = new Upload("attachments[0]", "a.pdf", 10, () -> new ByteArrayInputStream(big));
        assertThatThrownBy(() -> store.storeAll(1, null, "attachments", List.of(liar), "clerk"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("casework.attachment.too-large"));
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void storedPathsAreContentAddressed() {
        String sha = "ab" + "cd" + "0".repeat(60);
        assertThat(store.path(sha)).isEqualTo(dir.toAbsolutePath().normalize().resolve("ab/cd/" + sha));
        assertThatThrownBy(() -> store.path("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.path("AB" + "0".repeat(62))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Regular files under a directory (the empty tmp directory does not count). */
    static List<Path> filesIn(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
