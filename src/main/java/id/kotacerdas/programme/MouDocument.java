package id.kotacerdas.programme;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A revision of a cohort region's signed MoU (a PDF); the highest revision is the current document. */
public record MouDocument(
        UUID id,
        long selectionId,
        String regionCode,
        int revision,
        String name,
        long size,
        String uploadedBy,
        OffsetDateTime uploadedAt) {}
