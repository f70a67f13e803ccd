package id.kotacerdas.assessment;

import java.time.OffsetDateTime;

/** Published inside the transaction in which a region submitted its self-assessment (not on a repeated submit). */
public record SelfAssessmentSubmitted(
        int year, String regionCode, String receiptNumber, OffsetDateTime submittedAt, String submittedBy) {}
