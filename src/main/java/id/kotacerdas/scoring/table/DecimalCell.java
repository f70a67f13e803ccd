package id.kotacerdas.scoring.table;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Parses the score cells of the published table. Accepted: an optional sign, digits, and at most one decimal
 * separator, either a comma ({@code 3,56}, as published) or a dot ({@code 3.56}), with surrounding spaces.
 * Refused: several separators ({@code 3,5,1}, {@code 3.5.1}), both kinds ({@code 1,234.5}: scores never
 * have thousands separators), and anything else that is not a number.
 */
public final class DecimalCell {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?");
    private static final Pattern DASH = Pattern.compile("[-\u2013\u2014]");

    private DecimalCell() {}

    /** Never throws; {@code null} is {@link ParsedDecimal.Empty}. */
    public static ParsedDecimal parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return new ParsedDecimal.Empty();
        }
        String text = raw.replace('\u00A0', ' ').strip().replace('\u2212', '-');
        if (text.isEmpty()) {
            return new ParsedDecimal.Empty();
        }
        if (DASH.matcher(text).matches()) {
            return new ParsedDecimal.Dash();
        }
        if (NUMBER.matcher(text).matches()) {
            return new ParsedDecimal.Value(new BigDecimal(text.replace(',', '.')));
        }
        return new ParsedDecimal.Invalid(raw, reason(text));
    }

    private static String reason(String text) {
        long commas = text.chars().filter(c -> c == ',').count();
        long dots = text.chars().filter(c -> c == '.').count();
        if (commas > 0 && dots > 0) {
            return "'" + text + "' mixes ',' and '.'; a score has one decimal separator and no thousands separator";
        }
        if (commas + dots > 1) {
            return "'" + text + "' has more than one decimal separator";
        }
        return "'" + text + "' is not a number";
    }
}
