package id.kotacerdas.monitoring.domain;

/**
 * The quick wins started by a period's year and what became of them in it ({@link Continuity}): continued,
 * stopped, not reported.
 */
public record QuickWinCount(int started, int continued, int stopped, int notReported) {}
