package id.kotacerdas.programme.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * How one parameter's values spread over the complete candidates: the smallest, the median (the mean of the two
 * middle values for an even count) and the largest value as loaded, and a histogram of the normalised values in
 * ten bins of 0.1 (a value of exactly 1 counts in the last bin).
 */
public record Distribution(int count, BigDecimal min, BigDecimal median, BigDecimal max, List<Integer> bins) {

    public static final int BINS = 10;

    public Distribution {
        bins = List.copyOf(bins);
    }
}
