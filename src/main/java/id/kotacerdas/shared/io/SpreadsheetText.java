package id.kotacerdas.shared.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Text for a cell of an exported CSV or XLSX file that a spreadsheet must show, never evaluate: a value
 * starting with = + - @, a tab or a carriage return gets a leading apostrophe (OWASP "CSV injection"). CSV files
 * quote every field ({@link #CSV}): a spreadsheet that splits on {@code ;} (Indonesian Excel) would otherwise
 * start a new cell inside an unquoted text, after the first character was checked.
 */
public final class SpreadsheetText {

    /** RFC 4180 with every field quoted; pass each text field through {@link #safe}. */
    public static final CSVFormat CSV =
            CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).get();

    private SpreadsheetText() {}

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
