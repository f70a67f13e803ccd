package id.kotacerdas.notification;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.NotFound;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices module's facade: an account's own notices (read and unread), and for administrators every notice
 * with what was sent, what is queued and what failed, and sending a failed one again.
 */
@Service
public class Notices {

    private final NoticeRepository notices;
    private final MailChannel mail;
    private final RegionAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    Notices(NoticeRepository notices, MailChannel mail, RegionAccess access, AuditTrail audit, Clock clock) {
        this.notices = notices;
        this.mail = mail;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller's own notices, newest first. */
    public List<NoticeView> mine(Actor actor) {
        return notices.of(actor.username());
    }

    public int unread(Actor actor) {
        return notices.unread(actor.username());
    }

    @Transactional
    public void markRead(Actor actor) {
        notices.markRead(actor.username());
    }

    /** Whether notices go out by e-mail (a mail server is configured). */
    public boolean byEmail() {
        return mail.available();
    }

    /** Every account's notices, newest first, optionally of one status and kind (ADMIN). */
    public List<NoticeView> all(NoticeStatus status, NoticeKind kind, Actor actor) {
        access.ensureAdmin(actor);
        return notices.all(status, kind);
    }

    /** Queues a FAILED notice again, its attempts counted afresh (ADMIN). */
    @Transactional
    public NoticeView sendAgain(UUID id, Actor actor) {
        access.ensureAdmin(actor);
        NoticeView notice = notices.find(id).orElseThrow(() -> new NotFound("notice.notFound", "No notice " + id, id));
        if (!notices.requeue(id, clock.instant())) {
            throw new Conflict("notice.notFailed", "Only a failed notice is sent again", notice.status());
        }
        audit.record(AuditEvent.by(actor.username(), "NOTICE_RESENT")
                .in(notice.year(), notice.regionCode())
                .about(notice.kind() + " " + notice.recipient() + " " + id)
                .from(NoticeStatus.FAILED.name())
                .to(NoticeStatus.QUEUED.name()));
        return notices.find(id).orElseThrow();
    }
}
