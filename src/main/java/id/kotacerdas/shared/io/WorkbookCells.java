package id.kotacerdas.shared.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

/**
 * The text of an uploaded workbook's cells, as a person typed them: numbers to Excel's 15 significant digits
 * without trailing zeros (0.1 + 0.2 stored as 0.30000000000000004 reads 0.3), a formula's cached value, empty and
 * error cells as "".
 */
public final class WorkbookCells {

    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private WorkbookCells() {}

    /** Every cell of the row, in order, as text. */
    public static List<String> texts(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    public static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY || cell.getType() == CellType.ERROR) {
            return "";
        }
        String raw = cell.getRawValue();
        if (raw == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER || cell.getType() == CellType.FORMULA) {
            try {
                BigDecimal value = new BigDecimal(raw.strip()).round(EXCEL_PRECISION);
                return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
            } catch (NumberFormatException notANumber) {
                // a formula giving text: its text below
            }
        }
        Object value = cell.getValue();
        return value == null ? raw : value.toString();
    }
}
