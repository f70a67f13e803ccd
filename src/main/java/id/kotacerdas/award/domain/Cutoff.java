package id.kotacerdas.award.domain;

/**
 * A tie at the cut-off: {@code tied} regions share {@code rank}, and only {@code placesLeft} places are left for
 * them. Never broken by the system: every one of them is proposed and the jury decides.
 */
public record Cutoff(int rank, int tied, int placesLeft) {}
