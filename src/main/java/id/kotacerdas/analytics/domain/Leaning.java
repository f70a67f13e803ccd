package id.kotacerdas.analytics.domain;

/**
 * Where an assessor's mean difference from their panel mates stands against the other assessors': SEVERE (lower)
 * or LENIENT (higher) when outside the rest's interval and not explained by chance, else WITHIN.
 */
public enum Leaning {
    SEVERE,
    WITHIN,
    LENIENT
}
