package org.sunlight.casework.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.util.unit.DataSize;
import org.sunlight.casework.internal.attachments.AttachmentPolicy;
import org.sunlight.casework.internal.attachments.FileKind;
import org.sunlight.common.FieldProblem;

/** Limits and file names. */
class AttachmentPolicyTests {

    private final AttachmentPolicy policy = new AttachmentPolicy(DataSize.ofMegabytes(20), 20);

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("现场照片.jpg", "现场照片.jpg"),
                Arguments.of("C:\\Users\\张三\\Desktop\\申请书.docx", "申请书.docx"),
                Arguments.of("/etc/passwd", "passwd"),
                Arguments.of("../../立案审批表.pdf", "立案审批表.pdf"),
                Arguments.of("  报告 .pdf  ", "报告 .pdf"),
                Arguments.of("a\tb\r\nc.pdf", "a b c.pdf"),
                Arguments.of("决定书\u3000（盖章）.pdf", "决定书 （盖章）.pdf"),
                Arguments.of("invoice\u202Efdp.exe", "invoicefdp.exe"),
                Arguments.of("x\u0000y\u0007\u007f.pdf", "xy.pdf"),
                Arguments.of("who<are>you?:*|.pdf", "who_are_you____.pdf"),
                Arguments.of("...", "attachment"),
                Arguments.of("", "attachment"),
                Arguments.of(" \t ", "attachment"),
                Arguments.of("e\u0301.pdf", "\u00e9.pdf"),
                Arguments.of("bad\uD800half.pdf", "badhalf.pdf"));
    }

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @MethodSource("names")
    void sanitisesNames(String raw, String expected) {
        assertThat(AttachmentPolicy.sanitize(raw)).isEqualTo(expected);
    }

    @Test
    void missingNameBecomesDefault() {
        assertThat(AttachmentPolicy.sanitize(null)).isEqualTo("attachment");
        assertThat(AttachmentPolicy.nameFor(null, FileKind.PDF)).isEqualTo("attachment.pdf");
    }

    @Test
    void longNamesAreCutKeepingTheExtension() {
        String longName = "关于".repeat(100) + ".pdf";
        String cut = AttachmentPolicy.sanitize(longName);
        assertThat(cut).hasSize(120).endsWith("关于.pdf");
        // code points, not chars: a surrogate pair is never split
        String emoji = "\uD83D\uDCC4".repeat(130) + ".pdf";
        String cutEmoji = AttachmentPolicy.sanitize(emoji);
        assertThat(cutEmoji.codePointCount(0, cutEmoji.length())).isEqualTo(120);
        assertThat(cutEmoji).endsWith("\uD83D\uDCC4.pdf");
        assertThat(AttachmentPolicy.nameFor("长".repeat(200), FileKind.DOCX)).hasSize(120).endsWith("长.docx");
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            report.pdf        | PDF  | report.pdf
            REPORT.PDF        | PDF  | REPORT.PDF
            photo.jpeg        | JPEG | photo.jpeg
            photo.JPG         | JPEG | photo.JPG
            scan.tif          | TIFF | scan.tif
            通知.wps          | DOC  | 通知.wps
            台账.et           | XLS  | 台账.et
            report.pdf        | PNG  | report.png
            setup.exe         | PDF  | setup.pdf
            旧表格.xls        | XLSX | 旧表格.xlsx
            决定书.doc        | DOCX | 决定书.docx
            扫描件            | PDF  | 扫描件.pdf
            纪要.2024         | PDF  | 纪要.2024.pdf
            v1.2              | OFD  | v1.2.ofd
            a.tar.gz          | PDF  | a.tar.pdf
            """)
    void correctsTheExtensionToTheContent(String raw, FileKind kind, String expected) {
        assertThat(AttachmentPolicy.nameFor(raw, kind)).isEqualTo(expected);
    }

    @Test
    void refusedKindsHaveNoStoredName() {
        assertThatThrownBy(() -> AttachmentPolicy.nameFor("x.exe", FileKind.EXECUTABLE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sizeAndCountLimits() {
        assertThat(policy.maxBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(policy.checkSize("attachments[0]", "a.pdf", 20L * 1024 * 1024)).isNull();
        FieldProblem tooLarge = policy.checkSize("attachments[2]", "a.pdf", 20L * 1024 * 1024 + 1);
        assertThat(tooLarge.field()).isEqualTo("attachments[2]");
        assertThat(tooLarge.code()).isEqualTo("casework.attachment.too-large");
        assertThat(tooLarge.args()).containsExactly("a.pdf", "20");
        FieldProblem empty = policy.checkSize("attachments[1]", "b.pdf", 0);
        assertThat(empty.code()).isEqualTo("casework.attachment.empty");
        assertThat(empty.args()).containsExactly("b.pdf");
        assertThat(policy.checkCount("attachments", 20)).isNull();
        assertThat(policy.checkCount("attachments", 21).args()).containsExactly(20);
        assertThat(new AttachmentPolicy(DataSize.ofKilobytes(512), 1).maxMegabytes()).isEqualTo("0.5");
        assertThat(new AttachmentPolicy(DataSize.parse("20MB"), 1).maxMegabytes()).isEqualTo("20");
    }

    @Test
    void forbiddenKindNamesWhatTheFileIs() {
        assertThat(policy.checkKind("attachments[0]", "a.pdf", FileKind.PDF)).isNull();
        FieldProblem p = policy.checkKind("attachments[3]", "invoice.pdf", FileKind.EXECUTABLE);
        assertThat(p.code()).isEqualTo("casework.attachment.type-forbidden");
        assertThat(p.args()[0]).isEqualTo("invoice.pdf");
        assertThat(((MessageSourceResolvable) p.args()[1]).getCodes()).containsExactly("casework.attachment.kind.executable");
    }
}
