package id.kotacerdas.survey.web;

import id.kotacerdas.shared.io.SpreadsheetText;
import id.kotacerdas.survey.SurveyExport;
import id.kotacerdas.survey.SurveyExport.Row;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a region's responses as CSV or XLSX while they are read: one row per response, one column per
 * surveyed question. The respondent's comment is the only free text; it is written so that no spreadsheet
 * evaluates it.
 */
final class SurveyResponseFiles {

    private static final DateTimeFormatter WIB =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Jakarta"));
    private static final int FLUSH_EVERY = 500;

    private SurveyResponseFiles() {}

    static void csv(SurveyExport export, int year, String region, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, SpreadsheetText.CSV)) {
            csv.printRecord(header(export.questionColumns(year)));
            export.rows(year, region, row -> {
                try {
                    csv.printRecord(cells(row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static void xlsx(SurveyExport export, int year, String region, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Kota Cerdas", "1.0");
        Worksheet sheet = workbook.newWorksheet("Survei " + year + " " + region);
        List<String> header = header(export.questionColumns(year));
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        int[] r = {0};
        export.rows(year, region, row -> {
            r[0]++;
            List<Object> cells = cells(row);
            for (int c = 0; c < cells.size(); c++) {
                Object v = cells.get(c);
                if (v instanceof Number n) {
                    sheet.value(r[0], c, n);
                } else if (v != null) {
                    sheet.value(r[0], c, v.toString());
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

    private static List<String> header(List<Integer> questions) {
        List<String> header = new ArrayList<>(List.of("no", "submitted_wib", "dimension"));
        questions.forEach(q -> header.add("q" + q));
        header.addAll(
                List.of("seconds_taken", "straight_lined", "too_fast", "source", "quarantined", "counted", "comment"));
        return header;
    }

    private static List<Object> cells(Row row) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.number());
        cells.add(WIB.format(row.submittedAt()));
        cells.add(SpreadsheetText.safe(row.dimension()));
        cells.addAll(row.answers());
        cells.add(row.secondsTaken());
        cells.add(row.straightLined());
        cells.add(row.tooFast());
        cells.add(row.source());
        cells.add(row.quarantined());
        cells.add(!row.straightLined() && !row.tooFast() && !row.quarantined());
        cells.add(SpreadsheetText.safe(row.comment()));
        return cells;
    }
}
