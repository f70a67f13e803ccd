package id.kotacerdas.assessment;

import java.time.OffsetDateTime;

/**
 * More time for one region's self-assessment (perpanjangan): until {@code until} its operator answers, uploads
 * evidence and submits as before the period's deadline, in SELF_ASSESSMENT or ASSESSMENT.
 */
public record SelfAssessmentExtension(
        OffsetDateTime until, String reason, String grantedBy, OffsetDateTime grantedAt) {}
