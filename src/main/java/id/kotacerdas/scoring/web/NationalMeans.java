package id.kotacerdas.scoring.web;

import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.scoring.NationalTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The national mean of each dimension over the regions that have a score for it, for comparison. */
final class NationalMeans {

    private NationalMeans() {}

    static Map<String, BigDecimal> of(NationalTable table, InstrumentView instrument) {
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        for (InstrumentView.DimensionView d : instrument.dimensions()) {
            var values = table.lines().stream()
                    .map(l -> l.score(d.code()))
                    .filter(Objects::nonNull)
                    .toList();
            if (!values.isEmpty()) {
                BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                means.put(d.code(), sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP));
            }
        }
        return means;
    }
}
