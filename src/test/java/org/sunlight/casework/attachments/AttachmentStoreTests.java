package org.sunlight.casework.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.IntegrationTest;
import org.sunlight.MutableClock;
import org.sunlight.casework.internal.attachments.AttachmentStore;
import org.sunlight.casework.internal.attachments.FileKind;
import org.sunlight.casework.internal.attachments.StoredAttachment;
import org.sunlight.casework.internal.attachments.Upload;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.InvalidInputException;

/** Stored attachments: row and bytes, SHA-256, shared bytes, all-or-nothing requests, rollback, verification. */
@IntegrationTest
class AttachmentStoreTests {

    @Autowired
    org.sunlight.casework.CaseFixture fx;

    /** Attachments belong to a real case (foreign key). */
    private long newCase() {
        return fx.receiveLicence().id();
    }

    @Autowired
    AttachmentStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;
    @Autowired
    PlatformTransactionManager transactions;
    @Value("${sunlight.casework.attachments.dir}")
    String dir;

    @Test
    void storingWritesTheRowAndTheBytes() throws Exception {
        long caseId = newCase();
        byte[] pdf = Samples.pdf(UUID.randomUUID().toString());

        StoredAttachment a = store.storeAll(caseId, 3, "attachments",
                Upload.ofFiles("attachments", List.of(new MockMultipartFile("attachments", "立案审批表.pdf", "text/html", pdf))),
                "zhang.san").get(0);

        assertThat(a.caseId()).isEqualTo(caseId);
        assertThat(a.eventSeq()).isEqualTo(3);
        assertThat(a.fileName()).isEqualTo("立案审批表.pdf");
        assertThat(a.mediaType()).isEqualTo("application/pdf"); // sniffed; the client's text/html is ignored
        assertThat(a.kind()).isEqualTo(FileKind.PDF);
        assertThat(a.sizeBytes()).isEqualTo(pdf.length);
        assertThat(a.sha256()).isEqualTo(sha256(pdf));
        assertThat(a.uploadedAt()).isEqualTo(MutableClock.START);
        assertThat(a.uploadedBy()).isEqualTo("zhang.san");

        assertThat(store.find(a.id())).contains(a);
        assertThat(store.ofCase(caseId)).containsExactly(a);
        Path file = Path.of(dir).toAbsolutePath().normalize()
                .resolve(a.sha256().substring(0, 2)).resolve(a.sha256().substring(2, 4)).resolve(a.sha256());
        assertThat(file).exists().hasBinaryContent(pdf);
        try (InputStream in = store.open(a)) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(store.verify(a)).isTrue();
        assertThat(filesIn(store.temporaryDirectory())).isEmpty();
    }

    @Test
    void theSameBytesAreKeptOnce() {
        byte[] png = withMarker(Samples.image("png"));
        long first = newCase();
        long second = newCase();

        StoredAttachment a = store.store("attachments[0]", first, null, "现场照片.png", new java.io.ByteArrayInputStream(png), "li.si");
        StoredAttachment b = store.store("attachments[0]", second, 1, "photo.PNG", new java.io.ByteArrayInputStream(png), "wang.wu");

        assertThat(b.id()).isNotEqualTo(a.id());
        assertThat(b.sha256()).isEqualTo(a.sha256());
        assertThat(store.path(a.sha256())).hasBinaryContent(png);
        assertThat(filesNamed(a.sha256())).hasSize(1);
        assertThat(jdbc.sql("select count(*) from case_attachment where sha256 = ?").param(a.sha256()).query(Long.class).single()).isEqualTo(2);
        assertThat(store.ofCase(second)).extracting(StoredAttachment::fileName, StoredAttachment::eventSeq)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("photo.PNG", 1));
    }

    @Test
    void theNameFollowsTheContent() {
        long caseId = newCase();
        List<StoredAttachment> stored = store.storeAll(caseId, null, "attachments", List.of(
                Upload.of("attachments[0]", "report.pdf", withMarker(Samples.image("png"))),
                Upload.of("attachments[1]", "C:\\扫描\\通知", Samples.ofd()),
                Upload.of("attachments[2]", "台账.xls", Samples.xlsx())), "clerk");

        assertThat(stored).extracting(StoredAttachment::fileName, StoredAttachment::mediaType).containsExactly(
                org.assertj.core.groups.Tuple.tuple("report.png", "image/png"),
                org.assertj.core.groups.Tuple.tuple("通知.ofd", "application/ofd"),
                org.assertj.core.groups.Tuple.tuple("台账.xlsx", FileKind.XLSX.mediaType()));
        assertThat(store.ofCase(caseId)).isEqualTo(stored);
    }

    @Test
    void aRequestWithABadFileStoresNothing() {
        long caseId = newCase();
        byte[] good = Samples.pdf(UUID.randomUUID().toString());
        List<Path> before = filesIn(Path.of(dir));

        assertThatThrownBy(() -> store.storeAll(caseId, 1, "attachments", Upload.ofFiles("attachments", List.of(
                new MockMultipartFile("attachments", "决定书.pdf", "application/pdf", good),
                new MockMultipartFile("attachments", "发票.pdf", "application/pdf", Samples.exe()),
                new MockMultipartFile("attachments", "图.svg", "image/svg+xml", Samples.utf8("<svg onload='x()'/>")))), "clerk"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("attachments[1]", "attachments[2]");
                    FieldProblem exe = e.problems().get(0);
                    assertThat(messages.getMessage(exe.code(), exe.args(), Locale.SIMPLIFIED_CHINESE))
                            .startsWith("文件“发票.pdf”是可执行程序，不能作为附件");
                    assertThat(messages.getMessage(exe.code(), exe.args(), Locale.ENGLISH))
                            .startsWith("The file \"发票.pdf\" is an executable program and cannot be attached");
                });

        assertThat(store.ofCase(caseId)).isEmpty();
        assertThat(filesIn(Path.of(dir))).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void tooLargeAndTooManyAreRefusedWithTheLimit() {
        long caseId = newCase();
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        byte[] pdf = Samples.pdf("big");
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        assertThatThrownBy(() -> store.storeAll(caseId, null, "attachments", List.of(Upload.of("attachments[0]", "卷宗.pdf", big)), "clerk"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    FieldProblem p = e.problems().get(0);
                    assertThat(messages.getMessage(p.code(), p.args(), Locale.SIMPLIFIED_CHINESE)).isEqualTo("文件“卷宗.pdf”超过了 20 MB 的大小限制");
                });
        List<Upload> many = new java.util.ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(Upload.of("attachments[" + i + "]", i + ".pdf", Samples.pdf("n" + i)));
        }
        assertThatThrownBy(() -> store.storeAll(caseId, null, "attachments", many, "clerk"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("attachments", "casework.attachment.too-many")));
        assertThat(store.ofCase(caseId)).isEmpty();
    }

    @Test
    void aRolledBackTransactionTakesItsNewBytesAlong() {
        long caseId = newCase();
        byte[] docx = withZipComment(Samples.docx());
        String sha = sha256(docx);

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            store.storeAll(caseId, 5, "attachments", List.of(Upload.of("attachments[0]", "笔录.docx", docx)), "clerk");
            assertThat(store.path(sha)).exists();
            throw new IllegalStateException("the case event failed");
        })).hasMessage("the case event failed");

        assertThat(store.ofCase(caseId)).isEmpty();
        assertThat(store.path(sha)).doesNotExist();
    }

    @Test
    void damagedBytesAreNoticed() throws IOException {
        long caseId = newCase();
        byte[] jpeg = withMarker(Samples.image("jpeg"));
        StoredAttachment a = store.store("attachments[0]", caseId, null, "照片.jpg", new java.io.ByteArrayInputStream(jpeg), "clerk");
        byte[] damaged = jpeg.clone();
        damaged[damaged.length - 3] ^= 1;
        Files.write(store.path(a.sha256()), damaged);

        assertThat(store.verify(a)).isFalse();
        try (InputStream in = store.open(a)) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("is damaged");
        }
        Files.delete(store.path(a.sha256()));
        assertThat(store.verify(a)).isFalse();
    }

    /** The same picture with different bytes each run: a JPEG/PNG may carry anything after its end. */
    private static byte[] withMarker(byte[] image) {
        byte[] marker = Samples.ascii(UUID.randomUUID().toString());
        byte[] b = java.util.Arrays.copyOf(image, image.length + marker.length);
        System.arraycopy(marker, 0, b, image.length, marker.length);
        return b;
    }

    /** A docx with a unique zip comment (the end record's comment), so its bytes are new. */
    private static byte[] withZipComment(byte[] zip) {
        byte[] comment = Samples.ascii(UUID.randomUUID().toString());
        byte[] b = java.util.Arrays.copyOf(zip, zip.length + comment.length);
        System.arraycopy(comment, 0, b, zip.length, comment.length);
        b[zip.length - 2] = (byte) comment.length; // the end record's comment length (was 0)
        return b;
    }

    private List<Path> filesNamed(String name) {
        return filesIn(Path.of(dir)).stream().filter(p -> p.getFileName().toString().equals(name)).toList();
    }

    private static List<Path> filesIn(Path root) {
        return AttachmentStreamingTests.filesIn(root);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
