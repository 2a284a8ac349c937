package org.sunlight.casework.internal.documents;

import java.util.List;

import org.sunlight.common.SunlightException;

/**
 * 503: no Chinese font can be embedded, so no case document can be printed. The message says which font
 * was tried and what to install or configure; nothing is printed with boxes instead of characters.
 */
public class DocumentFontUnavailableException extends SunlightException {

    private final String detail;

    private DocumentFontUnavailableException(String code, Object[] args, String detail) {
        super(code, args, null);
        this.detail = detail;
    }

    /** No font configured, none installed, none bundled. */
    static DocumentFontUnavailableException noFont(List<String> searched) {
        String paths = String.join(", ", searched);
        return new DocumentFontUnavailableException("casework.documents.font-missing", new Object[] {paths},
                "No Chinese font for PDF documents: looked in " + paths + " and for Noto Sans SC on the classpath. "
                        + "Install the Debian package fonts-wqy-microhei (apt-get install fonts-wqy-microhei) "
                        + "or set sunlight.documents.font (SUNLIGHT_PDF_FONT) to a TrueType font file.");
    }

    /** The font at {@code origin} cannot be used for {@code reason}. */
    static DocumentFontUnavailableException unusable(String origin, String reason) {
        return new DocumentFontUnavailableException("casework.documents.font-unusable", new Object[] {origin, reason},
                "The font " + origin + " cannot be used for PDF documents: " + reason
                        + ". Set sunlight.documents.font (SUNLIGHT_PDF_FONT) to a TrueType font file with Chinese "
                        + "characters, or unset it to use fonts-wqy-microhei.");
    }

    @Override
    public String getMessage() {
        return detail;
    }

    @Override
    public int status() {
        return 503;
    }
}
