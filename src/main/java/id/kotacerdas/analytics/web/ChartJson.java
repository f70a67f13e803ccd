package id.kotacerdas.analytics.web;

import id.kotacerdas.analytics.NationalDistribution;
import id.kotacerdas.analytics.RegionTrend;
import id.kotacerdas.analytics.TrendPeriod;
import id.kotacerdas.analytics.domain.Histogram;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The JSON the pages' charts read from data-* attributes (static/js/trend-chart.js): the same numbers the tables
 * under the charts and the API give.
 */
final class ChartJson {

    private ChartJson() {}

    /** The periods' years, a draft's marked with {@code draftLabel} ("2003 (draf)"). */
    static String years(RegionTrend trend, Function<Integer, String> draftLabel) {
        return strings(trend.periods().stream()
                .map(p -> p.draft() ? draftLabel.apply(p.year()) : String.valueOf(p.year()))
                .toList());
    }

    /** The final first, then each dimension: {@code [{"label":…,"data":[…]}, …]}. */
    static String trendSeries(RegionTrend trend, String finalLabel) {
        StringBuilder json = new StringBuilder("[");
        json.append(series(finalLabel, values(trend.periods(), TrendPeriod::finalScore)));
        for (RegionTrend.Dimension d : trend.dimensions()) {
            json.append(',').append(series(d.name(), values(trend.periods(), p -> p.dimension(d.code()))));
        }
        return json.append(']').toString();
    }

    /** Each bin as "2,00–2,25" in the reader's language. */
    static String binLabels(Histogram histogram, Locale locale) {
        DecimalFormat format = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(locale));
        return strings(histogram.bins().stream()
                .map(b -> format.format(b.from()) + "–" + format.format(b.to()))
                .toList());
    }

    /** One series per track: how many of its finals each bin holds. */
    static String binSeries(NationalDistribution distribution, Map<String, String> trackNames) {
        return trackNames.entrySet().stream()
                .map(t -> series(
                        t.getValue(),
                        distribution.histogram().bins().stream()
                                .map(b -> String.valueOf(b.byTrack().getOrDefault(t.getKey(), 0)))
                                .collect(Collectors.joining(",", "[", "]"))))
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String values(List<TrendPeriod> periods, Function<TrendPeriod, BigDecimal> value) {
        return periods.stream()
                .map(value)
                .map(v -> v == null ? "null" : v.toPlainString())
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String series(String label, String data) {
        return "{\"label\":" + string(label) + ",\"data\":" + data + "}";
    }

    private static String strings(List<String> values) {
        return values.stream().map(ChartJson::string).collect(Collectors.joining(",", "[", "]"));
    }

    static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
