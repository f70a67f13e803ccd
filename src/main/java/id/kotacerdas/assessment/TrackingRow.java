package id.kotacerdas.assessment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Where one participating region stands in the period: the ministry's tracking dashboard line. {@code agreement}
 * is the panel's Krippendorff's alpha (interval metric) over its submitted scores, null while fewer than two
 * assessors submitted or without variation; {@code agreementLow} flags it under 0.667; {@code extendedUntil} is the
 * region's extended self-assessment deadline (null without an extension).
 */
public record TrackingRow(
        String regionCode,
        String regionName,
        String track,
        int answered,
        int questions,
        boolean submitted,
        int assessors,
        int assessorsDone,
        boolean interviewHeld,
        Boolean regionAttended,
        int reconciliationOpen,
        int surveyComplete,
        int surveyDimensions,
        BigDecimal agreement,
        boolean agreementLow,
        OffsetDateTime extendedUntil) {

    public boolean surveyShort() {
        return surveyComplete < surveyDimensions;
    }
}
