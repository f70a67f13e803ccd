package id.kotacerdas.programme;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A file of a guidance session's materials: its original name, the type detected from its content, its size. */
public record GuidanceMaterial(
        UUID id,
        long sessionId,
        String name,
        String contentType,
        long size,
        String uploadedBy,
        OffsetDateTime uploadedAt) {}
