package id.kotacerdas.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The data files the tests run against, read from the classpath: what the app ships lives under
 * {@code src/main/resources/data}, what only the tests need under {@code src/test/resources/data}.
 */
public final class TestData {

    /** The published half of the 2024 national table, as published (tabs, comma decimals); the app's demo data. */
    public static final String NATIONAL_2024_PART_A = "data/demo/national-2024-part-a.tsv";
    /** Kabupaten Badung's 2024 score of each of the 115 questions (columns {@code no}, {@code score}). */
    public static final String BADUNG_2024_QUESTION_SCORES = "data/badung-2024-question-scores.tsv";
    /** The 191 addressees of the 2024 results letter (columns {@code letter_no}, {@code addressee}). */
    public static final String LETTER_2024_ADDRESSEES = "data/regions-2024-letter.tsv";
    /** The 2024 instrument: no, dimension, indicator, sub_indicator, question. */
    public static final String INSTRUMENT_2024 = "data/instrument-2024.tsv";
    /** The Kemendagri registry of the 514 kabupaten/kota. */
    public static final String REGENCIES = "data/wilayah/regencies.csv";

    private TestData() {}

    public static byte[] bytes(String resource) {
        try (InputStream in = TestData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test data " + resource + " on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    /** The non-blank lines of a tab-separated file, header included, each split into its cells (trailing empty cells kept). */
    public static List<String[]> tsvLines(String resource) {
        return text(resource)
                .lines()
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t", -1))
                .toList();
    }

    /** As {@link #tsvLines}, without the header. */
    public static List<String[]> tsvRows(String resource) {
        List<String[]> lines = tsvLines(resource);
        return lines.subList(1, lines.size());
    }
}
