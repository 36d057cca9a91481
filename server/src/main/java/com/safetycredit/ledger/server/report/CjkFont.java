package com.safetycredit.ledger.server.report;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Chinese font of a PDF report, embedded as a subset (only the characters used, so a report stays small). The
 * report's CSS names it first ({@code ReportCJK}); without one the PDF is refused rather than printed as boxes.
 */
final class CjkFont {

    static final String FAMILY = "ReportCJK";

    private CjkFont() {}

    /**
     * Gives the builder a document with the first usable font of {@link ReportRenderer#FONTS} loaded into it; the
     * font file is read again when the PDF is written, so the caller closes what this returns after that.
     */
    static TrueTypeCollection register(PdfRendererBuilder builder) throws IOException {
        PDDocument document = new PDDocument();
        List<String> tried = new ArrayList<>();
        for (String path : ReportRenderer.FONTS) {
            File file = new File(path);
            if (!file.isFile()) {
                continue;
            }
            TrueTypeCollection collection = new TrueTypeCollection(file);
            PDType0Font font = load(document, collection, file.getName(), tried);
            if (font != null) {
                builder.usePDDocument(document);
                builder.useFont(new PDFontSupplier(font), FAMILY);
                return collection;
            }
            collection.close();
        }
        document.close();
        throw new IllegalStateException("No Chinese font for the PDF report (tried " + ReportRenderer.FONTS + "; "
                + tried + "): install Debian's fonts-wqy-zenhei");
    }

    /** The collection's first font PDFBox can embed; a font it cannot (CFF outlines) is skipped. */
    private static PDType0Font load(PDDocument document, TrueTypeCollection collection, String name, List<String> tried)
            throws IOException {
        List<TrueTypeFont> fonts = new ArrayList<>();
        collection.processAllFonts(fonts::add);
        for (TrueTypeFont font : fonts) {
            if (font instanceof OpenTypeFont outlines && outlines.isPostScript()) {
                tried.add(name + ": CFF outlines");
                continue;
            }
            try {
                return PDType0Font.load(document, font, true);
            } catch (IOException | RuntimeException unusable) {
                tried.add(name + ": " + unusable.getMessage());
            }
        }
        return null;
    }
}
