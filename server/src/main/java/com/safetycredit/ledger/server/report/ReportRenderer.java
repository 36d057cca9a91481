package com.safetycredit.ledger.server.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.safetycredit.ledger.query.report.CreditReports.CreditReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The credit report as a printable page ({@code templates/report.html}) and as a PDF made from the same page
 * (openhtmltopdf on PDFBox) with a Chinese font embedded, so the PDF reads the same on any computer.
 */
@Component
@Profile("query")
public class ReportRenderer {

    /**
     * Fonts with the Chinese characters, first usable wins: Debian's {@code fonts-wqy-zenhei} (TrueType outlines,
     * which PDFBox embeds as a subset); Noto Sans CJK is tried too, but PDFBox cannot subset its CFF outlines.
     */
    static final List<String> FONTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

    /** Where the report's stylesheet is found when the PDF is made (inside the jar). */
    private static final URL STATIC = ReportRenderer.class.getResource("/static/");

    private final TemplateEngine templates;

    public ReportRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    /** The page outside the console (the API's answer, the PDF): without the console's links. */
    public String html(CreditReport report, Locale locale, boolean forPdf) {
        Context context = new Context(locale);
        context.setVariable("r", report);
        context.setVariable("pdf", true);
        context.setVariable("cssHref", forPdf ? "css/report.css" : "/css/report.css");
        context.setVariable("labels", new ReadableLabels(locale));
        return templates.process("report", context);
    }

    /** The PDF of the page. */
    public byte[] pdf(CreditReport report, Locale locale) {
        String html = html(report, locale, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        try {
            TrueTypeCollection font = CjkFont.register(builder);
            try {
                builder.withHtmlContent(html, STATIC.toExternalForm());
                builder.toStream(out);
                builder.run();
            } finally {
                font.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
