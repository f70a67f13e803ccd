package id.kotacerdas.notification;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.InvalidInput;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which kinds of notice an account gets by e-mail: every kind its role can receive, each on unless switched off.
 * Notices of a kind switched off are still shown in the application.
 */
@Service
public class NoticePreferences {

    private final PreferenceRepository preferences;
    private final AuditTrail audit;

    NoticePreferences(PreferenceRepository preferences, AuditTrail audit) {
        this.preferences = preferences;
        this.audit = audit;
    }

    public List<NoticePreference> of(Actor actor) {
        Set<NoticeKind> off = preferences.switchedOff(actor.username());
        return NoticeKind.of(actor.role()).stream()
                .map(k -> new NoticePreference(k, !off.contains(k)))
                .toList();
    }

    /** Sets the given kinds; a kind the role cannot receive is refused (400). */
    @Transactional
    public List<NoticePreference> set(Collection<NoticePreference> wanted, Actor actor) {
        List<NoticeKind> offered = NoticeKind.of(actor.role());
        for (NoticePreference p : wanted) {
            if (p.kind() == null || !offered.contains(p.kind())) {
                throw new InvalidInput(
                        "kind", "notice.kind.notOffered", "No such notice for this account: " + p.kind(), p.kind());
            }
        }
        List<NoticePreference> before = of(actor);
        wanted.forEach(p -> preferences.set(actor.username(), p.kind(), p.byEmail()));
        List<NoticePreference> after = of(actor);
        audit.record(AuditEvent.by(actor.username(), "NOTICE_PREFERENCES_CHANGED")
                .about(actor.username())
                .from(off(before))
                .to(off(after)));
        return after;
    }

    /** The kinds switched off, as the audit trail shows them. */
    private static String off(List<NoticePreference> preferences) {
        String off = preferences.stream()
                .filter(p -> !p.byEmail())
                .map(p -> p.kind().name())
                .collect(Collectors.joining(", "));
        return off.isEmpty() ? "-" : "off: " + off;
    }
}
