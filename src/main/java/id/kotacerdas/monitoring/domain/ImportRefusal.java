package id.kotacerdas.monitoring.domain;

import java.util.List;

/**
 * Why a row of the workbook was not imported: its row number, the column's label, a message key with its
 * arguments for the reader's language, and the reason in English.
 */
public record ImportRefusal(int row, String column, String code, List<Object> arguments, String reason) {

    public ImportRefusal {
        arguments = List.copyOf(arguments);
    }

    static ImportRefusal of(int row, ImportColumn column, String code, String reason, Object... arguments) {
        return new ImportRefusal(row, column.label(), code, List.of(arguments), reason);
    }
}
