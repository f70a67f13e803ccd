package id.kotacerdas.scoring.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the header row of a table and the position of each {@link PublishedColumn} in it.
 *
 * <p>The header is the first non-blank row that names at least {@value #MIN_RECOGNISED} known columns, so
 * title lines above a table are skipped; when no row qualifies, the first non-blank row is taken as the
 * header and the missing columns are reported against it.
 */
final class HeaderMapping {

    static final int MIN_RECOGNISED = 3;

    private final int line;
    private final Map<PublishedColumn, Integer> positions;

    private HeaderMapping(int line, Map<PublishedColumn, Integer> positions) {
        this.line = line;
        this.positions = positions;
    }

    /** @throws TableFormatException when there is no non-blank row, or required columns are missing or repeated */
    static HeaderMapping locate(List<RawRow> rows) {
        RawRow header = rows.stream()
                .filter(row -> !row.isBlank())
                .filter(row -> recognised(row).size() >= MIN_RECOGNISED)
                .findFirst()
                .or(() -> rows.stream().filter(row -> !row.isBlank()).findFirst())
                .orElseThrow(() -> new TableFormatException("the table is empty: no header row found"));
        Map<PublishedColumn, Integer> positions = new EnumMap<>(PublishedColumn.class);
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            Optional<PublishedColumn> column = PublishedColumn.fromHeader(header.cell(i));
            if (column.isPresent() && positions.putIfAbsent(column.get(), i) != null) {
                repeated.add(column.get().label());
            }
        }
        if (!repeated.isEmpty()) {
            throw new TableFormatException(
                    "the header on line " + header.line() + " repeats the column(s) " + String.join(", ", repeated));
        }
        List<String> missing = List.of(PublishedColumn.values()).stream()
                .filter(PublishedColumn::required)
                .filter(column -> !positions.containsKey(column))
                .map(PublishedColumn::label)
                .toList();
        if (!missing.isEmpty()) {
            throw new TableFormatException("the header on line " + header.line() + " lacks the required column(s) "
                    + String.join(", ", missing) + "; found: "
                    + header.cells().stream()
                            .filter(cell -> !cell.isBlank())
                            .map(String::strip)
                            .collect(Collectors.joining(", ")));
        }
        return new HeaderMapping(header.line(), positions);
    }

    int line() {
        return line;
    }

    /** The recognised cells of a data row, by canonical label, in column order; absent cells are {@code ""}. */
    Map<String, String> cellsOf(RawRow row) {
        Map<String, String> cells = new LinkedHashMap<>();
        positions.forEach((column, index) -> cells.put(column.label(), clean(row.cell(index))));
        return cells;
    }

    private static List<PublishedColumn> recognised(RawRow row) {
        return row.cells().stream()
                .map(PublishedColumn::fromHeader)
                .flatMap(Optional::stream)
                .distinct()
                .toList();
    }

    private static String clean(String cell) {
        return cell == null ? "" : cell.replace('\u00A0', ' ').strip();
    }
}
