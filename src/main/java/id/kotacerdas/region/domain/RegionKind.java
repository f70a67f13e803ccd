package id.kotacerdas.region.domain;

/** The two kinds of second-level region (kabupaten/kota) that take part in the evaluation. */
public enum RegionKind {
    /** A regency, headed by a bupati. */
    KABUPATEN,
    /** A city, headed by a wali kota. */
    KOTA
}
