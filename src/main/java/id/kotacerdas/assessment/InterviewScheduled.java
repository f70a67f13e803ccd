package id.kotacerdas.assessment;

import java.time.OffsetDateTime;

/**
 * Published inside the transaction that scheduled (or moved) a region's interview.
 *
 * @param meetingLink the https link of the online meeting, empty when none was given
 */
public record InterviewScheduled(int year, String regionCode, OffsetDateTime scheduledAt, String meetingLink) {}
