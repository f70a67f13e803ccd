package id.kotacerdas.scoring.table;

import id.kotacerdas.support.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The published table file, and the same table converted to CSV and XLSX the way a user might. */
final class TableFixture {

    private TableFixture() {}

    static byte[] tsvBytes() {
        return TestData.bytes(TestData.NATIONAL_2024_PART_A);
    }

    /** The file's lines split on tabs, header first; cells as published. */
    static List<List<String>> tsvLines() {
        return TestData.tsvLines(TestData.NATIONAL_2024_PART_A).stream()
                .map(List::of)
                .toList();
    }

    /** The table as CSV; {@code dotDecimals} rewrites {@code 3,56} as {@code 3.56}. */
    static byte[] csv(char delimiter, boolean dotDecimals) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            for (List<String> line : tsvLines()) {
                printer.printRecord(line.stream()
                        .map(cell -> dotDecimals && isNumber(cell) ? cell.replace(',', '.') : cell)
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The table as a workbook: numbers as numeric cells, everything else ({@code -}, names) as strings. */
    static byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "KotaCerdasTest", "1.0");
            Worksheet sheet = workbook.newWorksheet("Hasil 2024");
            List<List<String>> lines = tsvLines();
            for (int r = 0; r < lines.size(); r++) {
                List<String> line = lines.get(r);
                for (int c = 0; c < line.size(); c++) {
                    String cell = line.get(c);
                    if (cell.isEmpty()) {
                        continue;
                    }
                    if (r > 0 && isNumber(cell)) {
                        sheet.value(r, c, Double.parseDouble(cell.replace(',', '.')));
                    } else {
                        sheet.value(r, c, cell);
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static boolean isNumber(String cell) {
        return DecimalCell.parse(cell) instanceof ParsedDecimal.Value;
    }
}
