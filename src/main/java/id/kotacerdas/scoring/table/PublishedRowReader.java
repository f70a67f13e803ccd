package id.kotacerdas.scoring.table;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the cells of one published row: the six dimension columns of the published layout (a {@code -}
 * or empty cell is a missing score), the track (KET), the published final and improvement. A score must
 * lie on the 1-4 scale; a malformed number such as {@code 3,5,1} refuses the row.
 */
public final class PublishedRowReader {

    /** The published layout's score columns and the dimension code each one holds. */
    static final Map<PublishedColumn, String> DIMENSION_COLUMNS = columns();

    private static final BigDecimal MIN = BigDecimal.ONE;
    private static final BigDecimal MAX = BigDecimal.valueOf(4);

    private PublishedRowReader() {}

    /** The row's values, or why the row cannot be imported. */
    public static RowReading read(PublishedRow row) {
        TrackCell track = TrackCell.parse(row.rawTrack());
        if (!track.isValid()) {
            return refusal(row, "import.reject.track", track.invalidReason(), row.rawTrack());
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (Map.Entry<PublishedColumn, String> column : DIMENSION_COLUMNS.entrySet()) {
            String raw = row.cell(column.getKey());
            ParsedDecimal parsed = DecimalCell.parse(raw);
            if (parsed instanceof ParsedDecimal.Invalid invalid) {
                return refusal(
                        row,
                        "import.reject.number",
                        column.getKey().label() + ": " + invalid.reason(),
                        column.getKey().label(),
                        raw);
            }
            BigDecimal value = parsed.number().orElse(null);
            if (value != null && (value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0)) {
                return refusal(
                        row,
                        "import.reject.scale",
                        column.getKey().label() + ": " + raw + " is outside the 1-4 scale",
                        column.getKey().label(),
                        raw);
            }
            scores.put(column.getValue(), value);
        }
        ParsedDecimal published = DecimalCell.parse(row.cell(PublishedColumn.NILAI_FINAL));
        ParsedDecimal improvement = DecimalCell.parse(row.cell(PublishedColumn.TINGKAT_IMPROVEMENT));
        for (ParsedDecimal p : List.of(published, improvement)) {
            if (p instanceof ParsedDecimal.Invalid invalid) {
                return refusal(row, "import.reject.number", invalid.reason(), "", invalid.raw());
            }
        }
        return new PublishedResult(
                row.line(),
                row.rawName(),
                track.track(),
                scores,
                published.number().orElse(null),
                improvement.number().orElse(null));
    }

    private static RowRefusal refusal(PublishedRow row, String code, String reason, String... args) {
        return new RowRefusal(row.line(), row.rawName(), code, List.of(args), reason);
    }

    private static Map<PublishedColumn, String> columns() {
        Map<PublishedColumn, String> columns = new LinkedHashMap<>();
        columns.put(PublishedColumn.BASELINE, "BASELINE");
        columns.put(PublishedColumn.OUTPUT, "OUTPUT");
        columns.put(PublishedColumn.OUTCOME, "OUTCOME");
        columns.put(PublishedColumn.IMPACT, "IMPACT");
        columns.put(PublishedColumn.QUICK_WINS, "QUICK_WIN");
        columns.put(PublishedColumn.PROGRAM_KOLABORASI, "COLLABORATION");
        return Collections.unmodifiableMap(columns);
    }
}
