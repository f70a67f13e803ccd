package id.kotacerdas.report;

import id.kotacerdas.shared.pdf.PdfDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Prints a region's evaluation report (Laporan Hasil Evaluasi Implementasi Kota Cerdas) as PDF/A: public once the
 * period's results are; an administrator's copy before that is marked DRAF.
 */
@Service
public class RegionReportPdf {

    private final RegionReports reports;
    private final PdfDocuments pdf;

    RegionReportPdf(RegionReports reports, PdfDocuments pdf) {
        this.reports = reports;
        this.pdf = pdf;
    }

    /** The report's data, checking visibility first: a refusal comes before any byte is written. */
    public RegionReport report(int year, String code, boolean admin) {
        return reports.report(year, code, admin);
    }

    public void write(RegionReport report, OutputStream out) throws IOException {
        pdf.render("report/region-pdf", Map.of("r", report), out);
    }

    byte[] pdf(RegionReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(report, out);
        return out.toByteArray();
    }

    /** {@code laporan-2024-51.03.pdf}; a draft's name says so. */
    public static String fileName(RegionReport report) {
        return "laporan-" + report.year() + "-" + report.cover().code() + (report.draft() ? "-draf" : "") + ".pdf";
    }
}
