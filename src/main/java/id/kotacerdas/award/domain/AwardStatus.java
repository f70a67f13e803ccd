package id.kotacerdas.award.domain;

/**
 * Where an award category stands: a DRAFT is defined and may change; CONFIRMED when a jury confirmed its winners
 * (it may confirm again, or change the definition, which takes the confirmation back); PUBLISHED is frozen and
 * public.
 */
public enum AwardStatus {
    DRAFT,
    CONFIRMED,
    PUBLISHED;

    /** The definition and the winners change only before publication. */
    public boolean frozen() {
        return this == PUBLISHED;
    }

    public boolean published() {
        return this == PUBLISHED;
    }
}
