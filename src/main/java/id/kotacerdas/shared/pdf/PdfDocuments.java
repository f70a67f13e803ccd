package id.kotacerdas.shared.pdf;

import static com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase.SVG;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template (well-formed XHTML, CSS for print, inline SVG drawn by Batik without scripts or
 * external resources) to a PDF/A-3b document: A4 and page numbers
 * come from the template's CSS; the fonts (DejaVu Sans, regular and bold, every Indonesian glyph) are shipped in
 * the jar and embedded; the sRGB profile is the JDK's own. The template is processed in the Indonesian locale:
 * its messages are in Bahasa Indonesia, as the ministry's documents are. Shared by the report and monitoring
 * modules.
 */
@Component
public class PdfDocuments {

    static final String FONT = "DejaVu Sans";
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private static final Map<Integer, File> FONTS = fontFiles();
    private static final TextFonts TEXT_FONTS = new TextFonts(FONTS);

    private final ITemplateEngine templates;

    public PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** Writes the template, processed with the model, to {@code out} as a PDF/A-3b document. */
    public void render(String template, Map<String, Object> model, OutputStream out) throws IOException {
        String html = templates.process(template, new Context(INDONESIAN, model));
        Map<Integer, TrueTypeFont> fonts = TEXT_FONTS.borrow();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            builder.usePdfAConformance(PdfAConformance.PDFA_3_B);
            builder.useColorProfile(SRGB);
            for (Map.Entry<Integer, File> font : FONTS.entrySet()) {
                PDType0Font text = PDType0Font.load(document, fonts.get(font.getKey()), true);
                builder.useFont(new PDFontSupplier(text), FONT, font.getKey(), FontStyle.NORMAL, true);
                builder.useFont(font.getValue(), FONT, font.getKey(), FontStyle.NORMAL, true, EnumSet.of(SVG));
            }
            BatikSVGDrawer svg = new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE);
            builder.useSVGDrawer(svg);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } finally {
            TEXT_FONTS.giveBack(fonts);
        }
    }

    /**
     * The shipped fonts by weight, copied once to files: Batik draws the charts' text only with fonts the builder
     * was given as files (openhtmltopdf passes no stream-supplied font to SVG).
     */
    private static Map<Integer, File> fontFiles() {
        Map<Integer, File> files = new TreeMap<>();
        files.put(400, copy("DejaVuSans.ttf"));
        files.put(700, copy("DejaVuSans-Bold.ttf"));
        return files;
    }

    private static File copy(String name) {
        try (InputStream font = PdfDocuments.class.getResourceAsStream("/fonts/" + name)) {
            if (font == null) {
                throw new IllegalStateException("font " + name + " is not in the jar");
            }
            Path file = Files.createTempFile("kota-cerdas-", "-" + name);
            Files.copy(font, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            return file.toFile();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the font " + name, e);
        }
    }
}
