package id.kotacerdas.monitoring.domain;

import id.kotacerdas.shared.domain.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The header of the workbook's first sheet: its first non-blank row. Every non-blank header must name a column
 * ({@link ImportColumn}), once; code, category, name and direction must be there. Otherwise the whole file is
 * refused: a misspelt column would be data silently left out.
 */
public final class ImportHeader {

    static final List<ImportColumn.Kind> REQUIRED = List.of(
            ImportColumn.Kind.CODE, ImportColumn.Kind.CATEGORY, ImportColumn.Kind.NAME, ImportColumn.Kind.DIRECTION);

    private final int row;
    private final Map<ImportColumn, Integer> positions;

    private ImportHeader(int row, Map<ImportColumn, Integer> positions) {
        this.row = row;
        this.positions = positions;
    }

    public static ImportHeader of(SheetRow header) {
        Map<ImportColumn, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cell(i);
            if (text.isEmpty()) {
                continue;
            }
            Optional<ImportColumn> column = ImportColumn.of(text);
            if (column.isEmpty()) {
                throw refusal("masterplan.import.unknownColumn", "Unknown column " + text, text);
            }
            if (positions.putIfAbsent(column.get(), i) != null) {
                throw refusal(
                        "masterplan.import.repeatedColumn",
                        "Repeated column " + text,
                        column.get().label());
            }
        }
        List<String> missing = new ArrayList<>();
        for (ImportColumn.Kind kind : REQUIRED) {
            if (!positions.containsKey(ImportColumn.of(kind))) {
                missing.add(ImportColumn.of(kind).label());
            }
        }
        if (!missing.isEmpty()) {
            String names = String.join(", ", missing);
            throw refusal("masterplan.import.missingColumns", "Missing columns " + names, names);
        }
        return new ImportHeader(header.row(), positions);
    }

    public int row() {
        return row;
    }

    public Set<ImportColumn> columns() {
        return positions.keySet();
    }

    /** The row's cell under the column, stripped; {@code ""} when empty or when the sheet has no such column. */
    public String cell(SheetRow row, ImportColumn column) {
        Integer position = positions.get(column);
        return position == null ? "" : row.cell(position);
    }

    public boolean has(ImportColumn column) {
        return positions.containsKey(column);
    }

    static InvalidInput refusal(String key, String reason, Object... arguments) {
        return new InvalidInput("file", key, reason, arguments);
    }
}
