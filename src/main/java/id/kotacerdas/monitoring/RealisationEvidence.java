package id.kotacerdas.monitoring;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An evidence file attached to an item's realisation of a year ({@code semester} null) or a semester: its id, the
 * original name, the type detected from its content (the type it is served with) and its size.
 */
public record RealisationEvidence(
        UUID id,
        long item,
        int year,
        Integer semester,
        String name,
        String contentType,
        long size,
        String uploadedBy,
        OffsetDateTime uploadedAt) {}
