package id.kotacerdas.notification;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A notice as its recipient and administrators see it (the attachment by its name only).
 *
 * @param email the address it was sent to, or is to be sent to; null when shown in the application only
 * @param nextAttemptAt when the dispatcher tries again (QUEUED only)
 * @param lastError why the last attempt failed
 */
@Schema(name = "Notice")
public record NoticeView(
        UUID id,
        String recipient,
        NoticeKind kind,
        Integer year,
        String regionCode,
        String language,
        String email,
        String subject,
        String body,
        String attachmentName,
        NoticeStatus status,
        int attempts,
        OffsetDateTime nextAttemptAt,
        String lastError,
        OffsetDateTime createdAt,
        OffsetDateTime sentAt,
        OffsetDateTime readAt) {}
