package id.kotacerdas.monitoring.domain;

/** What a masterplan item monitors, as Kota Surakarta's monitoring report groups them. */
public enum Category {
    GOAL_INDICATOR,
    POLICY,
    INSTITUTION,
    INFRASTRUCTURE,
    APPLICATION,
    LITERACY,
    /** The roadmap per smart dimension: programmes, their kegiatan and sub-kegiatan ({@link RoadmapLevel}). */
    ROADMAP,
    QUICK_WIN,
    /** An indicator of SNI ISO 37122:2019, picked from the catalogue or added by the region. */
    ISO_37122
}
