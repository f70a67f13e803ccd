package id.kotacerdas.programme;

import id.kotacerdas.programme.domain.DocumentKind;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One revision of a document a region uploaded for its masterplan review.
 *
 * @param revision 1 for the first upload of its kind, then 2, 3...
 * @param contentType the type detected from its content, which it is served with
 * @param sha256 the content's SHA-256, lower-case hex
 * @param latest the newest revision of its kind: the one reviewed
 */
public record MasterplanDocument(
        UUID id,
        DocumentKind kind,
        int revision,
        String name,
        String contentType,
        long size,
        String sha256,
        String uploadedBy,
        OffsetDateTime uploadedAt,
        boolean latest) {}
