package id.kotacerdas.scoring;

import java.math.BigDecimal;

/**
 * One line of the working behind a region's final, for readers outside the scoring module (the report): the
 * track's weight of the dimension, its score at full precision and as shown, the contribution score × weight, and
 * where the score comes from (QUESTIONS, GIVEN, FINALIZED or MISSING_COUNTED_AS_ZERO; see
 * {@link RegionResult#sourceOf}).
 */
public record DimensionWorking(
        String code, BigDecimal weight, BigDecimal score, BigDecimal shown, BigDecimal contribution, String source) {}
