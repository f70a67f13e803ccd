package id.kotacerdas.scoring.domain;

/** Where a dimension score in a {@link RegionScore} comes from (docs/method.md). */
public enum DimensionSource {
    /** Mean of the region's question scores in that dimension. */
    QUESTIONS,
    /** Given directly: a dimension without questions (e.g. collaboration), or a published table value. */
    GIVEN,
    /** Weighted in the track but absent (published "-" or empty cell): counts as 0, e.g. Kab. Karo 2024. */
    MISSING_COUNTED_AS_ZERO
}
