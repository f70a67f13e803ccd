package id.kotacerdas.assessment;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * How far a region is: answered questions per dimension and in all, whether it has submitted, and its extension
 * (null without one).
 *
 * @param receiptNumber the receipt of its first submission ({@code KC-2026-51.03-0001}), null while not submitted
 *     (a reopened self-assessment submitted again keeps its number)
 */
public record SelfAssessmentProgress(
        int year,
        String regionCode,
        int answered,
        int questions,
        List<DimensionProgress> dimensions,
        List<Integer> unanswered,
        boolean submitted,
        OffsetDateTime submittedAt,
        String submittedBy,
        String receiptNumber,
        SelfAssessmentExtension extension) {

    public record DimensionProgress(String dimension, int answered, int questions) {}
}
