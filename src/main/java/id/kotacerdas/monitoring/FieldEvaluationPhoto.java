package id.kotacerdas.monitoring;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A photo of a field evaluation: its id, its caption, the original file name, the type detected from its content
 * ({@code image/jpeg} or {@code image/png}, the type it is served with) and its size.
 */
public record FieldEvaluationPhoto(
        UUID id,
        String caption,
        String name,
        String contentType,
        long size,
        String uploadedBy,
        OffsetDateTime uploadedAt) {}
