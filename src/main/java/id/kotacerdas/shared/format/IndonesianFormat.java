package id.kotacerdas.shared.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates as the ministry's documents write them: 3,08 and 25 November 2024. */
public final class IndonesianFormat {

    public static final Locale LOCALE = Locale.forLanguageTag("id");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);

    private IndonesianFormat() {}

    /** Two decimals with a decimal comma (3,08); "-" for a missing value, as the published table marks it. */
    public static String number(BigDecimal value) {
        return decimals(value, 2);
    }

    /** The value with a decimal comma and {@code scale} decimals, rounded half up; "-" when missing. */
    public static String decimals(BigDecimal value, int scale) {
        if (value == null) {
            return "-";
        }
        DecimalFormat format = new DecimalFormat(
                scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale), DecimalFormatSymbols.getInstance(LOCALE));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A measured value with the decimals it has and no trailing zeros (1; 12,5; 1.250,75); "-" when missing. */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return "-";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return decimals(stripped, Math.max(0, stripped.scale()));
    }

    /** A fraction as a whole percentage: 0.10 → 10%. */
    public static String percent(BigDecimal fraction) {
        return decimals(fraction.movePointRight(2), 0) + "%";
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }
}
