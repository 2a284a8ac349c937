package org.sunlight.casework.internal.attachments;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.sunlight.common.FieldProblem;

/**
 * The rules an attachment must meet before it is stored: a size limit per file
 * ({@code sunlight.casework.attachments.max-bytes}, default 20 MB; {@code 20MB}, {@code 512KB} or a byte
 * count), a number of files per upload ({@code sunlight.casework.attachments.max-files}, default 20), an
 * allowed {@link FileKind} (from {@link ContentSniffer}), and a clean file name.
 *
 * <p>File names: see {@link #sanitize} and {@link #nameFor}. The stored media type is always the sniffed
 * one; a name whose extension says something else is corrected, so the name never lies about the content
 * (report.pdf that is a PNG is stored as report.png, image/png).
 */
@Component
public class AttachmentPolicy {

    public static final int MAX_NAME_LENGTH = 120;
    static final String DEFAULT_NAME = "attachment";

    /**
     * Extensions that name a file type: such an extension contradicting the content is replaced; any other
     * last dot-part ("会议纪要.2024", "v1.2") is kept and the right extension appended.
     */
    private static final Set<String> KNOWN_EXTENSIONS = Set.of(
            "pdf", "ofd", "png", "jpg", "jpeg", "jpe", "tif", "tiff", "gif", "bmp", "webp", "heic", "heif", "avif", "svg",
            "doc", "docx", "docm", "dot", "dotx", "wps", "wpt", "xls", "xlsx", "xlsm", "xlsb", "et", "ett", "csv",
            "ppt", "pptx", "pptm", "pps", "ppsx", "dps", "dpt", "odt", "ods", "odp", "rtf", "txt", "xml", "html",
            "htm", "xhtml", "mht", "mhtml", "js", "vbs", "vbe", "wsf", "ps1", "bat", "cmd", "com", "exe", "scr",
            "msi", "dll", "jar", "apk", "sh", "py", "lnk", "hta", "zip", "rar", "7z", "gz", "tgz", "tar", "bz2",
            "xz", "cab", "iso", "eml", "msg");

    private final long maxBytes;
    private final int maxFiles;

    public AttachmentPolicy(@Value("${sunlight.casework.attachments.max-bytes:20MB}") DataSize maxBytes,
            @Value("${sunlight.casework.attachments.max-files:20}") int maxFiles) {
        if (maxBytes.toBytes() <= 0 || maxFiles <= 0) {
            throw new IllegalArgumentException("attachment limits must be positive");
        }
        this.maxBytes = maxBytes.toBytes();
        this.maxFiles = maxFiles;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public int maxFiles() {
        return maxFiles;
    }

    /** The size limit in MB (MiB) for messages, to three significant digits: "20", "0.5", "1.5". */
    public String maxMegabytes() {
        return BigDecimal.valueOf(maxBytes).divide(BigDecimal.valueOf(1024 * 1024), new MathContext(3, RoundingMode.HALF_UP))
                .stripTrailingZeros().toPlainString();
    }

    /** Too many files in one upload, or null. */
    public FieldProblem checkCount(String field, int count) {
        return count > maxFiles ? FieldProblem.of(field, "casework.attachment.too-many", maxFiles) : null;
    }

    /** An empty or too large file, or null. {@code name} is the sanitised name, shown in the message. */
    public FieldProblem checkSize(String field, String name, long size) {
        if (size <= 0) {
            return FieldProblem.of(field, "casework.attachment.empty", name);
        }
        if (size > maxBytes) {
            return tooLarge(field, name);
        }
        return null;
    }

    public FieldProblem tooLarge(String field, String name) {
        return FieldProblem.of(field, "casework.attachment.too-large", name, maxMegabytes());
    }

    /** A kind a case may not carry, or null. The message names the file and what it really is. */
    public FieldProblem checkKind(String field, String name, FileKind kind) {
        return kind.allowed() ? null
                : FieldProblem.of(field, "casework.attachment.type-forbidden", name, new DefaultMessageSourceResolvable(kind.labelKey()));
    }

    /**
     * A name safe to store and to offer for download: the last part of a path (both / and \), Unicode NFC,
     * without control and bidi/format characters, whitespace (also line breaks, full-width space) as one space (U+202E would make "exe.pdf" read backwards), characters
     * Windows forbids in names ({@code <>:"|?*}) replaced by {@code _}, no
     * leading or trailing dots and spaces, at most {@value #MAX_NAME_LENGTH} characters (code points; the
     * extension is kept when cut). Chinese and other letters stay as they are. An empty result (or none
     * given) becomes {@value #DEFAULT_NAME}.
     */
    public static String sanitize(String raw) {
        if (raw == null) {
            return DEFAULT_NAME;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(slash + 1);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!b.isEmpty() && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            } else if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.SURROGATE || type == Character.PRIVATE_USE
                    || type == Character.UNASSIGNED) {
                // dropped: invisible, or nothing a name needs
            } else if ("<>:\"|?*".indexOf(cp) >= 0) {
                b.append('_');
            } else {
                b.appendCodePoint(cp);
            }
        });
        String name = strip(b.toString());
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 11 ? name.substring(dot) : "";
            String base = ext.isEmpty() ? name : name.substring(0, dot);
            int keep = MAX_NAME_LENGTH - ext.length();
            base = base.substring(0, base.offsetByCodePoints(0, keep));
            name = strip(base) + ext;
        }
        return name.isEmpty() ? DEFAULT_NAME : name;
    }

    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '.')) {
            from++;
        }
        while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '.')) {
            to--;
        }
        return s.substring(from, to);
    }

    /**
     * The name an attachment is stored under: {@link #sanitize sanitised}, and with an extension that
     * matches what the file really is. An extension the kind already has (any of {@link FileKind#extensions},
     * so photo.jpeg and 通知.wps stay) is kept; a known extension of another type is replaced by the kind's
     * canonical one (report.pdf that is a PNG → report.png; setup.exe that is a PDF → setup.pdf); a name
     * without a known extension gets the canonical one appended (扫描件 → 扫描件.pdf, 纪要.2024 →
     * 纪要.2024.pdf). The result stays within {@value #MAX_NAME_LENGTH} characters.
     */
    public static String nameFor(String rawName, FileKind kind) {
        if (kind.extensions().isEmpty()) {
            throw new IllegalArgumentException("no stored name for a refused kind: " + kind);
        }
        String name = sanitize(rawName);
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        if (kind.extensions().contains(ext)) {
            return name;
        }
        String base = KNOWN_EXTENSIONS.contains(ext) ? name.substring(0, dot) : name;
        String canonical = "." + kind.extensions().get(0);
        int room = MAX_NAME_LENGTH - canonical.length();
        if (base.codePointCount(0, base.length()) > room) {
            base = strip(base.substring(0, base.offsetByCodePoints(0, room)));
        }
        return (base.isEmpty() ? DEFAULT_NAME : base) + canonical;
    }
}
