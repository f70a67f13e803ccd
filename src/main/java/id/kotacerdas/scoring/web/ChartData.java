package id.kotacerdas.scoring.web;

import id.kotacerdas.scoring.RegionResult;
import id.kotacerdas.scoring.domain.DimensionResult;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/** JSON arrays for the region page's chart, in the order of the region's weighted dimensions. */
final class ChartData {

    private ChartData() {}

    static String labels(RegionResult r, Map<String, String> names) {
        return r.explanation().dimensions().stream()
                .map(d -> "\"" + json(names.getOrDefault(d.code(), d.code())) + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    static String values(RegionResult r) {
        return r.explanation().dimensions().stream()
                .map(d -> d.shown().toPlainString())
                .collect(Collectors.joining(",", "[", "]"));
    }

    static String means(RegionResult r, Map<String, BigDecimal> means) {
        return r.explanation().dimensions().stream()
                .map(d -> means.containsKey(d.code()) ? means.get(d.code()).toPlainString() : "null")
                .collect(Collectors.joining(",", "[", "]"));
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
