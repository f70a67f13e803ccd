package id.kotacerdas.scoring.web;

import id.kotacerdas.scoring.NationalResultView;
import id.kotacerdas.scoring.RankRangeTable.RegionRankRange;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A line of the national table as the page shows it, numbers already formatted in the reader's
 * language ({@code 3,08} in Bahasa Indonesia), so rendering 514 lines stays cheap. {@code rankLow} and
 * {@code rankHigh} are the rank's range under the standard weight perturbation (null while there is none).
 */
public record TableRow(
        int rank,
        Integer rankLow,
        Integer rankHigh,
        String regionCode,
        String regionName,
        String provinceName,
        String trackName,
        List<String> scores,
        String finalScore,
        String improvement) {

    private static final String NONE = "–";

    /** Formats numbers with two decimals; one per request (number formats are not thread-safe). */
    static final class Formatter {
        private final NumberFormat format;

        Formatter(Locale locale) {
            format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            format.setGroupingUsed(false);
        }

        String format(BigDecimal value) {
            return value == null ? NONE : format.format(value);
        }
    }

    static List<TableRow> of(
            List<NationalResultView> lines,
            List<String> dimensions,
            Map<String, String> trackNames,
            Locale locale,
            Map<String, RegionRankRange> ranges) {
        Formatter formatter = new Formatter(locale);
        List<TableRow> rows = new ArrayList<>(lines.size());
        for (NationalResultView l : lines) {
            List<String> scores = new ArrayList<>(dimensions.size());
            for (String d : dimensions) {
                scores.add(formatter.format(l.score(d)));
            }
            RegionRankRange range = ranges.get(l.regionCode());
            rows.add(new TableRow(
                    l.rank(),
                    range == null ? null : range.rankLow(),
                    range == null ? null : range.rankHigh(),
                    l.regionCode(),
                    l.regionName(),
                    l.provinceName(),
                    trackNames.getOrDefault(l.track(), l.track()),
                    scores,
                    formatter.format(l.finalScore()),
                    formatter.format(l.improvement())));
        }
        return rows;
    }
}
