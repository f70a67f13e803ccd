package id.kotacerdas.monitoring.domain;

/**
 * The institutions planned for a period (with a target that year), how many are formed (stage 1 or 2 reached) and
 * how many are active (stage 2).
 */
public record InstitutionCount(int planned, int formed, int active) {}
