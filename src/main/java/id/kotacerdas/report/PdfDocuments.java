package id.kotacerdas.report;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template (well-formed XHTML, CSS for print) to a PDF/A-3b document: A4 and page numbers
 * come from the template's CSS; the fonts (DejaVu Sans, regular and bold, every Indonesian glyph) are shipped in
 * the jar and embedded; the sRGB profile is the JDK's own.
 */
@Component
class PdfDocuments {

    static final String FONT = "DejaVu Sans";
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final ITemplateEngine templates;

    PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
    }

    void render(String template, Map<String, Object> model, OutputStream out) throws IOException {
        String html = templates.process(template, new Context(INDONESIAN, model));
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfAConformance.PDFA_3_B);
        builder.useColorProfile(SRGB);
        builder.useFont((FSSupplier<InputStream>) () -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont((FSSupplier<InputStream>) () -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
    }

    private static InputStream font(String file) {
        InputStream font = PdfDocuments.class.getResourceAsStream("/fonts/" + file);
        if (font == null) {
            throw new IllegalStateException("font " + file + " is not in the jar");
        }
        return font;
    }
}
