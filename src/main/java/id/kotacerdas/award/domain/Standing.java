package id.kotacerdas.award.domain;

/**
 * A ranked competitor of a proposal.
 *
 * @param rank 1 for the highest number; equal numbers share a rank and the next rank skips (1, 2, 2, 4)
 * @param proposed whether its rank is within the award's places
 * @param tiedAtCutoff whether it shares the rank that straddles the last place (more regions than places left)
 */
public record Standing(int rank, Competitor competitor, boolean proposed, boolean tiedAtCutoff) {

    public String regionCode() {
        return competitor.regionCode();
    }
}
