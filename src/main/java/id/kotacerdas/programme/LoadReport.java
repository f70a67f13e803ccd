package id.kotacerdas.programme;

import id.kotacerdas.programme.domain.LoadRefusal;
import java.util.List;

/**
 * What a load of candidates did. All or nothing: with any refused row nothing is stored ({@code stored} false,
 * {@code loaded} 0) and the selection keeps the candidates it had; otherwise every row replaces them.
 *
 * @param rows the data rows read (blank rows and the header not counted)
 * @param loaded the candidates stored
 * @param incomplete of those, how many lack a parameter (listed, not ranked)
 * @param refused every refused row with its reasons, by line
 */
public record LoadReport(
        long selection, int rows, boolean stored, int loaded, int incomplete, List<LoadRefusal> refused) {

    public LoadReport {
        refused = List.copyOf(refused);
    }
}
