package id.kotacerdas.scoring.table;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a published national table once its cells are read: the region's name as written, its
 * track, the dimension scores (a {@code null} score is a {@code -} or empty cell) and the published
 * final and improvement, kept to compare with what the system computes.
 */
public record PublishedResult(
        int line,
        String name,
        String track,
        Map<String, BigDecimal> scores,
        BigDecimal publishedFinal,
        BigDecimal publishedImprovement)
        implements RowReading {

    public PublishedResult {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }
}
