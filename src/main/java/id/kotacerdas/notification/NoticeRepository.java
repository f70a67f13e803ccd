package id.kotacerdas.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NoticeRepository {

    /** A notice to write; attachment null when it has none. */
    record NewNotice(
            UUID id,
            String recipient,
            NoticeKind kind,
            Integer year,
            String regionCode,
            String language,
            String email,
            String subject,
            String body,
            Attachment attachment,
            NoticeStatus status,
            OffsetDateTime nextAttemptAt,
            String dedupeKey) {}

    /** A queued notice claimed for sending. */
    record Outgoing(
            UUID id,
            String recipient,
            String kind,
            Integer year,
            String regionCode,
            String email,
            String subject,
            String body,
            String attachmentName,
            String attachmentType,
            byte[] attachment,
            int attempts) {}

    private static final String VIEW = """
            select id, recipient, kind, year, region_code as regionCode, language, email, subject, body,
                   attachment_name as attachmentName, status, attempts, next_attempt_at as nextAttemptAt,
                   last_error as lastError, created_at as createdAt, sent_at as sentAt, read_at as readAt
            from notice
            """;

    private static final int MAX_ROWS = 500;

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the notice unless one with its dedupe key exists; true when written. */
    boolean insert(NewNotice n) {
        Attachment a = n.attachment();
        return jdbc.sql("""
                        insert into notice (id, recipient, kind, year, region_code, language, email, subject, body,
                                            attachment_name, attachment_type, attachment, status, next_attempt_at,
                                            dedupe_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (dedupe_key) do nothing
                        """)
                        .params(
                                n.id(),
                                n.recipient(),
                                n.kind().name(),
                                n.year(),
                                n.regionCode(),
                                n.language(),
                                n.email(),
                                n.subject(),
                                n.body(),
                                a == null ? null : a.name(),
                                a == null ? null : a.contentType(),
                                a == null ? null : a.content(),
                                n.status().name(),
                                n.nextAttemptAt(),
                                n.dedupeKey())
                        .update()
                == 1;
    }

    /** Up to {@code limit} queued notices due at {@code now}, locked; those another sender holds are skipped. */
    List<Outgoing> claimDue(Instant now, int limit) {
        return jdbc.sql("""
                        select id, recipient, kind, year, region_code as regionCode, email, subject, body,
                               attachment_name as attachmentName, attachment_type as attachmentType, attachment,
                               attempts
                        from notice
                        where status = 'QUEUED' and next_attempt_at <= ?
                        order by next_attempt_at, created_at
                        limit ?
                        for update skip locked
                        """).params(utc(now), limit).query(Outgoing.class).list();
    }

    void sent(UUID id, Instant at) {
        jdbc.sql("""
                        update notice set status = 'SENT', attempts = attempts + 1, sent_at = ?, next_attempt_at = null,
                                          last_error = null
                        where id = ?
                        """).params(utc(at), id).update();
    }

    /** A failed attempt: queued again at {@code next}, or FAILED when next is null. */
    void failed(UUID id, String error, Instant next) {
        jdbc.sql("""
                        update notice set status = ?, attempts = attempts + 1, next_attempt_at = ?, last_error = ?
                        where id = ?
                        """)
                .params(next == null ? NoticeStatus.FAILED.name() : NoticeStatus.QUEUED.name(), utc(next), error, id)
                .update();
    }

    /** A FAILED notice queued again with its attempts counted afresh; false when it is not FAILED. */
    boolean requeue(UUID id, Instant now) {
        return jdbc.sql("""
                        update notice set status = 'QUEUED', attempts = 0, next_attempt_at = ?
                        where id = ? and status = 'FAILED'
                        """).params(utc(now), id).update() == 1;
    }

    Optional<NoticeView> find(UUID id) {
        return jdbc.sql(VIEW + " where id = ?")
                .param(id)
                .query(NoticeView.class)
                .optional();
    }

    /** The recipient's notices, newest first (at most 500). */
    List<NoticeView> of(String recipient) {
        return jdbc.sql(VIEW + " where recipient = ? order by created_at desc, id limit ?")
                .params(recipient, MAX_ROWS)
                .query(NoticeView.class)
                .list();
    }

    int unread(String recipient) {
        return jdbc.sql("select count(*) from notice where recipient = ? and read_at is null")
                .param(recipient)
                .query(Integer.class)
                .single();
    }

    void markRead(String recipient) {
        jdbc.sql("update notice set read_at = now() where recipient = ? and read_at is null")
                .param(recipient)
                .update();
    }

    /** Every account's notices, newest first (at most 500), optionally of one status and one kind. */
    List<NoticeView> all(NoticeStatus status, NoticeKind kind) {
        String s = status == null ? null : status.name();
        String k = kind == null ? null : kind.name();
        return jdbc.sql(VIEW + """
                         where (cast(? as varchar) is null or status = ?)
                           and (cast(? as varchar) is null or kind = ?)
                         order by created_at desc, id limit ?
                        """)
                .params(s, s, k, k, MAX_ROWS)
                .query(NoticeView.class)
                .list();
    }

    /** How many notices of the kind the recipient got about one period and region (an invitation's version). */
    int count(String recipient, NoticeKind kind, int year, String regionCode) {
        return jdbc.sql("select count(*) from notice where recipient = ? and kind = ? and year = ? and region_code = ?")
                .params(recipient, kind.name(), year, regionCode)
                .query(Integer.class)
                .single();
    }

    private static OffsetDateTime utc(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }
}
