package id.kotacerdas.monitoring;

import id.kotacerdas.shared.format.IndonesianFormat;
import id.kotacerdas.shared.pdf.PdfDocuments;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Prints a masterplan's monitoring (Laporan Monitoring Masterplan Smart City) as PDF/A, in Bahasa Indonesia
 * whatever the caller's language, as the region's evaluation report is: cover, summary per category, the
 * implementation rate per smart dimension as a chart, the items per category, the conclusions.
 */
@Service
public class MonitoringPdf {

    private final PdfDocuments pdf;
    private final MessageSource messages;

    MonitoringPdf(PdfDocuments pdf, MessageSource messages) {
        this.pdf = pdf;
        this.messages = messages;
    }

    public void write(MonitoringFile file, OutputStream out) throws IOException {
        MonitoringPrint print =
                MonitoringPrint.of(file, key -> messages.getMessage(key, null, IndonesianFormat.LOCALE));
        pdf.render("monitoring/report-pdf", Map.of("m", print), out);
    }
}
