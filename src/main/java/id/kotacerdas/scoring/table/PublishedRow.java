package id.kotacerdas.scoring.table;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One data row of a published national table, as written: nothing is parsed or matched yet.
 *
 * @param line the 1-based line number in the file (row number in a workbook); the header is line 1 when it
 *     is the first line
 * @param rawName the {@code KAB/KOTA} cell, stripped of surrounding spaces
 * @param rawTrack the {@code KET} cell, stripped of surrounding spaces
 * @param rawCells every recognised column by its canonical label ({@link PublishedColumn#label()}), stripped
 *     of surrounding spaces; a cell missing from a short row is {@code ""}
 */
public record PublishedRow(int line, String rawName, String rawTrack, Map<String, String> rawCells) {

    public PublishedRow {
        Objects.requireNonNull(rawName, "rawName");
        Objects.requireNonNull(rawTrack, "rawTrack");
        rawCells = Collections.unmodifiableMap(new LinkedHashMap<>(rawCells));
    }

    /** The raw text of a column, {@code ""} when the table has no such column. */
    public String cell(PublishedColumn column) {
        return rawCells.getOrDefault(column.label(), "");
    }
}
