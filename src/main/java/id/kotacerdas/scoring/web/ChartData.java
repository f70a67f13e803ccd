package id.kotacerdas.scoring.web;

import id.kotacerdas.scoring.DimensionComparison;
import id.kotacerdas.scoring.RegionResult;
import id.kotacerdas.scoring.domain.DimensionResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * JSON arrays for the region page's chart, in the order of the region's weighted dimensions: the same comparison
 * the region's report draws (NationalResultsApi.comparison).
 */
final class ChartData {

    private ChartData() {}

    static String labels(List<DimensionComparison> dimensions) {
        return dimensions.stream().map(d -> "\"" + json(d.name()) + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    static String series(List<DimensionComparison> dimensions, Function<DimensionComparison, BigDecimal> value) {
        return dimensions.stream()
                .map(value)
                .map(v -> v == null ? "null" : v.toPlainString())
                .collect(Collectors.joining(",", "[", "]"));
    }

    static boolean any(List<DimensionComparison> dimensions, Function<DimensionComparison, BigDecimal> value) {
        return dimensions.stream().map(value).anyMatch(v -> v != null);
    }

    static BigDecimal weightSum(RegionResult r) {
        return r.explanation().dimensions().stream()
                .map(DimensionResult::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
