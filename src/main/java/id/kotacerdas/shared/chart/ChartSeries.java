package id.kotacerdas.shared.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One series of a report chart: its name in the legend, its colour, and a value per category (null: none). */
public record ChartSeries(String name, String colour, List<BigDecimal> values) {

    public ChartSeries {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** Whether the series has at least one value worth drawing. */
    public boolean hasValues() {
        return values.stream().anyMatch(v -> v != null);
    }
}
