package id.kotacerdas.report;

import id.kotacerdas.shared.io.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as the exports write it: UTF-8, every field quoted, text that a spreadsheet would evaluate escaped
 * ({@link SpreadsheetText}), numbers in plain notation with a point, an absent value empty.
 */
final class DataCsv implements AutoCloseable {

    private final CSVPrinter printer;

    DataCsv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.printer = new CSVPrinter(writer, SpreadsheetText.CSV);
    }

    void row(List<?> values) throws IOException {
        List<String> cells = new ArrayList<>(values.size());
        for (Object value : values) {
            cells.add(cell(value));
        }
        printer.printRecord(cells);
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return SpreadsheetText.safe(value.toString());
    }

    /** Writes what is buffered; the stream stays open (a ZIP entry, a response). */
    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
