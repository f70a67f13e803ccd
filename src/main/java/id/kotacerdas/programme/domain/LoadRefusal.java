package id.kotacerdas.programme.domain;

import java.util.List;

/**
 * Why a row of a candidates file was refused: its line, the column (null for the whole row), what it held, a
 * message key with its arguments for the reader's language, and the reason in English.
 */
public record LoadRefusal(int line, String column, String input, String code, List<String> arguments, String reason) {

    public LoadRefusal {
        arguments = List.copyOf(arguments);
    }

    static LoadRefusal of(int line, String column, String input, String code, String reason, String... arguments) {
        return new LoadRefusal(line, column, input, code, List.of(arguments), reason);
    }
}
