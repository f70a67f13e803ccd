package id.kotacerdas.shared.web;

import id.kotacerdas.shared.domain.DomainException;
import id.kotacerdas.shared.domain.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a page shows a refused action, the same way everywhere. A refusal of the caller's access goes to the
 * error page (403, {@link UiProblemHandler}); any other refusal belongs to the form that was sent: the page is
 * shown again (a whole page, or an htmx fragment) with the message in the user's language next to its field
 * and the refusal's status ({@link #show}), or, after a redirect, as a flash message ({@link #flash}).
 */
@Component
public class UiErrors {

    private final MessageSource messages;

    UiErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** The refusal in the user's language, with the field it belongs next to. */
    public UiError of(DomainException e, Locale locale) {
        String field = e instanceof InvalidInput invalid ? invalid.field() : null;
        return new UiError(
                field,
                messages.getMessage(e.messageKey(), MessageArguments.readable(e.arguments()), e.getMessage(), locale));
    }

    /** Puts the refusal in the model as {@code error} and answers with its status; the caller renders its page. */
    public UiError show(DomainException e, Model model, HttpServletResponse response, Locale locale) {
        return show(e, "error", model, response, locale);
    }

    /** As {@link #show(DomainException, Model, HttpServletResponse, Locale)}, under another model attribute. */
    public UiError show(DomainException e, String attribute, Model model, HttpServletResponse response, Locale locale) {
        rethrowRefusedAccess(e);
        UiError error = of(e, locale);
        response.setStatus(RefusalStatus.of(e).value());
        // the page is shown again at the address it was sent from: a boosted form's action (POST only) stays
        // out of the browser's history, so a reload shows the page again
        response.setHeader("HX-Push-Url", "false");
        model.addAttribute(attribute, error);
        return error;
    }

    /** Keeps the refusal's message for the page the caller redirects to, as {@code attribute}. */
    public void flash(DomainException e, String attribute, RedirectAttributes redirect, Locale locale) {
        rethrowRefusedAccess(e);
        redirect.addFlashAttribute(attribute, of(e, locale).message());
    }

    private static void rethrowRefusedAccess(DomainException e) {
        if (e.kind() == DomainException.Kind.FORBIDDEN) {
            throw e;
        }
    }
}
