package id.kotacerdas.monitoring.domain;

import java.math.BigDecimal;

/**
 * A category's items in a period: how many, how many met (tercapai), not met and unknown, and the mean
 * achievement percentage over the items that have one (null when none has).
 */
public record CategorySummary(int total, int met, int notMet, int unknown, BigDecimal meanAchievementPercent) {}
