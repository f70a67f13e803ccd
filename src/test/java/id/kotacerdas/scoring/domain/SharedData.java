package id.kotacerdas.scoring.domain;

import id.kotacerdas.support.TestData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The published 2024 figures the scoring tests check the engine against (files of {@link TestData}). */
final class SharedData {

    private SharedData() {}

    /** Rows of a TSV file, header excluded, each split on tabs (trailing empty cells kept). */
    static List<String[]> rows(String resource) {
        return TestData.tsvRows(resource);
    }

    /** Question number → dimension code of instrument-2024.tsv. */
    static Map<Integer, String> dimensionsOf2024Instrument() {
        Map<Integer, String> dimensions = new LinkedHashMap<>();
        for (String[] row : rows(TestData.INSTRUMENT_2024)) {
            dimensions.put(Integer.parseInt(row[0].trim()), row[1].trim());
        }
        return dimensions;
    }

    /** Kab. Badung's 2024 question scores, each under its 2024 dimension. */
    static List<QuestionScore> badung2024QuestionScores() {
        Map<Integer, String> dimensions = dimensionsOf2024Instrument();
        List<QuestionScore> scores = new ArrayList<>();
        for (String[] row : rows(TestData.BADUNG_2024_QUESTION_SCORES)) {
            int no = Integer.parseInt(row[0].trim());
            scores.add(QuestionScore.given(no, dimensions.get(no), new BigDecimal(row[1].trim())));
        }
        return scores;
    }

    /** A published decimal with a comma ("3,56"); null for an empty or "-" cell. */
    static BigDecimal publishedDecimal(String cell) {
        String value = cell.trim();
        if (value.isEmpty() || value.equals("-")) {
            return null;
        }
        return new BigDecimal(value.replace(',', '.'));
    }
}
