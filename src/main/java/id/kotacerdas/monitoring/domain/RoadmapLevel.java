package id.kotacerdas.monitoring.domain;

/** Where a roadmap item sits: a programme, one of its kegiatan, or a sub-kegiatan. */
public enum RoadmapLevel {
    PROGRAM,
    KEGIATAN,
    SUB_KEGIATAN
}
