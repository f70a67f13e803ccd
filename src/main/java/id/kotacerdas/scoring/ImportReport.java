package id.kotacerdas.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What an import of a published national table did: how many rows it imported, which rows it refused
 * and why, which names it matched only loosely (imported only when confirmed), and where the published
 * final differs from the one the system computes.
 */
public record ImportReport(
        UUID importId,
        int year,
        int rows,
        int imported,
        List<Rejected> rejected,
        List<Suggestion> suggestions,
        List<Mismatch> mismatches) {

    public record Rejected(int line, String input, String reason, String reasonCode, List<String> arguments) {}

    public record Suggestion(int line, String input, String regionCode, String regionName, boolean imported) {}

    public record Mismatch(
            int line, String regionCode, String regionName, BigDecimal publishedFinal, BigDecimal computedFinal) {}

    public long pendingSuggestions() {
        return suggestions.stream().filter(s -> !s.imported()).count();
    }
}
