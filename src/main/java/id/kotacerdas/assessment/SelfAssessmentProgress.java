package id.kotacerdas.assessment;

import java.time.OffsetDateTime;
import java.util.List;

/** How far a region is: answered questions per dimension and in all, and whether it has submitted. */
public record SelfAssessmentProgress(
        int year,
        String regionCode,
        int answered,
        int questions,
        List<DimensionProgress> dimensions,
        List<Integer> unanswered,
        boolean submitted,
        OffsetDateTime submittedAt,
        String submittedBy) {

    public record DimensionProgress(String dimension, int answered, int questions) {}
}
