package org.sunlight.casework.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.casework.attachments.Samples.ascii;
import static org.sunlight.casework.attachments.Samples.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockMultipartFile;
import org.sunlight.casework.internal.attachments.ContentSniffer;
import org.sunlight.casework.internal.attachments.ContentSniffer.Source;
import org.sunlight.casework.internal.attachments.FileKind;

/** The kind of a file is told from real bytes of each kind, whatever it is called. */
class ContentSnifferTests {

    static Stream<Arguments> samples() {
        byte[] docx = Samples.docx();
        return Stream.of(
                Arguments.of("pdf", Samples.pdf("x"), FileKind.PDF),
                Arguments.of("png", Samples.image("png"), FileKind.PNG),
                Arguments.of("jpeg", Samples.image("jpeg"), FileKind.JPEG),
                Arguments.of("tiff", Samples.image("tiff"), FileKind.TIFF),
                Arguments.of("ofd", Samples.ofd(), FileKind.OFD),
                Arguments.of("docx", docx, FileKind.DOCX),
                Arguments.of("xlsx", Samples.xlsx(), FileKind.XLSX),
                Arguments.of("pptx", Samples.pptx(), FileKind.PPTX),
                Arguments.of("xls (HSSF)", Samples.xls(), FileKind.XLS),
                Arguments.of("doc (WordDocument stream)", Samples.ole2("WordDocument", "1Table", "\u0005SummaryInformation"), FileKind.DOC),
                Arguments.of("ppt (PowerPoint Document stream)", Samples.ole2("PowerPoint Document", "Current User"), FileKind.PPT),
                Arguments.of("xls with macros", Samples.ole2("Workbook", "_VBA_PROJECT_CUR/"), FileKind.MACRO_OFFICE),
                Arguments.of("doc with macros", Samples.ole2("WordDocument", "1Table", "Macros/"), FileKind.MACRO_OFFICE),
                Arguments.of("docm", Samples.withEntry(docx, "word/vbaProject.bin", new byte[100]), FileKind.MACRO_OFFICE),
                Arguments.of("encrypted docx", Samples.encryptedDocx(), FileKind.ENCRYPTED_OFFICE),
                Arguments.of("msi-like compound file", Samples.ole2("\u4840\u3f3f\u4577", "SummaryInformation"), FileKind.OTHER_OLE2),
                Arguments.of("plain zip", Samples.zip(Map.of("readme.txt", utf8("hello"), "bin/tool.exe", Samples.exe())), FileKind.ARCHIVE),
                Arguments.of("zip with content types but no office part",
                        Samples.zip(Map.of("[Content_Types].xml", utf8("<Types/>"), "other/x.xml", utf8("<x/>"))), FileKind.ARCHIVE),
                Arguments.of("xlsb", Samples.zip(Map.of("[Content_Types].xml", utf8("<Types/>"), "xl/workbook.bin", new byte[10])), FileKind.ARCHIVE),
                Arguments.of("zip without end record", java.util.Arrays.copyOf(docx, docx.length - 30), FileKind.ARCHIVE),
                Arguments.of("empty zip", new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, FileKind.ARCHIVE),
                Arguments.of("exe", Samples.exe(), FileKind.EXECUTABLE),
                Arguments.of("elf", ascii("\u007fELF\u0002\u0001\u0001\u0000"), FileKind.EXECUTABLE),
                Arguments.of("java class", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61}, FileKind.EXECUTABLE),
                Arguments.of("html", utf8("<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>"), FileKind.HTML),
                Arguments.of("html, BOM and blank lines", utf8("\uFEFF\n\n  <HTML><HEAD><TITLE>通知</TITLE></HEAD></HTML>"), FileKind.HTML),
                Arguments.of("html in UTF-16", withBom16("<html><script>x()</script></html>"), FileKind.HTML),
                Arguments.of("script fragment", utf8("<script src=//evil></script>"), FileKind.HTML),
                Arguments.of("svg", utf8("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"), FileKind.SVG),
                Arguments.of("xml", utf8("<?xml version=\"1.0\"?><case><id>1</id></case>"), FileKind.XML),
                Arguments.of("shell script", utf8("#!/bin/sh\nrm -rf /\n"), FileKind.SCRIPT),
                Arguments.of("text", utf8("申请人：张三\r\n事由：占道经营\r\n"), FileKind.TEXT),
                Arguments.of("batch file (text)", utf8("@echo off\r\nformat c:\r\n"), FileKind.TEXT),
                Arguments.of("rtf", utf8("{\\rtf1\\ansi {\\object\\objemb}}"), FileKind.RTF),
                Arguments.of("gif", Samples.image("gif"), FileKind.OTHER_IMAGE),
                Arguments.of("bmp", Samples.image("bmp"), FileKind.OTHER_IMAGE),
                Arguments.of("webp header", ascii("RIFF\u0024\u0000\u0000\u0000WEBPVP8 "), FileKind.OTHER_IMAGE),
                Arguments.of("heic header", ascii("\u0000\u0000\u0000\u0018ftypheic\u0000\u0000\u0000\u0000"), FileKind.OTHER_IMAGE),
                Arguments.of("gzip", new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0}, FileKind.ARCHIVE),
                Arguments.of("rar", ascii("Rar!\u001A\u0007\u0001\u0000"), FileKind.ARCHIVE),
                Arguments.of("7z", new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4}, FileKind.ARCHIVE),
                Arguments.of("binary noise", new byte[] {0, 1, 2, 3, (byte) 0x99, 5, 6}, FileKind.UNKNOWN),
                Arguments.of("empty", new byte[0], FileKind.UNKNOWN),
                Arguments.of("PDF marker after junk", utf8("<html>\n%PDF-1.4"), FileKind.HTML));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void tellsTheKindFromTheBytes(String what, byte[] bytes, FileKind expected) throws IOException {
        assertThat(ContentSniffer.sniff(bytes)).isEqualTo(expected);
        // an upload, read through re-opened streams, is judged the same
        MockMultipartFile upload = new MockMultipartFile("attachments", "anything.pdf", "application/pdf", bytes);
        assertThat(ContentSniffer.sniff(Source.of(upload.getSize(), upload))).isEqualTo(expected);
    }

    @Test
    void aFileOnDiskIsJudgedByContentNotName() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "sniffer-tests"));
        Path fakePdf = dir.resolve("invoice.pdf");
        Files.write(fakePdf, Samples.exe());
        Path realDocx = dir.resolve("photo.jpg");
        Files.write(realDocx, Samples.docx());
        assertThat(ContentSniffer.sniff(fakePdf)).isEqualTo(FileKind.EXECUTABLE);
        assertThat(ContentSniffer.sniff(realDocx)).isEqualTo(FileKind.DOCX);
    }

    @Test
    void onlyAllowedKindsAreAllowed() {
        assertThat(Stream.of(FileKind.values()).filter(FileKind::allowed)).containsExactly(FileKind.PDF, FileKind.OFD,
                FileKind.PNG, FileKind.JPEG, FileKind.TIFF, FileKind.DOC, FileKind.XLS, FileKind.PPT, FileKind.DOCX,
                FileKind.XLSX, FileKind.PPTX);
    }

    /** A zip bomb (200 MB of zeros in 200 KB) is judged from its directory: a few dozen KB are read, nothing is inflated. */
    @Test
    void aZipBombIsNeverInflated() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(utf8("<Types/>"));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(1 << 20);
        AtomicLong read = new AtomicLong();
        Source counting = counting(Source.of(bomb), read);

        assertThat(ContentSniffer.sniff(counting)).isEqualTo(FileKind.DOCX);
        assertThat(read.get()).isLessThan(70_000 + 1024 + 200); // head, the tail holding the end record, the directory
    }

    @Test
    void aHugeOrLoopingDirectoryIsRefusedWithoutReadingIt() throws IOException {
        // end record claiming a 100 MB central directory
        byte[] fake = new byte[4 + 22];
        fake[0] = 'P';
        fake[1] = 'K';
        fake[2] = 3;
        fake[3] = 4;
        int e = 4;
        fake[e] = 'P';
        fake[e + 1] = 'K';
        fake[e + 2] = 5;
        fake[e + 3] = 6;
        fake[e + 10] = 1; // one entry
        putU32(fake, e + 12, 100 << 20);
        AtomicLong read = new AtomicLong();
        assertThat(ContentSniffer.sniff(counting(Source.of(fake), read))).isEqualTo(FileKind.ARCHIVE);
        assertThat(read.get()).isLessThan(100);

        // an OLE2 file whose directory chain points at itself
        byte[] doc = Samples.ole2("WordDocument");
        long firstDir = u32(doc, 0x30);
        long fatSector = u32(doc, 0x4C);
        putU32(doc, (int) ((fatSector + 1) * 512 + firstDir * 4), (int) firstDir);
        assertThat(ContentSniffer.sniff(doc)).isEqualTo(FileKind.OTHER_OLE2);
    }

    @Test
    void aBigSpreadsheetIsStillAnXls() throws IOException {
        // > 109 FAT sectors (7 MB at 512 B sectors): finding the directory's chain needs the DIFAT
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("大表");
            for (int r = 0; r < 60_000; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 12; c++) {
                    row.createCell(c).setCellValue(r * 12.0 + c);
                }
            }
            wb.write(out);
            byte[] bytes = out.toByteArray();
            assertThat(bytes.length).isGreaterThan(109 * 128 * 512);
            assertThat(u32(bytes, 0x48)).as("DIFAT sectors").isPositive();
            assertThat(ContentSniffer.sniff(bytes)).isEqualTo(FileKind.XLS);

            // POI puts the directory first; move it far back, where its FAT entry is found only through the DIFAT
            int dir = (int) u32(bytes, 0x30);
            int far = 115 * 128 + 5; // FAT sector no. 115: the 7th entry of the first DIFAT sector
            assertThat((long) (far + 2) * 512).isLessThan(bytes.length);
            long fatSector = u32(bytes, (int) (u32(bytes, 0x44) + 1) * 512 + (115 - 109) * 4);
            long firstFatSector = u32(bytes, 0x4C);
            assertThat(dir).isLessThan(128);
            assertThat(u32(bytes, (int) (firstFatSector + 1) * 512 + dir * 4)).as("a one-sector directory").isEqualTo(0xFFFFFFFEL);
            System.arraycopy(bytes, (dir + 1) * 512, bytes, (far + 1) * 512, 512);
            java.util.Arrays.fill(bytes, (dir + 1) * 512, (dir + 2) * 512, (byte) 0);
            putU32(bytes, 0x30, far);
            putU32(bytes, (int) (fatSector + 1) * 512 + (far % 128) * 4, 0xFFFFFFFE);
            assertThat(ContentSniffer.sniff(bytes)).isEqualTo(FileKind.XLS);
        }
    }

    private static Source counting(Source inner, AtomicLong read) {
        return new Source() {
            @Override
            public long size() throws IOException {
                return inner.size();
            }

            @Override
            public int read(long pos, byte[] buf, int off, int len) throws IOException {
                int n = inner.read(pos, buf, off, len);
                read.addAndGet(Math.max(0, n));
                return n;
            }
        };
    }

    private static byte[] withBom16(String s) {
        byte[] body = s.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] b = new byte[body.length + 2];
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xFE;
        System.arraycopy(body, 0, b, 2, body.length);
        return b;
    }

    private static void putU32(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
