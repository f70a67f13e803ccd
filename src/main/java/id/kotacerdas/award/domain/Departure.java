package id.kotacerdas.award.domain;

/**
 * Where the jury departed from the proposal, and why.
 *
 * @param change {@code ADDED}: a winner the system had not proposed; {@code LEFT_OUT}: a proposed region that is
 *     not a winner
 */
public record Departure(String regionCode, String regionName, String change, String reason) {}
