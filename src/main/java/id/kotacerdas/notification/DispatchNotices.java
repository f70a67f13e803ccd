package id.kotacerdas.notification;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.notification.domain.RetrySchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the queued notices that are due, after the transactions that wrote them committed and never in a request:
 * claims a batch ({@code for update skip locked}, so two senders never send one notice twice), sends each through
 * the mail server and records the outcome. A failed attempt is tried again after 1 minute, 5 minutes, 30 minutes and
 * 2 hours; after the fifth the notice is FAILED. Sending and failing for good are written to the audit trail.
 */
@Service
public class DispatchNotices {

    private static final Logger LOG = LoggerFactory.getLogger(DispatchNotices.class);
    private static final int BATCH = 50;
    private static final int MAX_ERROR = 1_000;
    private static final String SYSTEM = "system";

    private final NoticeRepository notices;
    private final MailChannel mail;
    private final AuditTrail audit;

    DispatchNotices(NoticeRepository notices, MailChannel mail, AuditTrail audit) {
        this.notices = notices;
        this.mail = mail;
        this.audit = audit;
    }

    /** Sends the notices due at {@code now} (one batch); how many went out. */
    @Transactional
    public int dispatchDue(Instant now) {
        if (!mail.available()) {
            return 0;
        }
        int sent = 0;
        for (NoticeRepository.Outgoing notice : notices.claimDue(now, BATCH)) {
            try {
                mail.send(notice);
                notices.sent(notice.id(), now);
                audit.record(event(notice, "NOTICE_SENT").to(notice.email()));
                sent++;
            } catch (RuntimeException e) {
                failed(notice, e, now);
            }
        }
        return sent;
    }

    private void failed(NoticeRepository.Outgoing notice, RuntimeException e, Instant now) {
        int attempts = notice.attempts() + 1;
        String error = describe(e);
        Optional<Duration> wait = RetrySchedule.after(attempts);
        notices.failed(notice.id(), error, wait.map(now::plus).orElse(null));
        if (wait.isEmpty()) {
            LOG.warn("Notice {} to {} failed after {} attempts: {}", notice.id(), notice.email(), attempts, error);
            audit.record(event(notice, "NOTICE_FAILED").from(notice.email()).to(error));
        } else {
            LOG.info(
                    "Notice {} to {} failed (attempt {}), tried again in {}: {}",
                    notice.id(),
                    notice.email(),
                    attempts,
                    wait.get(),
                    error);
        }
    }

    private static AuditEvent event(NoticeRepository.Outgoing notice, String action) {
        return AuditEvent.by(SYSTEM, action)
                .in(notice.year(), notice.regionCode())
                .about(notice.kind() + " " + notice.recipient() + " " + notice.id());
    }

    /** The failure and its causes, one line, without the message's content. */
    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < MAX_ERROR; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().strip().replaceAll("\\s+", " "));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text.toString();
    }
}
