package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.ImportRefusal;
import java.util.List;

/**
 * What an Excel import did: the rows that created or changed an item ({@code imported}), the rows equal to what
 * was stored ({@code unchanged}), and every refusal, row by row and column by column. With a refusal and without
 * {@code validRowsOnly} nothing was imported: both counts are 0.
 */
public record MasterplanImportResult(int imported, int unchanged, List<ImportRefusal> rejected) {

    public MasterplanImportResult {
        rejected = List.copyOf(rejected);
    }
}
