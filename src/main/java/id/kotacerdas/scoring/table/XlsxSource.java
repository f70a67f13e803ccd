package id.kotacerdas.scoring.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads the first sheet of an XLSX workbook into {@link RawRow}s numbered by their sheet row. */
final class XlsxSource {

    /** Excel keeps 15 significant digits; more are binary floating-point noise ({@code 2.7300000000000004}). */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private XlsxSource() {}

    static List<RawRow> read(byte[] content) {
        List<RawRow> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            sheet.forEach(row -> rows.add(toRawRow(row)));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new TableFormatException("the file is not a readable XLSX workbook: " + e.getMessage(), e);
        }
        return rows;
    }

    private static RawRow toRawRow(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
        }
        return new RawRow(row.getRowNum(), cells);
    }

    /** Numbers as plain decimal strings (dot separator), text as written, empty and error cells as {@code ""}. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getType();
        String raw = cell.getRawValue();
        if (type == CellType.NUMBER || (type == CellType.FORMULA && isNumber(raw))) {
            return decimal(raw);
        }
        if (type == CellType.EMPTY || type == CellType.ERROR || raw == null) {
            return "";
        }
        if (type == CellType.STRING || type == CellType.FORMULA) {
            Object value = cell.getValue();
            return value == null ? raw : value.toString();
        }
        return raw;
    }

    static String decimal(String raw) {
        BigDecimal value = new BigDecimal(raw.strip());
        if (value.precision() > EXCEL_PRECISION.getPrecision()) {
            value = value.round(EXCEL_PRECISION);
        }
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    private static boolean isNumber(String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        try {
            new BigDecimal(raw.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
