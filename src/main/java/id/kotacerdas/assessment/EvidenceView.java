package id.kotacerdas.assessment;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An evidence file as listed: its id, question, original name, detected type and size. */
public record EvidenceView(
        UUID id,
        int questionNo,
        String name,
        String contentType,
        long size,
        String uploadedBy,
        OffsetDateTime uploadedAt) {}
