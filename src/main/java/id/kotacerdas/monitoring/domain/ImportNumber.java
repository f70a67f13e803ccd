package id.kotacerdas.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number cell of the workbook: an optional sign, digits and at most one decimal separator, a comma (as written
 * in Indonesia) or a dot; no thousands separators. Kept to 4 decimals (rounded half up, as stored) and below
 * 10^16.
 */
public final class ImportNumber {

    public static final int SCALE = 4;

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?");
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(16);

    private ImportNumber() {}

    /** The number, or empty when the text is not one (or too large to keep). */
    public static Optional<BigDecimal> parse(String text) {
        String cell = text.strip().replace('\u2212', '-');
        if (!NUMBER.matcher(cell).matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(cell.replace(',', '.')).setScale(SCALE, RoundingMode.HALF_UP);
        return value.abs().compareTo(LIMIT) >= 0 ? Optional.empty() : Optional.of(value);
    }
}
