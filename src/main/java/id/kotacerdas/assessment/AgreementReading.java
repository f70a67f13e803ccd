package id.kotacerdas.assessment;

import java.math.BigDecimal;

/**
 * A panel's Krippendorff's alpha (interval metric, 3 decimals) and whether it lies under the floor for tentative
 * conclusions (0.667), so the dashboard flags it before finalization.
 */
public record AgreementReading(BigDecimal alpha, boolean belowFloor) {}
