package id.kotacerdas.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/** The mean of one dimension's scores over some lines of a table, rounded half up to 2 decimals like a score. */
final class DimensionMeans {

    private DimensionMeans() {}

    /** The mean over the lines of {@code track} (every line when null); null when none has a score. */
    static BigDecimal of(List<NationalResultView> lines, String dimension, String track) {
        List<BigDecimal> values = lines.stream()
                .filter(l -> track == null || l.track().equals(track))
                .map(l -> l.score(dimension))
                .filter(Objects::nonNull)
                .toList();
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
