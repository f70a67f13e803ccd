package id.kotacerdas.assessment;

/** Published inside the transaction in which an administrator reopened a region's submitted self-assessment. */
public record SelfAssessmentReopened(int year, String regionCode, String reason, String reopenedBy) {}
