package org.sunlight.casework.internal.attachments;

import java.util.List;
import java.util.Locale;

/**
 * What a file really is, as {@link ContentSniffer} tells it from its bytes. The first eleven are the
 * kinds a case may carry (scans and exports as PDF or OFD 版式文档, photographs and scans as PNG, JPEG or
 * TIFF, and office documents, legacy and OOXML, including WPS's own .wps/.et/.dps which are the legacy
 * formats); the rest are recognised only to say in the refusal what the file was.
 */
public enum FileKind {

    PDF(true, "application/pdf", "pdf"),
    /** GB/T 33190 版式文档: a zip package with OFD.xml at its root. */
    OFD(true, "application/ofd", "ofd"),
    PNG(true, "image/png", "png"),
    JPEG(true, "image/jpeg", "jpg", "jpeg"),
    TIFF(true, "image/tiff", "tif", "tiff"),
    DOC(true, "application/msword", "doc", "wps"),
    XLS(true, "application/vnd.ms-excel", "xls", "et"),
    PPT(true, "application/vnd.ms-powerpoint", "ppt", "dps"),
    DOCX(true, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX(true, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX(true, "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),

    /** Windows PE (MZ), ELF, Mach-O or Java class file. */
    EXECUTABLE(false, "application/octet-stream"),
    /** Text starting with {@code #!}. */
    SCRIPT(false, "text/plain"),
    HTML(false, "text/html"),
    /** Scalable vector graphics: markup that can carry script. */
    SVG(false, "image/svg+xml"),
    /** Other XML or markup. */
    XML(false, "application/xml"),
    /** Other text (also scripts without {@code #!}: .bat, .js, .vbs, .ps1). */
    TEXT(false, "text/plain"),
    /** RTF: can embed OLE objects, a classic exploit carrier. */
    RTF(false, "application/rtf"),
    /** Zip that is neither an office document nor OFD; rar, 7z, gzip, bzip2, xz. */
    ARCHIVE(false, "application/octet-stream"),
    /** An office document with a VBA project (macros). */
    MACRO_OFFICE(false, "application/octet-stream"),
    /** A password-protected office document: its content cannot be inspected. */
    ENCRYPTED_OFFICE(false, "application/octet-stream"),
    /** An OLE2 compound file that is no Word, Excel or PowerPoint document (installers, mail, ...). */
    OTHER_OLE2(false, "application/octet-stream"),
    /** Images outside the allowed list: GIF, BMP, WebP, HEIC/AVIF. */
    OTHER_IMAGE(false, "application/octet-stream"),
    UNKNOWN(false, "application/octet-stream");

    private final boolean allowed;
    private final String mediaType;
    private final List<String> extensions;

    FileKind(boolean allowed, String mediaType, String... extensions) {
        this.allowed = allowed;
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    /** Whether a case may carry a file of this kind. */
    public boolean allowed() {
        return allowed;
    }

    /** The media type stored with the attachment and served with it. */
    public String mediaType() {
        return mediaType;
    }

    /** File-name extensions of this kind, the first one canonical; empty for refused kinds. */
    public List<String> extensions() {
        return extensions;
    }

    /** Message key naming the kind in the user's language (bundle i18n/casework-attachments). */
    public String labelKey() {
        return "casework.attachment.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The allowed kind a stored media type stands for (the first kind with it). */
    public static FileKind ofMediaType(String mediaType) {
        for (FileKind k : values()) {
            if (k.allowed && k.mediaType.equals(mediaType)) {
                return k;
            }
        }
        throw new IllegalArgumentException("not an allowed media type: " + mediaType);
    }
}
