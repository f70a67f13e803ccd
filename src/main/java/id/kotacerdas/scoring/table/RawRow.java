package id.kotacerdas.scoring.table;

import java.util.List;

/** A row of cells as read from any source format, before the header is interpreted. */
record RawRow(int line, List<String> cells) {

    RawRow {
        cells = List.copyOf(cells);
    }

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
