package id.kotacerdas.region;

import java.util.List;

/**
 * How a name found in a document matched the registry: {@code EXACT} after normalisation, {@code
 * SUGGESTED} (a loose match that needs a person's confirmation) or {@code UNMATCHED} (with the
 * reason and, when ambiguous, the candidates).
 */
public record RegionMatch(
        Status status, RegionView region, String reasonCode, String reason, List<RegionView> candidates) {

    public enum Status {
        EXACT,
        SUGGESTED,
        UNMATCHED
    }

    public boolean exact() {
        return status == Status.EXACT;
    }

    public boolean suggested() {
        return status == Status.SUGGESTED;
    }
}
