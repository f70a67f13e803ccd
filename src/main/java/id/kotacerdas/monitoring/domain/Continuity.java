package id.kotacerdas.monitoring.domain;

/**
 * Whether a quick win carried on in a year: it has started when its first target's year has come; it continued
 * (berlanjut) when it has a realisation in the year, was stopped (dihentikan) from the year the region recorded
 * with a reason, and is not reported when neither.
 */
public enum Continuity {
    NOT_STARTED,
    CONTINUED,
    STOPPED,
    NOT_REPORTED
}
