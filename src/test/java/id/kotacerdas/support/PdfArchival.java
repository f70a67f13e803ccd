package id.kotacerdas.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * What this project checks of PDF/A without veraPDF (which does not resolve here): the document declares PDF/A-3b
 * in its XMP metadata, carries an output intent, and embeds every font it uses, also those of drawings (the SVG
 * charts become form XObjects).
 */
public final class PdfArchival {

    private PdfArchival() {}

    /** Asserts the above; returns the number of pages. */
    public static int check(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(document.getDocumentCatalog().getOutputIntents())
                    .as("output intent")
                    .isNotEmpty();
            assertThat(xmp).containsPattern("pdfaid:part(=\"|>)3").containsPattern("pdfaid:conformance(=\"|>)B");
            for (PDPage page : document.getPages()) {
                fontsEmbedded(page.getResources(), 0);
            }
            return document.getNumberOfPages();
        }
    }

    private static void fontsEmbedded(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return;
        }
        for (var name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                fontsEmbedded(form.getResources(), depth + 1);
            }
        }
    }
}
