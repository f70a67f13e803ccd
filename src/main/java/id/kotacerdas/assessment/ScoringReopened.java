package id.kotacerdas.assessment;

import java.time.OffsetDateTime;

/** The last reopening of an assessor's submitted scoring: by which administrator, when and why. */
public record ScoringReopened(String assessor, String reason, String reopenedBy, OffsetDateTime reopenedAt) {}
