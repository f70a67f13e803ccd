package id.kotacerdas.notification;

import id.kotacerdas.security.UserAccount;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notices in the transaction of the action that causes them (a rolled-back action leaves none), each
 * rendered in its recipient's language. A notice is QUEUED for the dispatcher when a mail server is configured, the
 * account has an address and wants the kind by e-mail; otherwise it is shown in the application only (UI_ONLY).
 */
@Service
class Outbox {

    /** What a notice says and about what; the model fills its template. */
    record Draft(
            NoticeKind kind,
            Integer year,
            String regionCode,
            List<Object> subjectArgs,
            Map<String, Object> model,
            String dedupeKey) {

        /**
         * A notice about a region in a period: its subject names the year and the region, its model holds them as
         * {@code year} and {@code region} besides {@code more}.
         */
        static Draft about(NoticeKind kind, int year, String region, String name, Map<String, Object> more) {
            Map<String, Object> model = new HashMap<>(more);
            model.put("year", String.valueOf(year));
            model.put("region", name);
            return new Draft(kind, year, region, List.of(String.valueOf(year), name), Map.copyOf(model), null);
        }

        /** The same notice, written at most once under {@code key}. */
        Draft keyed(String key) {
            return new Draft(kind, year, regionCode, subjectArgs, model, key);
        }
    }

    private final NoticeRepository notices;
    private final PreferenceRepository preferences;
    private final NoticeTemplates templates;
    private final MailChannel mail;
    private final Clock clock;
    private final String baseUrl;

    Outbox(
            NoticeRepository notices,
            PreferenceRepository preferences,
            NoticeTemplates templates,
            MailChannel mail,
            Clock clock,
            @Value("${kc.public-base-url:}") String baseUrl) {
        this.notices = notices;
        this.preferences = preferences;
        this.templates = templates;
        this.mail = mail;
        this.clock = clock;
        this.baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : strip(baseUrl);
    }

    /** The address the application is reached at, for the links in notices ({@code kc.public-base-url}). */
    String link(String path) {
        return baseUrl + path;
    }

    /** Writes the draft for the account, unless a notice with its dedupe key exists; true when written. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean write(UserAccount to, Draft draft) {
        return write(to, draft, null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean write(UserAccount to, Draft draft, Attachment attachment) {
        Locale locale = locale(to);
        Map<String, Object> model = new HashMap<>(draft.model());
        model.put("name", to.fullName());
        model.put("preferencesUrl", link("/pemberitahuan"));
        String subject =
                templates.subject(draft.kind(), locale, draft.subjectArgs().toArray());
        String body = templates.body(draft.kind(), locale, model);
        boolean byEmail = mail.available()
                && to.email() != null
                && !preferences.switchedOff(to.username()).contains(draft.kind());
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return notices.insert(new NoticeRepository.NewNotice(
                UUID.randomUUID(),
                to.username(),
                draft.kind(),
                draft.year(),
                draft.regionCode(),
                locale.getLanguage(),
                byEmail ? to.email() : null,
                subject,
                body,
                attachment,
                byEmail ? NoticeStatus.QUEUED : NoticeStatus.UI_ONLY,
                byEmail ? now : null,
                draft.dedupeKey()));
    }

    /** The language of the account's notices. */
    static Locale locale(UserAccount account) {
        return Locale.forLanguageTag(account.language() == null ? "id" : account.language());
    }

    private static String strip(String url) {
        String s = url.strip();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
