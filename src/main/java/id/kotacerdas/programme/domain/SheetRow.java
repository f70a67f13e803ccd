package id.kotacerdas.programme.domain;

import java.util.List;

/** A row of a candidates file as text, numbered as the file numbers it (the first line or row is 1). */
public record SheetRow(int line, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell's text, stripped; {@code ""} beyond the row's last cell. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index).replace('\u00A0', ' ').strip() : "";
    }

    public boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
