package id.kotacerdas.monitoring.domain;

import java.math.BigDecimal;

/**
 * A smart dimension's implementation: its roadmap programmes with a target in the period ({@code planned}), those
 * met ({@code implemented}), and implemented / planned × 100 rounded half up to 2 decimals (null without any
 * programme planned). Kabupaten Kebumen's branding: 6 of 7 = 85.71.
 */
public record Implementation(int planned, int implemented, BigDecimal implementationRate) {}
