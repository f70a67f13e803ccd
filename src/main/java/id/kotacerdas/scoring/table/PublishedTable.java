package id.kotacerdas.scoring.table;

import java.util.List;

/**
 * A published national table as read from a file: its data rows in file order, fully empty rows left out.
 *
 * @param headerLine the line (or workbook row) holding the header
 * @param rows the data rows
 */
public record PublishedTable(int headerLine, List<PublishedRow> rows) {

    public PublishedTable {
        rows = List.copyOf(rows);
    }
}
