package id.kotacerdas.audit.web;

import id.kotacerdas.shared.web.CodeLabels;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An audit action in the reader's language: {@code ANSWER_SAVED} under the message key
 * {@code audit.action.ANSWER_SAVED}; a period's move, recorded as {@code TRANSITION DRAFT -> SELF_ASSESSMENT},
 * with both stages named. An action the bundles do not name yet is shown as recorded. Templates call it as
 * {@code ${@auditActions.label(e.action())}}.
 */
@Component("auditActions")
class AuditActionLabels {

    private static final Pattern TRANSITION = Pattern.compile("TRANSITION (\\w+) -> (\\w+)");

    private final MessageSource messages;
    private final CodeLabels codes;

    AuditActionLabels(MessageSource messages, CodeLabels codes) {
        this.messages = messages;
        this.codes = codes;
    }

    public String label(String action) {
        if (action == null) {
            return "";
        }
        Matcher transition = TRANSITION.matcher(action);
        if (transition.matches()) {
            Object[] stages = {codes.status(transition.group(1)), codes.status(transition.group(2))};
            return messages.getMessage("audit.action.TRANSITION", stages, action, LocaleContextHolder.getLocale());
        }
        return codes.label("audit.action", action);
    }
}
