package id.kotacerdas.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A code shown to a person in the reader's language, never raw: a track ({@code KPPN_IKN}), a dimension
 * ({@code QUICK_WIN}), a period stage ({@code SELF_ASSESSMENT}), a role. Each group has its message keys
 * ({@code track.KPPN_IKN}); a code the bundles do not name yet is shown as it is. Templates call it as
 * {@code ${@codes.track(r.track())}}.
 */
@Component("codes")
public class CodeLabels {

    private final MessageSource messages;

    CodeLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String track(String code) {
        return label("track", code);
    }

    public String dimension(String code) {
        return label("dimension", code);
    }

    public String status(String code) {
        return label("status", code);
    }

    public String role(String code) {
        return label("role", code);
    }

    /** The label of {@code code} under the message key {@code group.code}, or the code when there is none. */
    public String label(String group, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return messages.getMessage(group + "." + code, null, code, LocaleContextHolder.getLocale());
    }
}
