package id.kotacerdas.scoring.domain;

/**
 * A region's ranks by shown final score (see {@link Ranking}); 1 is best, tied regions share a rank.
 *
 * @param national among all ranked regions
 * @param inTrack among the regions of the same track
 * @param inKind among the regions of the same kind (kabupaten or kota)
 */
public record Ranks(int national, int inTrack, int inKind) {}
