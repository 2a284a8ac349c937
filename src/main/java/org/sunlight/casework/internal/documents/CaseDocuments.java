package org.sunlight.casework.internal.documents;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Prints a case's documents as PDF: 受理通知书, 补正告知书 and 决定书. Each is a Thymeleaf XHTML template under
 * {@code templates/casework/pdf/} (the fixed wording lives there, always Chinese: these are legal documents
 * whatever the reader's locale), filled with the record's texts (escaped) and laid out on A4 by
 * openhtmltopdf with a Chinese font embedded as a subset (see {@link DocumentFonts}).
 * <p>
 * The templates have an engine of their own (XML mode, so a template that is not well-formed fails at
 * once), independent of the web views' configuration. Thread-safe. Every method throws
 * {@link DocumentFontUnavailableException} (503, with what to install) when no Chinese font can be embedded.
 */
@Component
public class CaseDocuments {

    /** Characters XML 1.0 does not allow (control characters); removed from the filled-in template. */
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private static final Logger log = LoggerFactory.getLogger(CaseDocuments.class);

    private final TemplateEngine templates;
    private final DocumentFonts fonts;
    private final TemplateFormats formats = new TemplateFormats();

    @Autowired
    public CaseDocuments(@Value("${sunlight.documents.font:${SUNLIGHT_PDF_FONT:}}") String font) {
        this(new DocumentFonts(font, DocumentFonts.KNOWN_PATHS, true));
    }

    CaseDocuments(DocumentFonts fonts) {
        this.fonts = fonts;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(CaseDocuments.class.getClassLoader());
        resolver.setPrefix("templates/casework/pdf/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        this.templates = engine;
    }

    /** 受理通知书. */
    public byte[] acceptanceNotice(AcceptanceNotice notice) {
        return render("acceptance-notice", notice);
    }

    /** 补正告知书. */
    public byte[] supplementNotice(SupplementNotice notice) {
        return render("supplement-notice", notice);
    }

    /** 准予行政许可决定书, 不予行政许可决定书 or 行政处罚决定书, by {@link DecisionDocument#kind()}. */
    public byte[] decision(DecisionDocument decision) {
        return render("decision", decision);
    }

    /** The filled-in XHTML of a document, before layout (for tests). */
    String xhtml(String template, Object document) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("d", document);
        context.setVariable("f", formats);
        return NOT_XML.matcher(templates.process(template, context)).replaceAll("");
    }

    /** Which fonts documents are printed with (for the log and tests). */
    String fontDescription() {
        return fonts.describe();
    }

    private byte[] render(String template, Object document) {
        String xhtml = xhtml(template, document);
        String missing = fonts.missingGlyphs(xhtml); // fails here, clearly, when there is no font at all
        if (!missing.isEmpty()) {
            log.warn("{}: no font has the characters {} (printed as #); set sunlight.documents.font to a font that has them",
                    template, missing);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(pdf);
            try (Closeable fontHandles = fonts.register(builder, pdf, xhtml)) {
                builder.withHtmlContent(xhtml, null);
                // Everything a document needs is in its template: nothing is fetched, no file is read.
                builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
                builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
                builder.withProducer("Sunlight");
                builder.toStream(out);
                builder.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not print " + template, e);
        }
        return out.toByteArray();
    }
}
