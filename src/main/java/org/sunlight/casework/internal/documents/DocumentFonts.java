package org.sunlight.casework.internal.documents;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The Chinese fonts embedded (as subsets) into every case document. Found once, on the first document:
 * <ol>
 * <li>the file named by {@code sunlight.documents.font} (environment {@code SUNLIGHT_PDF_FONT}): a .ttf, or a
 * .ttc with an optional {@code #FontName} (default: its first font); if it is set but unusable, documents
 * fail with that reason instead of falling back;</li>
 * <li>WenQuanYi Micro Hei where Linux distributions install it (Debian {@code fonts-wqy-microhei});</li>
 * <li>Noto Sans SC (regular and bold TrueType, OFL) from the {@code com.helger.font:ph-fonts-noto-sans-sc}
 * jar on the classpath, so a fresh machine with only a JDK still prints Chinese.</li>
 * </ol>
 * When the primary font is not the bundled Noto Sans SC, Noto Sans SC follows it as a per-glyph fallback
 * (rare characters in names: 䶮 is in Noto Sans SC, not in WenQuanYi Micro Hei); it is embedded only into
 * documents that need it. A character in neither font is printed as # and logged as a warning. With no
 * font at all, documents fail with {@link DocumentFontUnavailableException}: a PDF whose Chinese text is
 * all boxes is never produced.
 * <p>
 * Parsing a CJK font costs more than laying out a document, so each font's bytes are read once and parsed
 * copies are lent to one document at a time (FontBox fonts are not thread-safe) and kept for the next.
 * <p>
 * Fonts must have TrueType outlines: PDFBox cannot embed CFF outlines (Noto Sans CJK .ttc/.otf).
 */
final class DocumentFonts {

    private static final Logger log = LoggerFactory.getLogger(DocumentFonts.class);

    /** The CSS family the templates use; the fallback is listed after it. */
    static final String FAMILY = "DocumentFont";
    static final String FALLBACK_FAMILY = "DocumentFontFallback";

    static final List<Path> KNOWN_PATHS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), // Debian, Ubuntu
            Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"), // Fedora
            Path.of("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc")); // Arch

    static final String BUNDLED_REGULAR = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    static final String BUNDLED_BOLD = "fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";

    private final String configured;
    private final List<Path> knownPaths;
    private final boolean useBundled;
    private volatile List<Face> faces;

    /**
     * @param configured the configured font file, blank for none
     * @param knownPaths where to look for WenQuanYi Micro Hei
     * @param useBundled whether the classpath Noto Sans SC may be used
     */
    DocumentFonts(String configured, List<Path> knownPaths, boolean useBundled) {
        this.configured = configured == null ? "" : configured.strip();
        this.knownPaths = List.copyOf(knownPaths);
        this.useBundled = useBundled;
    }

    /** What the documents are printed with, e.g. for the log: {@code /usr/share/.../wqy-microhei.ttc}. */
    String describe() {
        return String.join(" + ", faces().stream().map(Face::origin).distinct().toList());
    }

    /** The fonts, found and checked on first use; throws until a usable font exists. */
    List<Face> faces() {
        List<Face> found = faces;
        if (found == null) {
            synchronized (this) {
                found = faces;
                if (found == null) {
                    found = find();
                    faces = found;
                    log.info("Case documents use {}", String.join(" + ", found.stream().map(Face::origin).distinct().toList()));
                }
            }
        }
        return found;
    }

    private List<Face> find() {
        List<Face> found = new ArrayList<>();
        if (!configured.isEmpty()) {
            found.add(configuredFace());
        } else {
            for (Path path : knownPaths) {
                if (Files.isReadable(path)) {
                    found.add(fileFace(path.toString(), path, null));
                    break;
                }
            }
        }
        if (useBundled) {
            Face regular = bundledFace(BUNDLED_REGULAR, FAMILY, 400, true);
            if (regular != null) {
                if (found.isEmpty()) {
                    found.add(regular);
                    Face bold = bundledFace(BUNDLED_BOLD, FAMILY, 700, true);
                    if (bold != null) {
                        found.add(bold);
                    }
                } else {
                    found.add(new Face(regular.origin, regular.data, null, FALLBACK_FAMILY, 400, false, regular.cmap));
                }
            }
        }
        if (found.isEmpty()) {
            throw DocumentFontUnavailableException.noFont(knownPaths.stream().map(Path::toString).toList());
        }
        return List.copyOf(found);
    }

    private Face configuredFace() {
        String file = configured;
        String name = null;
        int hash = configured.lastIndexOf('#');
        if (hash > 0 && configured.substring(0, hash).toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            file = configured.substring(0, hash);
            name = configured.substring(hash + 1);
        }
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            throw DocumentFontUnavailableException.unusable(configured, "no readable file there");
        }
        return fileFace(configured, path, name);
    }

    private Face fileFace(String origin, Path path, String name) {
        byte[] data;
        try {
            data = Files.readAllBytes(path);
        } catch (IOException e) {
            throw DocumentFontUnavailableException.unusable(origin, e.toString());
        }
        boolean collection = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
        return checked(origin, data, collection ? (name == null ? "" : name) : null, FAMILY, 400, true);
    }

    private Face bundledFace(String resource, String family, int weight, boolean always) {
        try (InputStream in = DocumentFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            return checked("classpath:" + resource, in.readAllBytes(), null, family, weight, always);
        } catch (IOException e) {
            throw DocumentFontUnavailableException.unusable("classpath:" + resource, e.toString());
        }
    }

    /** A font that cannot be embedded or has no Chinese is refused at once, with the reason. */
    private static Face checked(String origin, byte[] data, String collectionName, String family, int weight, boolean always) {
        try (Opened opened = Opened.parse(data, collectionName)) {
            TrueTypeFont font = opened.font();
            if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
                throw DocumentFontUnavailableException.unusable(origin,
                        "it has PostScript (CFF) outlines, which PDFBox cannot embed; use a TrueType font");
            }
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            if (cmap == null || cmap.getGlyphId('中') == 0) {
                throw DocumentFontUnavailableException.unusable(origin, "it has no Chinese characters");
            }
            return new Face(origin, data, collectionName, family, weight, always, cmap);
        } catch (IOException e) {
            throw DocumentFontUnavailableException.unusable(origin, e.toString());
        }
    }

    /**
     * The characters of {@code text} that no font has (openhtmltopdf prints them as #), e.g. a rare
     * character of a name outside both fonts; white space and control characters are not counted.
     */
    String missingGlyphs(String text) {
        List<Face> all = faces();
        StringBuilder missing = new StringBuilder();
        printable(text).filter(cp -> all.stream().noneMatch(f -> f.has(cp))).forEach(missing::appendCodePoint);
        return missing.toString();
    }

    private static IntStream printable(String text) {
        return text.codePoints().filter(cp -> cp > 0x20 && !Character.isWhitespace(cp) && !Character.isISOControl(cp)).distinct();
    }

    /**
     * Hands the fonts for one document to the renderer: the primary font (and its bold), and the fallback
     * only if {@code text} has a character the primary lacks. The returned handle must stay open until the
     * document is saved (subsets are cut then); closing it returns the parsed fonts for the next document.
     */
    Closeable register(PdfRendererBuilder builder, PDDocument document, String text) throws IOException {
        List<Face> all = faces();
        List<Face> primary = all.stream().filter(f -> f.always).toList();
        boolean needsFallback = printable(text).anyMatch(cp -> primary.stream().noneMatch(f -> f.has(cp)));
        List<Face> used = needsFallback ? all : primary;

        Map<Face, Opened> borrowed = new LinkedHashMap<>();
        Closeable giveBack = () -> borrowed.forEach(Face::giveBack);
        try {
            for (Face face : used) {
                Opened o = face.borrow();
                borrowed.put(face, o);
                PDType0Font pdFont = PDType0Font.load(document, o.font(), true);
                builder.useFont(new PDFontSupplier(pdFont), face.family, face.weight, FontStyle.NORMAL, true);
            }
            return giveBack;
        } catch (IOException | RuntimeException e) {
            borrowed.values().forEach(Opened::closeQuietly);
            throw e;
        }
    }

    /**
     * One font: its file's bytes, and parsed copies of it lent to one document at a time (a FontBox font is
     * not safe to share between threads, and parsing a CJK font for every document costs more than laying
     * the document out).
     */
    static final class Face {

        private static final int KEEP_IDLE = 4;

        final String origin;
        final byte[] data;
        /** null for a .ttf; for a .ttc the font's name, or "" for its first font. */
        final String collectionName;
        final String family;
        final int weight;
        /** false for the fallback, registered only for documents that need it. */
        final boolean always;
        /** The Unicode map, read once; lookups only read it. */
        final CmapLookup cmap;
        private final Queue<Opened> idle = new ConcurrentLinkedQueue<>();

        Face(String origin, byte[] data, String collectionName, String family, int weight, boolean always, CmapLookup cmap) {
            this.origin = origin;
            this.data = data;
            this.collectionName = collectionName;
            this.family = family;
            this.weight = weight;
            this.always = always;
            this.cmap = cmap;
        }

        String origin() {
            return origin;
        }

        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) != 0;
        }

        Opened borrow() throws IOException {
            Opened o = idle.poll();
            return o != null ? o : Opened.parse(data, collectionName);
        }

        void giveBack(Opened o) {
            if (idle.size() < KEEP_IDLE) {
                idle.offer(o);
            } else {
                o.closeQuietly();
            }
        }
    }

    /** A parsed font and what to close when it is no longer kept. */
    record Opened(TrueTypeFont font, Closeable resource) implements Closeable {

        static Opened parse(byte[] data, String collectionName) throws IOException {
            if (collectionName == null) {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data));
                return new Opened(font, font);
            }
            TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(data));
            try {
                TrueTypeFont font;
                if (collectionName.isEmpty()) {
                    TrueTypeFont[] first = new TrueTypeFont[1];
                    collection.processAllFonts(f -> {
                        if (first[0] == null) {
                            first[0] = f;
                        }
                    });
                    font = first[0];
                } else {
                    font = collection.getFontByName(collectionName);
                }
                if (font == null) {
                    throw new IOException("no font " + (collectionName.isEmpty() ? "" : "named " + collectionName + " ")
                            + "in the collection");
                }
                return new Opened(font, collection);
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            resource.close();
        }

        void closeQuietly() {
            try {
                close();
            } catch (IOException e) {
                log.debug("Closing a font failed", e);
            }
        }
    }
}
