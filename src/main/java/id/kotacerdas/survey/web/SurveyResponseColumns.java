package id.kotacerdas.survey.web;

import id.kotacerdas.shared.io.SpreadsheetText;
import id.kotacerdas.survey.SurveyExport.Row;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of an exported responses file: {@code no, submitted_wib, dimension, q50…, seconds_taken,
 * straight_lined, too_fast, source, quarantined, counted, comment}, with {@code region_code, region_name} first
 * in the nation's file. The comment, the
 * dimension and the region's name pass {@link SpreadsheetText#safe}; the other cells are numbers and codes.
 */
record SurveyResponseColumns(List<Integer> questions, boolean regionFirst) {

    private static final DateTimeFormatter WIB =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Jakarta"));

    /** A region's file: the region is in the file's name, not in its rows. */
    static SurveyResponseColumns ofRegion(List<Integer> questions) {
        return new SurveyResponseColumns(List.copyOf(questions), false);
    }

    /** The nation's file: every row starts with its region. */
    static SurveyResponseColumns ofNation(List<Integer> questions) {
        return new SurveyResponseColumns(List.copyOf(questions), true);
    }

    List<String> header() {
        List<String> header = new ArrayList<>();
        if (regionFirst) {
            header.addAll(List.of("region_code", "region_name"));
        }
        header.addAll(List.of("no", "submitted_wib", "dimension"));
        questions.forEach(q -> header.add("q" + q));
        header.addAll(
                List.of("seconds_taken", "straight_lined", "too_fast", "source", "quarantined", "counted", "comment"));
        return header;
    }

    /** One cell per column of {@link #header}: numbers as numbers, the rest as text; null for an empty cell. */
    List<Object> cells(Row row) {
        List<Object> cells = new ArrayList<>(questions.size() + 12);
        if (regionFirst) {
            cells.add(row.regionCode());
            cells.add(SpreadsheetText.safe(row.regionName()));
        }
        cells.add(row.number());
        cells.add(WIB.format(row.submittedAt()));
        cells.add(SpreadsheetText.safe(row.dimension()));
        cells.addAll(row.answers());
        cells.add(row.secondsTaken());
        cells.add(row.straightLined());
        cells.add(row.tooFast());
        cells.add(row.source());
        cells.add(row.quarantined());
        cells.add(!row.straightLined() && !row.tooFast() && !row.quarantined());
        cells.add(SpreadsheetText.safe(row.comment()));
        return cells;
    }
}
