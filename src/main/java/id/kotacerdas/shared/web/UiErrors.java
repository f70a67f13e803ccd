package id.kotacerdas.shared.web;

import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.domain.Forbidden;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import id.kotacerdas.shared.domain.TooManyRequests;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Translates a domain refusal into a message in the user's language, and the HTTP status to answer. */
@Component
public class UiErrors {

    private final MessageSource messages;

    UiErrors(MessageSource messages) {
        this.messages = messages;
    }

    public UiError of(DomainException e, Locale locale) {
        String field = e instanceof InvalidInput invalid ? invalid.field() : null;
        return new UiError(
                field,
                messages.getMessage(e.messageKey(), MessageArguments.readable(e.arguments()), e.getMessage(), locale));
    }

    public static int status(DomainException e) {
        if (e instanceof NotFound) {
            return 404;
        }
        if (e instanceof Forbidden) {
            return 403;
        }
        if (e instanceof TooManyRequests) {
            return 429;
        }
        return e instanceof Conflict ? 409 : 400;
    }
}
