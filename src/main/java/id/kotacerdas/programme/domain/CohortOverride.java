package id.kotacerdas.programme.domain;

/**
 * The administrator's departure from the proposal for one candidate, with the reason.
 *
 * @param kind {@link Kind#INCLUDE} a candidate that was not proposed (below the cut-off, tied at it, or in an
 *     earlier cohort); {@link Kind#DROP} a proposed one
 */
public record CohortOverride(String regionCode, Kind kind, String reason) {

    public enum Kind {
        INCLUDE,
        DROP
    }
}
