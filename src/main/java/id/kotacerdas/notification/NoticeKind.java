package id.kotacerdas.notification;

import id.kotacerdas.security.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a notice is about, who hears of it, and its template ({@code templates/mail/<template>.txt}) and message keys
 * ({@code mail.<template>.*}). Each account chooses per kind whether it gets it by e-mail.
 */
public enum NoticeKind {
    /** Operators: the period's self-assessment opens, with its dates. */
    SELF_ASSESSMENT_OPENED(Role.OPERATOR),
    /** Operators of regions that have not submitted: 7 days and 1 day before the deadline, with the unanswered. */
    DEADLINE_REMINDER(Role.OPERATOR),
    /** Operators: the submission is received, with its receipt number. */
    SUBMISSION_RECEIVED(Role.OPERATOR),
    /** Operators: an administrator reopened the submitted self-assessment, with the reason. */
    SELF_ASSESSMENT_REOPENED(Role.OPERATOR),
    /** Assessors: they joined a region's panel. */
    PANEL_ASSIGNED(Role.ASSESSOR),
    /** The panel's assessors and the region's operators: the interview's date, with a calendar invitation. */
    INTERVIEW_SCHEDULED(Role.ASSESSOR, Role.OPERATOR),
    /** Assessors: reconciliation waits for them (questions spread, or their scoring was reopened). */
    RECONCILIATION_WAITING(Role.ASSESSOR),
    /** The region's operators and its panel: results published, with the region's page and report. */
    RESULTS_PUBLISHED(Role.OPERATOR, Role.ASSESSOR);

    private final Set<Role> audience;

    NoticeKind(Role... audience) {
        this.audience = Set.of(audience);
    }

    /** The kinds an account of the role can receive (the choices its preferences offer). */
    public static List<NoticeKind> of(Role role) {
        return Arrays.stream(values()).filter(k -> k.audience.contains(role)).toList();
    }

    /** The template's name and the key of its messages: {@code submission-received}. */
    public String template() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
