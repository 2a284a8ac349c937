package org.sunlight.casework.internal.attachments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.InputStreamSource;

/**
 * Tells what a file really is from its bytes, never from its name (the name is only corrected
 * afterwards, see {@link AttachmentPolicy#nameFor}). Pure: no Spring, no state.
 *
 * <p>Rules, in this order:
 * <ul>
 * <li>{@code %PDF-} at byte 0 is {@link FileKind#PDF} (not "somewhere in the first KB", which would let
 *     an HTML page with a PDF tail through); the PNG signature, {@code FF D8 FF} (JPEG) and
 *     {@code II*\0}/{@code MM\0*} (TIFF) likewise.</li>
 * <li>An OLE2 compound file ({@code D0 CF 11 E0 A1 B1 1A E1}) is judged by the streams at its root,
 *     read from its directory sectors only: {@code EncryptedPackage} → encrypted (refused: it cannot be
 *     inspected), {@code Macros}/{@code _VBA_PROJECT_CUR} → macros (refused), then {@code WordDocument} →
 *     DOC, {@code PowerPoint Document} → PPT, {@code Workbook}/{@code Book} → XLS; anything else (an
 *     .msi installer, an Outlook .msg) is refused.</li>
 * <li>A zip ({@code PK\3\4} at byte 0) is judged by the entry names of its central directory, found
 *     from the end record; nothing is ever decompressed, so a zip bomb costs no more than any zip. The
 *     central directory is bounded ({@value #MAX_CENTRAL_DIRECTORY} bytes, {@value #MAX_ZIP_ENTRIES}
 *     entries). {@code OFD.xml} at the root → OFD; {@code [Content_Types].xml} with
 *     {@code word/document.xml} (or any {@code word/} part) → DOCX, {@code xl/} → XLSX,
 *     {@code ppt/} → PPTX (a binary .xlsb workbook is an archive), but a {@code vbaProject.bin} anywhere makes it a macro document
 *     (.docm/.xlsm/.pptm, refused). Any other zip, and a zip whose directory cannot be read, is an archive
 *     (refused).</li>
 * <li>Everything else is refused and only labelled for the message: executables (MZ, ELF, Mach-O, Java
 *     class), archives (rar, 7z, gzip, bzip2, xz), other images (GIF, BMP, WebP, HEIC/AVIF), RTF, and text:
 *     {@code #!} scripts, SVG, HTML, other markup, plain text.</li>
 * </ul>
 */
public final class ContentSniffer {

    /** Bytes looked at for signatures and for the text/markup decision. */
    static final int HEAD = 1024;
    static final int MAX_CENTRAL_DIRECTORY = 4 * 1024 * 1024;
    static final int MAX_ZIP_ENTRIES = 20_000;
    /** Directory sectors read from an OLE2 file (512 B sectors: 2048 entries). */
    static final int MAX_OLE2_DIRECTORY_SECTORS = 512;

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] TIFF_LE = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BE = {'M', 'M', 0, 42};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};
    private static final byte[] ZIP_SPANNED = {'P', 'K', 7, 8};
    private static final byte[] ELF = {0x7F, 'E', 'L', 'F'};
    private static final byte[][] MACH_O = {
            {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE}, {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF},
            {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE}, {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
            {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}};
    private static final byte[][] ARCHIVES = {
            ascii("Rar!\u001A\u0007"), {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C}, {0x1F, (byte) 0x8B},
            ascii("BZh"), {(byte) 0xFD, '7', 'z', 'X', 'Z', 0}};
    private static final byte[] GIF = ascii("GIF8");
    private static final byte[] RTF = ascii("{\\rtf");

    private ContentSniffer() {
    }

    /** Random read access to the bytes being judged: only a few small windows are ever read. */
    public interface Source {

        long size() throws IOException;

        /** Reads up to {@code len} bytes at {@code pos}; returns how many (0 or less only at the end). */
        int read(long pos, byte[] buf, int off, int len) throws IOException;

        static Source of(byte[] bytes) {
            return new Source() {
                @Override
                public long size() {
                    return bytes.length;
                }

                @Override
                public int read(long pos, byte[] buf, int off, int len) {
                    if (pos >= bytes.length) {
                        return -1;
                    }
                    int n = (int) Math.min(len, bytes.length - pos);
                    System.arraycopy(bytes, (int) pos, buf, off, n);
                    return n;
                }
            };
        }

        static Source of(FileChannel channel) {
            return new Source() {
                @Override
                public long size() throws IOException {
                    return channel.size();
                }

                @Override
                public int read(long pos, byte[] buf, int off, int len) throws IOException {
                    return channel.read(ByteBuffer.wrap(buf, off, len), pos);
                }
            };
        }

        /**
         * Content that can be opened again and again (an uploaded {@code MultipartFile}): every read
         * opens it and skips to the position (a seek for files on disk and for byte arrays).
         */
        static Source of(long size, InputStreamSource content) {
            return new Source() {
                @Override
                public long size() {
                    return size;
                }

                @Override
                public int read(long pos, byte[] buf, int off, int len) throws IOException {
                    try (InputStream in = content.getInputStream()) {
                        long skipped = 0;
                        while (skipped < pos) {
                            long n = in.skip(pos - skipped);
                            if (n <= 0) {
                                if (in.read() < 0) {
                                    return -1;
                                }
                                n = 1;
                            }
                            skipped += n;
                        }
                        return in.readNBytes(buf, off, len);
                    }
                }
            };
        }
    }

    public static FileKind sniff(byte[] bytes) {
        try {
            return sniff(Source.of(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FileKind sniff(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return sniff(Source.of(ch));
        }
    }

    public static FileKind sniff(Source source) throws IOException {
        long size = source.size();
        if (size <= 0) {
            return FileKind.UNKNOWN;
        }
        byte[] head = read(source, 0, (int) Math.min(size, HEAD));
        if (startsWith(head, 0, PDF)) {
            return FileKind.PDF;
        }
        if (startsWith(head, 0, PNG)) {
            return FileKind.PNG;
        }
        if (startsWith(head, 0, JPEG)) {
            return FileKind.JPEG;
        }
        if (startsWith(head, 0, TIFF_LE) || startsWith(head, 0, TIFF_BE)) {
            return FileKind.TIFF;
        }
        if (startsWith(head, 0, OLE2)) {
            return ole2(source, size);
        }
        if (startsWith(head, 0, ZIP)) {
            return zip(source, size);
        }
        if (startsWith(head, 0, ZIP_EMPTY) || startsWith(head, 0, ZIP_SPANNED)) {
            return FileKind.ARCHIVE;
        }
        if (startsWith(head, 0, ascii("MZ")) || startsWith(head, 0, ELF) || startsWithAny(head, MACH_O)) {
            return FileKind.EXECUTABLE;
        }
        if (startsWithAny(head, ARCHIVES)) {
            return FileKind.ARCHIVE;
        }
        if (startsWith(head, 0, GIF) || isBmp(head) || isWebp(head) || isHeifFamily(head)) {
            return FileKind.OTHER_IMAGE;
        }
        if (startsWith(head, 0, RTF)) {
            return FileKind.RTF;
        }
        return text(head);
    }

    // --- text and markup -------------------------------------------------------------------------

    private static FileKind text(byte[] head) {
        String text;
        if (startsWith(head, 0, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            text = new String(head, 2, even(head.length - 2), StandardCharsets.UTF_16LE);
        } else if (startsWith(head, 0, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            text = new String(head, 2, even(head.length - 2), StandardCharsets.UTF_16BE);
        } else {
            int from = startsWith(head, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
            for (int i = from; i < head.length; i++) {
                int b = head[i] & 0xFF;
                if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                    return FileKind.UNKNOWN; // binary
                }
            }
            // byte-preserving: markup is recognised by its ASCII tags whatever the text's charset
            text = new String(head, from, head.length - from, StandardCharsets.ISO_8859_1);
        }
        String t = text.stripLeading().toLowerCase(Locale.ROOT);
        if (t.startsWith("#!")) {
            return FileKind.SCRIPT;
        }
        if (t.contains("<svg")) {
            return FileKind.SVG;
        }
        if (t.contains("<html") || t.contains("<!doctype html") || t.contains("<script") || t.contains("<body")
                || t.contains("<head") || t.contains("<iframe")) {
            return FileKind.HTML;
        }
        if (t.startsWith("<")) {
            return FileKind.XML;
        }
        return FileKind.TEXT;
    }

    private static int even(int n) {
        return Math.max(0, n & ~1);
    }

    // --- zip: central directory only ---------------------------------------------------------------

    private static FileKind zip(Source source, long size) throws IOException {
        if (size < 22) {
            return FileKind.ARCHIVE;
        }
        int tailLen = (int) Math.min(size, 22 + 0xFFFF);
        long tailStart = size - tailLen;
        byte[] tail = read(source, tailStart, tailLen);
        if (tail.length != tailLen) {
            return FileKind.ARCHIVE;
        }
        int eocd = -1;
        for (int i = tailLen - 22; i >= 0; i--) {
            if (u32(tail, i) == 0x06054b50L && u16(tail, i + 20) == tailLen - i - 22) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return FileKind.ARCHIVE;
        }
        long eocdPos = tailStart + eocd;
        if (u16(tail, eocd + 4) != 0 || u16(tail, eocd + 6) != 0) {
            return FileKind.ARCHIVE; // spanned over several disks
        }
        long entries = u16(tail, eocd + 10);
        long cdSize = u32(tail, eocd + 12);
        long cdOffset = u32(tail, eocd + 16);
        long cdEnd = eocdPos;
        if (entries == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL) {
            // zip64: the locator just before the end record points at the zip64 end record
            if (eocdPos < 20) {
                return FileKind.ARCHIVE;
            }
            byte[] locator = read(source, eocdPos - 20, 20);
            if (locator.length != 20 || u32(locator, 0) != 0x07064b50L) {
                return FileKind.ARCHIVE;
            }
            long record = u64(locator, 8);
            if (record < 0 || record + 56 > eocdPos - 20) {
                return FileKind.ARCHIVE;
            }
            byte[] z = read(source, record, 56);
            if (z.length != 56 || u32(z, 0) != 0x06064b50L) {
                return FileKind.ARCHIVE;
            }
            entries = u64(z, 32);
            cdSize = u64(z, 40);
            cdOffset = u64(z, 48);
            cdEnd = record;
        }
        if (entries <= 0 || entries > MAX_ZIP_ENTRIES || cdSize <= 0 || cdSize > MAX_CENTRAL_DIRECTORY
                || cdOffset < 0 || cdOffset + cdSize > cdEnd) {
            return FileKind.ARCHIVE;
        }
        byte[] cd = read(source, cdOffset, (int) cdSize);
        if (cd.length != cdSize) {
            return FileKind.ARCHIVE;
        }
        List<String> names = new ArrayList<>();
        int p = 0;
        for (long i = 0; i < entries; i++) {
            if (p + 46 > cd.length || u32(cd, p) != 0x02014b50L) {
                return FileKind.ARCHIVE;
            }
            boolean utf8 = (u16(cd, p + 8) & 0x800) != 0;
            int nameLen = u16(cd, p + 28);
            if (p + 46 + nameLen > cd.length) {
                return FileKind.ARCHIVE;
            }
            names.add(new String(cd, p + 46, nameLen, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
            p += 46 + nameLen + u16(cd, p + 30) + u16(cd, p + 32);
        }
        return zipKind(names);
    }

    /** The kind of a zip package from its entry names (OPC part names compare without case). */
    static FileKind zipKind(List<String> entryNames) {
        Set<String> names = new HashSet<>();
        boolean macros = false;
        for (String n : entryNames) {
            String lower = n.toLowerCase(Locale.ROOT);
            names.add(lower);
            macros |= lower.endsWith("vbaproject.bin");
        }
        if (names.contains("ofd.xml")) {
            return FileKind.OFD;
        }
        if (!names.contains("[content_types].xml") || names.contains("xl/workbook.bin")) {
            return FileKind.ARCHIVE; // not OPC, or a binary workbook (.xlsb) that no allowed kind covers
        }
        FileKind kind = names.contains("word/document.xml") ? FileKind.DOCX
                : names.contains("xl/workbook.xml") ? FileKind.XLSX
                : names.contains("ppt/presentation.xml") ? FileKind.PPTX
                : anyStartsWith(names, "word/") ? FileKind.DOCX
                : anyStartsWith(names, "xl/") ? FileKind.XLSX
                : anyStartsWith(names, "ppt/") ? FileKind.PPTX
                : null;
        if (kind == null) {
            return FileKind.ARCHIVE;
        }
        return macros ? FileKind.MACRO_OFFICE : kind;
    }

    private static boolean anyStartsWith(Set<String> names, String prefix) {
        return names.stream().anyMatch(n -> n.startsWith(prefix));
    }

    // --- OLE2 compound file: header, FAT as needed, directory -------------------------------------

    private static final long MAX_REGULAR_SECTOR = 0xFFFFFFF9L;
    private static final long NO_STREAM = 0xFFFFFFFFL;

    private static FileKind ole2(Source source, long size) throws IOException {
        if (size < 512) {
            return FileKind.OTHER_OLE2;
        }
        byte[] header = read(source, 0, 512);
        int shift = u16(header, 0x1E);
        if (shift != 9 && shift != 12) {
            return FileKind.OTHER_OLE2;
        }
        Fat fat = new Fat(source, header, shift, size);
        ByteArrayOutputStream dir = new ByteArrayOutputStream();
        Set<Long> seen = new HashSet<>();
        for (long sector = u32(header, 0x30); sector <= MAX_REGULAR_SECTOR; sector = fat.next(sector)) {
            if (!seen.add(sector) || seen.size() > MAX_OLE2_DIRECTORY_SECTORS) {
                return FileKind.OTHER_OLE2;
            }
            byte[] bytes = fat.sector(sector);
            if (bytes == null) {
                return FileKind.OTHER_OLE2;
            }
            dir.writeBytes(bytes);
        }
        byte[] d = dir.toByteArray();
        int count = d.length / 128;
        if (count == 0 || d[0x42] != 5) {
            return FileKind.OTHER_OLE2; // entry 0 is the root storage
        }
        // the root's children form a tree linked by left/right sibling ids
        Set<String> names = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>();
        Set<Long> visited = new HashSet<>();
        todo.push(u32(d, 0x4C));
        while (!todo.isEmpty()) {
            long id = todo.pop();
            if (id == NO_STREAM || id >= count || !visited.add(id)) {
                continue;
            }
            int e = (int) id * 128;
            int type = d[e + 0x42];
            int nameBytes = u16(d, e + 0x40);
            if ((type == 1 || type == 2) && nameBytes >= 2 && nameBytes <= 64) {
                names.add(new String(d, e, nameBytes - 2, StandardCharsets.UTF_16LE));
            }
            todo.push(u32(d, e + 0x44));
            todo.push(u32(d, e + 0x48));
        }
        if (names.contains("EncryptedPackage")) {
            return FileKind.ENCRYPTED_OFFICE;
        }
        if (names.contains("Macros") || names.contains("_VBA_PROJECT_CUR")) {
            return FileKind.MACRO_OFFICE;
        }
        if (names.contains("WordDocument")) {
            return FileKind.DOC;
        }
        if (names.contains("PowerPoint Document")) {
            return FileKind.PPT;
        }
        if (names.contains("Workbook") || names.contains("Book")) {
            return FileKind.XLS;
        }
        return FileKind.OTHER_OLE2;
    }

    /** The sector allocation table of an OLE2 file, read one sector at a time as chains need it. */
    private static final class Fat {

        private final Source source;
        private final byte[] header;
        private final int shift;
        private final int sectorSize;
        private final long fileSize;
        private final long fatSectors;
        private final Map<Long, byte[]> cache = new HashMap<>();

        Fat(Source source, byte[] header, int shift, long fileSize) {
            this.source = source;
            this.header = header;
            this.shift = shift;
            this.sectorSize = 1 << shift;
            this.fileSize = fileSize;
            this.fatSectors = u32(header, 0x2C);
        }

        /** The bytes of a sector, or null when it lies outside the file. */
        byte[] sector(long sector) throws IOException {
            byte[] cached = cache.get(sector);
            if (cached != null) {
                return cached;
            }
            long offset = (sector + 1) << shift;
            if (sector > MAX_REGULAR_SECTOR || offset + sectorSize > fileSize) {
                return null;
            }
            byte[] bytes = read(source, offset, sectorSize);
            if (bytes.length != sectorSize) {
                return null;
            }
            if (cache.size() < 1024) {
                cache.put(sector, bytes);
            }
            return bytes;
        }

        /** The sector after {@code sector} in its chain, or a value above MAX_REGULAR_SECTOR at the end. */
        long next(long sector) throws IOException {
            int perSector = sectorSize / 4;
            long fatIndex = sector / perSector;
            if (fatIndex >= fatSectors) {
                return NO_STREAM;
            }
            long fatSector = difat(fatIndex);
            byte[] bytes = fatSector > MAX_REGULAR_SECTOR ? null : sector(fatSector);
            return bytes == null ? NO_STREAM : u32(bytes, (int) (sector % perSector) * 4);
        }

        /** Where the {@code index}-th FAT sector is: 109 in the header, the rest in chained DIFAT sectors. */
        private long difat(long index) throws IOException {
            if (index < 109) {
                return u32(header, 0x4C + (int) index * 4);
            }
            int perDifat = sectorSize / 4 - 1;
            long skip = (index - 109) / perDifat;
            if (skip >= u32(header, 0x48)) {
                return NO_STREAM;
            }
            long at = u32(header, 0x44);
            for (long i = 0; i < skip; i++) {
                byte[] bytes = at > MAX_REGULAR_SECTOR ? null : sector(at);
                if (bytes == null) {
                    return NO_STREAM;
                }
                at = u32(bytes, perDifat * 4);
            }
            byte[] bytes = at > MAX_REGULAR_SECTOR ? null : sector(at);
            return bytes == null ? NO_STREAM : u32(bytes, (int) ((index - 109) % perDifat) * 4);
        }
    }

    // --- bytes ---------------------------------------------------------------------------------------

    /** Up to {@code len} bytes at {@code pos}; fewer only when the source ends first. */
    static byte[] read(Source source, long pos, int len) throws IOException {
        byte[] buf = new byte[len];
        int done = 0;
        while (done < len) {
            int n = source.read(pos + done, buf, done, len - done);
            if (n <= 0) {
                return java.util.Arrays.copyOf(buf, done);
            }
            done += n;
        }
        return buf;
    }

    private static boolean isBmp(byte[] h) {
        return h.length >= 14 && h[0] == 'B' && h[1] == 'M' && h[6] == 0 && h[7] == 0 && h[8] == 0 && h[9] == 0;
    }

    private static boolean isWebp(byte[] h) {
        return startsWith(h, 0, ascii("RIFF")) && startsWith(h, 8, ascii("WEBP"));
    }

    private static boolean isHeifFamily(byte[] h) {
        if (!startsWith(h, 4, ascii("ftyp")) || h.length < 12) {
            return false;
        }
        String brand = new String(h, 8, 4, StandardCharsets.ISO_8859_1);
        return Set.of("heic", "heix", "hevc", "heim", "heis", "mif1", "msf1", "avif").contains(brand);
    }

    private static boolean startsWithAny(byte[] h, byte[][] prefixes) {
        for (byte[] p : prefixes) {
            if (startsWith(h, 0, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] h, int at, byte[] prefix) {
        if (h.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (h[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (u16(b, at) | (long) u16(b, at + 2) << 16) & 0xFFFFFFFFL;
    }

    /** Little-endian 64 bit; negative (over 2^63) is returned as -1. */
    private static long u64(byte[] b, int at) {
        long v = u32(b, at) | u32(b, at + 4) << 32;
        return v < 0 ? -1 : v;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
