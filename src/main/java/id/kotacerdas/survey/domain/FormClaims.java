package id.kotacerdas.survey.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * What a form token says: the survey (year, region) and smart dimension it was handed out for ({@code null}: any
 * dimension of the region, chosen on the form), when, and a random nonce that makes it usable once.
 */
public record FormClaims(int year, String region, String dimension, Instant issuedAt, String nonce) {

    static final String ANY = "*";

    String payload() {
        return year + "|" + region + "|" + (dimension == null ? ANY : dimension) + "|" + issuedAt.getEpochSecond() + "|"
                + nonce;
    }

    static Optional<FormClaims> parse(String payload) {
        String[] parts = payload.split("\\|", -1);
        if (parts.length != 5 || parts[4].isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FormClaims(
                    Integer.parseInt(parts[0]),
                    parts[1],
                    ANY.equals(parts[2]) ? null : parts[2],
                    Instant.ofEpochSecond(Long.parseLong(parts[3])),
                    parts[4]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Handed out for this survey and, when bound to one, this smart dimension. */
    public boolean isFor(int year, String region, String dimension) {
        return this.year == year
                && this.region.equals(region)
                && (this.dimension == null || this.dimension.equals(dimension));
    }
}
