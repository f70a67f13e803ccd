package id.kotacerdas.scoring.table;

import java.util.List;

/**
 * Why a row of an import was not imported: a message key for the UI, its arguments, and the reason in
 * English for the API.
 */
public record RowRefusal(int line, String input, String code, List<String> arguments, String reason)
        implements RowReading {

    public RowRefusal {
        arguments = List.copyOf(arguments);
    }
}
