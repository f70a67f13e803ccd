package id.kotacerdas.assessment;

import java.time.OffsetDateTime;

/** A region's answer to one question: proposed level, justification and the version to send back. */
public record AnswerView(
        int no, int level, String justification, int version, String updatedBy, OffsetDateTime updatedAt) {}
