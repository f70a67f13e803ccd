package id.kotacerdas.survey.web;

import id.kotacerdas.shared.io.SpreadsheetText;
import id.kotacerdas.shared.web.ResponseFiles;
import id.kotacerdas.survey.SurveyExport.Row;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes exported responses as CSV or XLSX while they are read, a region's or the nation's: each row goes to the
 * output as it comes and nothing is kept (XLSX text is written inline, not into a shared strings table that would
 * grow with every comment). The respondent's comment is the only free text; {@link SurveyResponseColumns} writes
 * it so that no spreadsheet evaluates it.
 */
final class SurveyResponseFiles {

    /** The rows of a file, handed to the sink one at a time (an export reading them from the database). */
    @FunctionalInterface
    interface Rows {
        void each(Consumer<Row> sink);
    }

    /** XLSX rows kept in memory at most before they are written out. */
    private static final int FLUSH_EVERY = 500;

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SurveyResponseFiles() {}

    /** The rows as the attachment {@code name}.csv. */
    static void sendCsv(HttpServletResponse response, String name, SurveyResponseColumns columns, Rows rows)
            throws IOException {
        ResponseFiles.attachment(response, "text/csv;charset=UTF-8", name + ".csv");
        csv(columns, rows, response.getOutputStream());
    }

    /** The rows as the attachment {@code name}.xlsx, on one sheet. */
    static void sendXlsx(
            HttpServletResponse response, String name, String sheet, SurveyResponseColumns columns, Rows rows)
            throws IOException {
        ResponseFiles.attachment(response, XLSX, name + ".xlsx");
        xlsx(columns, sheet, rows, response.getOutputStream());
    }

    static void csv(SurveyResponseColumns columns, Rows rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, SpreadsheetText.CSV)) {
            csv.printRecord(columns.header());
            rows.each(row -> {
                try {
                    csv.printRecord(columns.cells(row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static void xlsx(SurveyResponseColumns columns, String sheetName, Rows rows, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Kota Cerdas", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        List<String> header = columns.header();
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        int[] r = {0};
        rows.each(row -> {
            r[0]++;
            List<Object> cells = columns.cells(row);
            for (int c = 0; c < cells.size(); c++) {
                Object v = cells.get(c);
                if (v instanceof Number n) {
                    sheet.value(r[0], c, n);
                } else if (v != null) {
                    sheet.inlineString(r[0], c, v.toString());
                }
            }
            if (r[0] % FLUSH_EVERY == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        workbook.finish();
    }
}
