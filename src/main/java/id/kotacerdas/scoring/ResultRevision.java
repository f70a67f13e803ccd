package id.kotacerdas.scoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

/** One version of a region's result: the first from finalization, later ones corrections with a reason. */
public record ResultRevision(
        int revision,
        String reason,
        String actor,
        OffsetDateTime createdAt,
        Map<String, BigDecimal> scores,
        BigDecimal finalScore) {}
