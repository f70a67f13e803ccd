package id.kotacerdas.monitoring.domain;

/** An item's status, computed from its target and realisation, never typed. */
public enum Status {
    /** Tercapai: the realisation reaches the target, respecting the direction. */
    MET,
    /** Belum tercapai. */
    NOT_MET,
    /** Belum diketahui: no realisation (or no target) for the period. */
    UNKNOWN
}
