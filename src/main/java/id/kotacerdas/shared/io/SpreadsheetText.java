package id.kotacerdas.shared.io;

/**
 * Text for a cell of an exported CSV or XLSX file that a spreadsheet must show, never evaluate: a value
 * starting with = + - @, a tab or a carriage return gets a leading apostrophe (OWASP "CSV injection").
 */
public final class SpreadsheetText {

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
