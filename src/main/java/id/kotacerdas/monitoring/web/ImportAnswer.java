package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.MasterplanImportResult;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * An import's result as the API answers it and the page shows it: the counts, and each refusal with its row,
 * column, message key and message in the reader's language (Bahasa Indonesia unless English is asked for).
 */
public record ImportAnswer(int imported, int unchanged, List<Rejected> rejected) {

    @Schema(name = "MasterplanImportRejected") // the API contract: another type of the API has its simple name
    public record Rejected(int row, String column, String code, String message) {}

    static ImportAnswer of(MasterplanImportResult result, MessageSource messages, Locale locale) {
        return new ImportAnswer(
                result.imported(),
                result.unchanged(),
                result.rejected().stream()
                        .map(r -> new Rejected(
                                r.row(),
                                r.column(),
                                r.code(),
                                messages.getMessage(r.code(), r.arguments().toArray(), r.reason(), locale)))
                        .toList());
    }
}
