package id.kotacerdas.scoring.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the TSV files of {@code ../shared/data/} (the project always runs with shared/ beside it). */
final class SharedData {

    private static final Path DIR = Path.of("../shared/data");

    private SharedData() {}

    /** Rows of a TSV file, header excluded, each split on tabs (trailing empty cells kept). */
    static List<String[]> rows(String file) {
        try {
            List<String> lines = Files.readAllLines(DIR.resolve(file));
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Question number → dimension code of instrument-2024.tsv. */
    static Map<Integer, String> dimensionsOf2024Instrument() {
        Map<Integer, String> dimensions = new LinkedHashMap<>();
        for (String[] row : rows("instrument-2024.tsv")) {
            dimensions.put(Integer.parseInt(row[0].trim()), row[1].trim());
        }
        return dimensions;
    }

    /** Kab. Badung's 2024 question scores, each under its 2024 dimension. */
    static List<QuestionScore> badung2024QuestionScores() {
        Map<Integer, String> dimensions = dimensionsOf2024Instrument();
        List<QuestionScore> scores = new ArrayList<>();
        for (String[] row : rows("badung-2024-question-scores.tsv")) {
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
